package vn.socongvu.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.text.VnFormat;

/** A task list as an Excel table or a Word table (bảng phân công nhiệm vụ), through the document engine. */
public final class TaskExport {
    private TaskExport() {
    }

    private static String deadline(TaskRow r) {
        return r.dueOn() == null ? r.recurrence().label() : VnFormat.date(r.dueOn());
    }

    /** The list as an Excel table under the committee's header, one row a task. */
    public static Spreadsheet workbook(SettingsService settings, List<TaskRow> rows, String filterText) {
        CommuneIdentity id = identity(settings);
        List<List<Object>> data = new ArrayList<>(rows.size());
        int n = 1;
        for (TaskRow r : rows) {
            data.add(Arrays.asList(n++, r.content(), r.planTitle() == null ? r.source().label() : r.planTitle(),
                    r.leadUnit(), r.cooperators(), r.dueOn() == null ? r.recurrence().label() : r.dueOn(),
                    r.completedOn(), r.lastPercent() == null ? null : r.lastPercent() / 100.0, r.state().label()));
        }
        return new Spreadsheet(OfficialDocument.Issuer.of(id), List.of(new Spreadsheet.Sheet(
                Messages.get("tasks.export.sheet"), Messages.get("tasks.export.title"), filterText,
                List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text(Messages.get("task.field.content"), 50),
                        Spreadsheet.Column.text(Messages.get("tasks.column.plan"), 30),
                        Spreadsheet.Column.text(Messages.get("task.field.leadUnit"), 26),
                        Spreadsheet.Column.text(Messages.get("task.field.cooperatingUnits"), 26),
                        new Spreadsheet.Column(Messages.get("task.field.deadline"), Spreadsheet.Kind.DATE, 13, false),
                        new Spreadsheet.Column(Messages.get("task.field.completedOn"), Spreadsheet.Kind.DATE, 13, false),
                        new Spreadsheet.Column(Messages.get("tasks.column.percent"), Spreadsheet.Kind.PERCENT, 10, false),
                        Spreadsheet.Column.text(Messages.get("tasks.column.state"), 22)),
                data, null)));
    }

    public static Path excel(SettingsService settings, List<TaskRow> rows, String filterText, Path target,
                             Progress p) {
        p.update(0.2, Messages.get("tasks.export.writing", target.getFileName()));
        p.checkCancelled();
        Spreadsheet sheet = workbook(settings, rows, filterText);
        Path out = SafeFiles.write(target, o -> XlsxWriter.write(sheet, o));
        p.update(1, Messages.get("preview.saved", out));
        return out;
    }

    /** The list as a Word document dated {@code today}: a table of assignments under the committee's header. */
    public static OfficialDocument document(SettingsService settings, LocalDate today, List<TaskRow> rows,
                                            String filterText) {
        List<List<String>> data = new ArrayList<>(rows.size());
        int n = 1;
        for (TaskRow r : rows) {
            data.add(List.of(Integer.toString(n++), r.content(), r.leadUnit(), r.cooperators(), deadline(r),
                    r.state().label()));
        }
        List<Block> body = List.of(Block.Paragraph.of(Messages.get("tasks.export.scope", filterText)),
                new Block.Table(List.of(Block.Column.number(Messages.get("plan.doc.col.no"), 6),
                        Block.Column.text(Messages.get("plan.doc.col.content"), 33),
                        Block.Column.text(Messages.get("plan.doc.col.lead"), 16),
                        Block.Column.text(Messages.get("plan.doc.col.cooperating"), 15),
                        Block.Column.number(Messages.get("plan.doc.col.deadline"), 15),
                        Block.Column.text(Messages.get("tasks.column.state"), 15)), data, false));
        return new OfficialDocument(DocumentKind.DANH_SACH, DocumentRegister.ISSUER_CODE, null, today,
                OfficialDocument.Issuer.of(identity(settings)), Messages.get("tasks.export.docTitle"), List.of(), body, List.of(),
                null, null);
    }

    public static Path word(SettingsService settings, LocalDate today, List<TaskRow> rows, String filterText,
                            Path target, Progress p) {
        p.update(0.2, Messages.get("tasks.export.writing", target.getFileName()));
        OfficialDocument d = document(settings, today, rows, filterText);
        Path out = SafeFiles.write(target, o -> DocxWriter.write(d, o));
        p.update(1, Messages.get("preview.saved", out));
        return out;
    }

    private static CommuneIdentity identity(SettingsService settings) {
        return settings.identity().orElseThrow(() ->
                ValidationException.of("id", "settings.error.notSetUp"));
    }
}
