package vn.socongvu.directory.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import vn.socongvu.Services;
import vn.socongvu.i18n.Messages;

/** Danh mục: units and staff, each a tab. The staff list reloads when its tab is shown. */
public final class DirectoryView extends TabPane {
    public DirectoryView(Services services) {
        setId("directory-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        UnitsViewModel units = new UnitsViewModel(services.directory());
        StaffViewModel staff = new StaffViewModel(services.directory());
        Tab unitsTab = new Tab(Messages.get("directory.tab.units"), new UnitsView(units));
        unitsTab.setId("tab-units");
        Tab staffTab = new Tab(Messages.get("directory.tab.staff"), new StaffView(staff));
        staffTab.setId("tab-staff");
        getTabs().addAll(unitsTab, staffTab);
        getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == staffTab) {
                staff.load(); // units may have changed on the other tab
            } else {
                units.load();
            }
        });
    }
}
