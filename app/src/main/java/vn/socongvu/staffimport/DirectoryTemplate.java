package vn.socongvu.staffimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.socongvu.common.Labeled;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.FillInWorkbook;
import vn.socongvu.i18n.Messages;

/**
 * The Excel template for units and staff: an instructions sheet ("Hướng dẫn", with an example of each sheet and
 * the units already in the directory), the units sheet ("Đơn vị") and the staff sheet ("Cán bộ"), closed values
 * (unit kind, staff category, leader) as drop-down lists.
 */
final class DirectoryTemplate {
    private DirectoryTemplate() {
    }

    static String unitSheetName() {
        return Messages.get("staffImport.sheet.units");
    }

    static String staffSheetName() {
        return Messages.get("staffImport.sheet.staff");
    }

    /** @param existingUnits the names of the directory's working units, listed in the instructions */
    static FillInWorkbook workbook(List<String> existingUnits) {
        List<String> lines = new ArrayList<>();
        for (String key : List.of("staffImport.guide.use", "staffImport.guide.required", "staffImport.guide.import",
                "staffImport.guide.kept")) {
            lines.add(Messages.get(key));
        }
        lines.add(Messages.get("staffImport.guide.kinds", labels(UnitKind.class)));
        lines.add(Messages.get("staffImport.guide.categories", labels(StaffCategory.class)));
        if (existingUnits.isEmpty()) {
            lines.add(Messages.get("staffImport.guide.noUnits"));
        } else {
            lines.add(Messages.get("staffImport.guide.units", existingUnits.size()));
            existingUnits.forEach(u -> lines.add("    " + u));
        }
        FillInWorkbook.Guide guide = new FillInWorkbook.Guide(Messages.get("staffImport.sheet.guide"),
                Messages.get("staffImport.guide.title"), lines, Messages.get("staffImport.guide.example"));
        List<FillInWorkbook.Column> unitColumns = DirectoryColumn.unitColumns().stream().map(c -> column(c,
                c == DirectoryColumn.UNIT_KIND ? labelList(UnitKind.class) : List.of())).toList();
        List<FillInWorkbook.Column> staffColumns = DirectoryColumn.staffColumns().stream().map(c -> column(c,
                switch (c) {
                    case CATEGORY -> labelList(StaffCategory.class);
                    case LEADER -> List.of(Messages.get("staffImport.yes"), Messages.get("staffImport.no"));
                    default -> List.<String>of();
                })).toList();
        List<List<String>> unitExamples = List.of(
                List.of("Văn phòng HĐND và UBND", "VP HĐND-UBND", UnitKind.OFFICE.label(), "0208 3123 456", ""),
                List.of("Xóm Đồng Tâm", "", UnitKind.HAMLET.label(), "", ""));
        List<List<String>> staffExamples = List.of(
                List.of("Nguyễn Văn An", "Văn phòng HĐND và UBND", "Chánh Văn phòng", StaffCategory.CONG_CHUC.label(),
                        Messages.get("staffImport.yes"), "0912 345 678", "an.nv@example.vn"),
                List.of("Trần Thị Bình", "Xóm Đồng Tâm", "Trưởng xóm", StaffCategory.NGUOI_LAO_DONG.label(),
                        Messages.get("staffImport.no"), "", ""));
        return new FillInWorkbook(guide, List.of(
                new FillInWorkbook.DataSheet(unitSheetName(), unitColumns, unitExamples),
                new FillInWorkbook.DataSheet(staffSheetName(), staffColumns, staffExamples)));
    }

    private static FillInWorkbook.Column column(DirectoryColumn c, List<String> choices) {
        return new FillInWorkbook.Column(c.header(), c.required(), c.width(), choices);
    }

    private static <E extends Enum<E> & Labeled> List<String> labelList(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labeled::label).toList();
    }

    private static <E extends Enum<E> & Labeled> String labels(Class<E> type) {
        return String.join(", ", labelList(type));
    }
}
