package vn.socongvu.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.socongvu.Services;
import vn.socongvu.i18n.Messages;

/** State of the window shell: the section shown and the commune's name in the header. */
public final class MainViewModel {
    private final Services services;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.OVERVIEW);
    private final ReadOnlyStringWrapper communeTitle = new ReadOnlyStringWrapper("");

    private final DataReplacer replacer;

    public MainViewModel(Services services) {
        this(services, null);
    }

    /** @param replacer how to replace the open data by a backup; null where the window cannot (tools, tests) */
    public MainViewModel(Services services, DataReplacer replacer) {
        this.services = services;
        this.replacer = replacer;
        refreshIdentity();
    }

    public DataReplacer replacer() {
        return replacer;
    }

    public Services services() {
        return services;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyStringProperty communeTitleProperty() {
        return communeTitle.getReadOnlyProperty();
    }

    /** Re-reads the commune's name after the identity was edited in Cài đặt. */
    public void refreshIdentity() {
        communeTitle.set(services.settings().identity()
                .map(i -> Messages.get("main.header", i.communeName(), i.province()))
                .orElse(Messages.get("app.title")));
    }

    public String dataFolder() {
        return services.db().folder().dir().toString();
    }
}
