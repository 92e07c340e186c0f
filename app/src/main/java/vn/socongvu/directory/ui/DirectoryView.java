package vn.socongvu.directory.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.ui.InspectionItemsView;
import vn.socongvu.inspection.ui.InspectionItemsViewModel;

/** Danh mục: units, staff and the contents an inspection checks, each a tab. The staff list reloads when its tab is shown. */
public final class DirectoryView extends TabPane {
    public DirectoryView(DirectoryModels models) {
        setId("directory-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        UnitsViewModel units = models.units();
        StaffViewModel staff = models.staff();
        Tab unitsTab = new Tab(Messages.get("directory.tab.units"), new UnitsView(units));
        unitsTab.setId("tab-units");
        Tab staffTab = new Tab(Messages.get("directory.tab.staff"), new StaffView(staff));
        staffTab.setId("tab-staff");
        InspectionItemsViewModel items = models.items();
        Tab itemsTab = new Tab(Messages.get("directory.tab.inspectionItems"), new InspectionItemsView(items));
        itemsTab.setId("tab-inspection-items");
        getTabs().addAll(unitsTab, staffTab, itemsTab);
        // A person or a unit opened from the header's search: its tab shown.
        staff.opened().listen(this, s -> getSelectionModel().select(staffTab));
        units.opened().listen(this, u -> getSelectionModel().select(unitsTab));
        getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == staffTab) {
                staff.load(); // units may have changed on the other tab
            } else if (t == itemsTab) {
                items.load();
            } else {
                units.load();
            }
        });
    }
}
