package vn.socongvu.directory.ui;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.inspection.ui.InspectionItemsViewModel;
import vn.socongvu.staffimport.DirectoryImport;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Danh mục's models, one a tab: kept by the window while the screen is let go between visits, so that the
 * searches and what was typed and not saved are there on coming back.
 */
public record DirectoryModels(UnitsViewModel units, StaffViewModel staff, InspectionItemsViewModel items) {
    public static DirectoryModels of(DirectoryService directory, DirectoryImport imports, InspectionService inspections,
                                     DialogService dialogs, TaskRunner runner) {
        DirectoryTransfer transfer = new DirectoryTransfer(imports, dialogs, runner);
        return new DirectoryModels(new UnitsViewModel(directory, transfer, runner),
                new StaffViewModel(directory, transfer, runner),
                new InspectionItemsViewModel(inspections));
    }
}
