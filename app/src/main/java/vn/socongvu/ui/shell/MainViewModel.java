package vn.socongvu.ui.shell;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.socongvu.account.CurrentUser;
import vn.socongvu.app.Services;
import vn.socongvu.audit.ChangeFeed;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.ui.kit.Signal;

/**
 * State of the window shell: the section chosen, the one shown, and the commune's name in the header. At start-up
 * the shell is shown before its data is open ({@link #opening}): a section chosen meanwhile is the one shown when
 * {@link #attach} gives it the data.
 */
public final class MainViewModel {
    private final Path dataFolder;
    private final ObjectProperty<Section<?>> section = new SimpleObjectProperty<>(Sections.OVERVIEW);
    private final ReadOnlyObjectWrapper<Section<?>> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper communeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    /** Other clients of the server database changed these entities (or {@link ChangeFeed#EVERYTHING}). */
    private final Signal<Set<String>> changedElsewhere = new Signal<>();
    private final ReadOnlyStringWrapper changeNotice = new ReadOnlyStringWrapper("");
    private Services services;
    private DataReplacer replacer;

    public MainViewModel(Services services) {
        this(services, null);
    }

    /** @param replacer how to replace the open data by a backup; null where the window cannot (tools, tests) */
    public MainViewModel(Services services, DataReplacer replacer) {
        this(services.db().folder().dir());
        attach(services, replacer);
    }

    private MainViewModel(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        section.addListener((o, was, now) -> {
            if (isOpen() && offers(now)) { // one not offered to the account is never shown (MainView.showSection)
                shown.set(now);
            }
        });
    }

    /** The shell of a data folder still being opened: its sections wait for {@link #attach}. */
    public static MainViewModel opening(Path dataFolder) {
        return new MainViewModel(dataFolder);
    }

    /** Gives the shell its open data, once. Call on the FX thread. */
    public void attach(Services opened, DataReplacer dataReplacer) {
        if (services != null) {
            throw new IllegalStateException("the window already has its data");
        }
        this.services = Objects.requireNonNull(opened);
        this.replacer = dataReplacer;
        refreshIdentity();
        CurrentUser user = opened.accounts().current();
        signedIn.set(user.signedIn() ? Messages.get("main.signedIn", user.fullName(), user.role().label()) : "");
        // on a server database, what other PCs save is shown within a few seconds (decision 3 of issue 35)
        opened.changes().subscribe(entities -> Platform.runLater(() -> changedElsewhere(opened, entities)));
        if (!offers(section.get())) {
            section.set(Sections.OVERVIEW); // chosen while opening, before the account was known
        }
        open.set(true);
        shown.set(section.get());
    }

    /**
     * Other clients saved changes to {@code entities}: the header's identity read again when it may have changed, and
     * the window told ({@link #changedElsewhereSignal()}) to show them in the section shown. Ignored once this data
     * was replaced.
     */
    void changedElsewhere(Services from, Set<String> entities) {
        if (from != services) {
            return;
        }
        if (entities.contains(ChangeFeed.EVERYTHING) || entities.contains("commune")) {
            refreshIdentity();
        }
        changeNotice.set(Messages.get("sync.notice", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        changedElsewhere.fire(entities);
    }

    /** Fired on the FX thread with the entities other clients of the server database just changed. */
    public Signal<Set<String>> changedElsewhereSignal() {
        return changedElsewhere;
    }

    /** "Đã cập nhật thay đổi từ máy khác (20:15:02)." after the last such change, for a short notice. */
    public ReadOnlyStringProperty changeNoticeProperty() {
        return changeNotice.getReadOnlyProperty();
    }

    /**
     * Whether the navigation offers {@code s}: every section until the data is open; then those the account signed in
     * may read (a unit's account: not Báo cáo, Đánh giá, Kiểm tra công vụ, Danh mục, Thùng rác, Cài đặt).
     */
    public boolean offers(Section<?> s) {
        return services == null || s.area() == null || services.audit().reads().may(s.area());
    }

    /** True once the data is open and the sections can show it. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public DataReplacer replacer() {
        return replacer;
    }

    /** The open data; only once {@link #isOpen()}. */
    public Services services() {
        if (services == null) {
            throw new IllegalStateException("the data is not open yet");
        }
        return services;
    }

    /** The section chosen in the navigation (also before the data is open). */
    public ObjectProperty<Section<?>> sectionProperty() {
        return section;
    }

    /** The section whose screen is shown: none while the data is being opened, then the one chosen. */
    public ReadOnlyObjectProperty<Section<?>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty communeTitleProperty() {
        return communeTitle.getReadOnlyProperty();
    }

    /** Who is signed in and their role, on a shared database; empty on one PC (nobody signs in). */
    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** Re-reads the commune's name after the identity was edited in Cài đặt. */
    public void refreshIdentity() {
        communeTitle.set(services().settings().identity()
                .map(i -> Messages.get("main.header", i.communeName(), i.province()))
                .orElse(Messages.get("app.title")));
    }

    public String dataFolder() {
        return dataFolder.toString();
    }
}
