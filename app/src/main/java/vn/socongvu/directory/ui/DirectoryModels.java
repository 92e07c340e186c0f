package vn.socongvu.directory.ui;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.inspection.ui.InspectionItemsViewModel;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Danh mục's models, one a tab: kept by the window while the screen is let go between visits, so that the
 * searches and what was typed and not saved are there on coming back.
 */
public record DirectoryModels(UnitsViewModel units, StaffViewModel staff, InspectionItemsViewModel items) {
    public static DirectoryModels of(DirectoryService directory, InspectionService inspections, TaskRunner runner) {
        return new DirectoryModels(new UnitsViewModel(directory, runner), new StaffViewModel(directory, runner),
                new InspectionItemsViewModel(inspections));
    }
}
