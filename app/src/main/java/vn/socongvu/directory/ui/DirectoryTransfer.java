package vn.socongvu.directory.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import vn.socongvu.i18n.Messages;
import vn.socongvu.staffimport.DirectoryImport;
import vn.socongvu.staffimport.DirectoryImportRefused;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * The units and staff tabs' "Tải mẫu Excel" and "Nhập từ Excel/tệp dữ liệu": the template written where the clerk
 * chooses, a filled template or a data file read, checked and added in the background; the outcome (or every
 * problem, row by row) shown, and the tab's list read again.
 */
public final class DirectoryTransfer {
    private static final List<DialogService.FileType> EXCEL =
            List.of(new DialogService.FileType("staffImport.fileType.excel", "*.xlsx"));
    private static final List<DialogService.FileType> EXCEL_OR_DATA = List.of(
            new DialogService.FileType("staffImport.fileType.any", "*.xlsx", "*.json"),
            new DialogService.FileType("staffImport.fileType.excel", "*.xlsx"),
            new DialogService.FileType("staffImport.fileType.data", "*.json"));

    private final DirectoryImport imports;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public DirectoryTransfer(DirectoryImport imports, DialogService dialogs, TaskRunner runner) {
        this.imports = imports;
        this.dialogs = dialogs;
        this.runner = runner;
    }

    /** The dialogs of the Danh mục tabs (also the forms' conflict dialog). */
    DialogService dialogs() {
        return dialogs;
    }

    /** The last import's summary ("Đã thêm 3 đơn vị và 40 người …"), or "" before any. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Asks where, writes the Excel template there and offers to open it. */
    public void downloadTemplate() {
        Optional<Path> target = dialogs.chooseFileToSave("staffImport.template.title",
                DirectoryImport.templateFileName(), EXCEL);
        target.ifPresent(file -> runner.run("staffImport.template.progress", p -> {
            imports.writeTemplate(file);
            return file;
        }, written -> dialogs.saved("staff-template-written", "staffImport.template.title",
                Messages.get("staffImport.template.written", written), written, true),
                dialogs::report));
    }

    /** Asks for a filled template or a data file, imports it, then runs {@code reload} (on success). */
    public void importFile(Runnable reload) {
        dialogs.chooseFileToOpen("staffImport.open.title", EXCEL_OR_DATA).ifPresent(file -> importFrom(file, reload));
    }

    /** Imports {@code file} (a filled template or a data file) in the background, then runs {@code reload}. */
    public void importFrom(Path file, Runnable reload) {
        runner.run("staffImport.progress", p -> imports.importFile(file, p), o -> {
            String text = String.join("\n", o.lines());
            outcome.set(text);
            reload.run();
            dialogs.info("staffImport.done.title", text);
        }, e -> {
            if (e instanceof DirectoryImportRefused r) {
                dialogs.showText("staff-import-problems", "staffImport.refused.title", r.getMessage(),
                        String.join("\n", r.problems()));
            } else {
                dialogs.report(e);
            }
        });
    }
}
