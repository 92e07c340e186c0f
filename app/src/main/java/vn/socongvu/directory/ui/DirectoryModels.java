package vn.socongvu.directory.ui;

import vn.socongvu.app.Services;
import vn.socongvu.inspection.ui.InspectionItemsViewModel;

/**
 * Danh mục's models, one a tab: kept by the window while the screen is let go between visits, so that the
 * searches and what was typed and not saved are there on coming back.
 */
public record DirectoryModels(UnitsViewModel units, StaffViewModel staff, InspectionItemsViewModel items) {
    public static DirectoryModels of(Services services) {
        return new DirectoryModels(new UnitsViewModel(services.directory()), new StaffViewModel(services.directory()),
                new InspectionItemsViewModel(services.inspections()));
    }
}
