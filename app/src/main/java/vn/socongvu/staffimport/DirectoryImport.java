package vn.socongvu.staffimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.Labeled;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.FillInWorkbook;
import vn.socongvu.document.XlsxReader;
import vn.socongvu.exchange.DirectoryPart;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.text.VnText;

/**
 * Units and staff added in bulk: from the Excel template the app writes ({@link #writeTemplate}), or from the
 * directory part of a data file. The file is read as data and checked whole — required fields, closed values,
 * the form's rules, duplicates within the file and against the directory, every person's unit in the file or the
 * directory — with one message per problem naming the sheet, row and column; on any problem nothing is saved.
 * Otherwise everything is added in one transaction, each record with its audit row.
 * <p>
 * What already exists is kept as it is, never overwritten: a unit of the same name (any case or accents), a
 * person of the same name in the same unit. The outcome lists them, so the same file imported twice adds nothing.
 */
public final class DirectoryImport {
    /** More rows than this in a sheet is not a commune's directory. */
    public static final int MAX_ROWS = 5000;
    /** More problems than this are not listed one by one. */
    static final int MAX_PROBLEMS = 200;
    /** A dash of any kind, with the spaces around it. */
    private static final Pattern DASHES = Pattern.compile("\\s*[-\u2010-\u2015\u2212]\\s*");

    private final Database db;
    private final DirectoryService directory;

    public DirectoryImport(Database db, DirectoryService directory) {
        this.db = db;
        this.directory = directory;
    }

    /** Where a row is, for messages: a sheet of the workbook, or a table of a data file. */
    record Place(String sheet, int line, boolean dataFile) {
        String at(DirectoryColumn column, String message) {
            return dataFile ? Messages.get("staffImport.at.file", line, sheet, column.jsonName(), message)
                    : Messages.get("staffImport.at.sheet", sheet, line, column.header(), message);
        }
    }

    /** A unit as the file gives it: text, not yet checked. */
    record UnitIn(Place at, String name, String shortName, String kind, String phone, String note) {
    }

    /** A person as the file gives it; {@code unit} names the unit. */
    record StaffIn(Place at, String fullName, String unit, String jobTitle, String category, String leader,
                   String phone, String email) {
    }

    /** What a file holds, and what was wrong with its shape (a missing sheet or column). */
    record Incoming(String fileName, List<UnitIn> units, List<StaffIn> staff, List<String> problems,
                    int inactiveSkipped) {
    }

    /**
     * What an import did.
     * @param unitsAdded the units added, by name; @param unitsKept those already in the directory, kept as they were
     * @param staffAdded how many people were added; @param staffKept those already there ("name – unit"), kept
     * @param inactiveSkipped records of a data file that had stopped working, not brought in
     */
    public record Outcome(List<String> unitsAdded, List<String> unitsKept, int staffAdded, List<String> staffKept,
                          int inactiveSkipped) {
        /** The summary the clerk reads, one line each. */
        public List<String> lines() {
            List<String> l = new ArrayList<>();
            l.add(Messages.get("staffImport.done", unitsAdded.size(), staffAdded));
            if (!unitsKept.isEmpty()) {
                l.add(Messages.get("staffImport.unitsKept", unitsKept.size(), list(unitsKept)));
            }
            if (!staffKept.isEmpty()) {
                l.add(Messages.get("staffImport.staffKept", staffKept.size(), list(staffKept)));
            }
            if (inactiveSkipped > 0) {
                l.add(Messages.get("staffImport.inactiveSkipped", inactiveSkipped));
            }
            return l;
        }

        private static String list(List<String> names) {
            return names.size() <= 10 ? String.join("; ", names)
                    : String.join("; ", names.subList(0, 10)) + Messages.get("staffImport.andMore", names.size() - 10);
        }
    }

    /** The name proposed for the template file. */
    public static String templateFileName() {
        return Messages.get("staffImport.template.fileName");
    }

    /** Writes the Excel template (units sheet, staff sheet, instructions with examples) to {@code target}. */
    public void writeTemplate(Path target) {
        List<String> existing = directory.activeUnits().stream().map(Unit::name).sorted(VnText.collator()).toList();
        FillInWorkbook template = DirectoryTemplate.workbook(existing);
        SafeFiles.write(target, template::write);
    }

    /**
     * Reads {@code file} (.xlsx: the template; .json: a data file), checks it whole and adds what is new in one
     * transaction. @throws DirectoryImportRefused listing every problem; nothing was saved
     */
    public Outcome importFile(Path file, Progress progress) {
        progress.update(0.1, Messages.get("staffImport.progress.reading"));
        Incoming in = read(file);
        progress.checkCancelled();
        progress.update(0.5, Messages.get("staffImport.progress.checking"));
        return apply(in);
    }

    /** Whether {@code file} is read as a data file (.json) rather than a workbook. */
    static boolean isDataFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    Incoming read(Path file) {
        return isDataFile(file) ? readDataFile(file) : readWorkbook(file);
    }

    // ---------------------------------------------------------------------------------- the workbook

    Incoming readWorkbook(Path file) {
        List<XlsxReader.ReadSheet> sheets = XlsxReader.read(file, MAX_ROWS + 1);
        String fileName = String.valueOf(file.getFileName());
        List<String> problems = new ArrayList<>();
        Optional<XlsxReader.ReadSheet> unitSheet = sheet(sheets, DirectoryTemplate.unitSheetName());
        Optional<XlsxReader.ReadSheet> staffSheet = sheet(sheets, DirectoryTemplate.staffSheetName());
        if (unitSheet.isEmpty() && staffSheet.isEmpty()) {
            throw new DirectoryImportRefused(fileName, List.of(Messages.get("staffImport.error.noSheets",
                    DirectoryTemplate.unitSheetName(), DirectoryTemplate.staffSheetName())));
        }
        List<UnitIn> units = new ArrayList<>();
        unitSheet.ifPresent(s -> rows(s, DirectoryColumn.unitColumns(), problems).forEach((at, v) ->
                units.add(new UnitIn(at, v.get(DirectoryColumn.UNIT_NAME), v.get(DirectoryColumn.UNIT_SHORT_NAME),
                        v.get(DirectoryColumn.UNIT_KIND), v.get(DirectoryColumn.UNIT_PHONE),
                        v.get(DirectoryColumn.UNIT_NOTE)))));
        List<StaffIn> staff = new ArrayList<>();
        staffSheet.ifPresent(s -> rows(s, DirectoryColumn.staffColumns(), problems).forEach((at, v) ->
                staff.add(new StaffIn(at, v.get(DirectoryColumn.FULL_NAME), v.get(DirectoryColumn.UNIT),
                        v.get(DirectoryColumn.JOB_TITLE), v.get(DirectoryColumn.CATEGORY),
                        v.get(DirectoryColumn.LEADER), v.get(DirectoryColumn.PHONE), v.get(DirectoryColumn.EMAIL)))));
        return new Incoming(fileName, units, staff, problems, 0);
    }

    private static Optional<XlsxReader.ReadSheet> sheet(List<XlsxReader.ReadSheet> sheets, String name) {
        String key = VnText.fold(name);
        return sheets.stream().filter(s -> key.equals(VnText.fold(s.name()))).findFirst();
    }

    /**
     * The data rows of a sheet (under its header row, the first row holding anything), each column found by its
     * header whatever the order; a missing column of those it needs is a problem.
     */
    private static Map<Place, Map<DirectoryColumn, String>> rows(XlsxReader.ReadSheet sheet,
                                                                 List<DirectoryColumn> columns, List<String> problems) {
        Map<Place, Map<DirectoryColumn, String>> rows = new LinkedHashMap<>();
        if (sheet.rows().isEmpty()) {
            return rows;
        }
        XlsxReader.ReadRow head = sheet.rows().getFirst();
        Map<DirectoryColumn, Integer> index = new HashMap<>();
        for (int i = 0; i < head.cells().size(); i++) {
            String h = VnText.fold(head.cell(i).replace("*", ""));
            for (DirectoryColumn c : columns) {
                if (h != null && h.equals(VnText.fold(c.header())) && !index.containsKey(c)) {
                    index.put(c, i);
                }
            }
        }
        for (DirectoryColumn c : columns) {
            if (c.required() && !index.containsKey(c)) {
                problems.add(Messages.get("staffImport.error.missingColumn", sheet.name(), c.header(), head.number()));
            }
        }
        for (XlsxReader.ReadRow r : sheet.rows().subList(1, sheet.rows().size())) {
            Map<DirectoryColumn, String> values = new HashMap<>();
            for (DirectoryColumn c : columns) {
                Integer i = index.get(c);
                values.put(c, i == null ? null : blankAsNull(r.cell(i)));
            }
            if (values.values().stream().anyMatch(v -> v != null)) {
                rows.put(new Place(sheet.name(), r.number(), false), values);
            }
        }
        return rows;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------------------------- the data file

    Incoming readDataFile(Path file) {
        DirectoryPart.Part part = DirectoryPart.read(file);
        String unitTable = Messages.get("staffImport.table.unit");
        String staffTable = Messages.get("staffImport.table.staff");
        List<UnitIn> units = new ArrayList<>();
        Map<String, String> unitNames = new HashMap<>(); // the file's unit id → its name
        Set<String> stopped = new HashSet<>();
        int inactive = 0;
        for (DirectoryPart.Row r : part.units()) {
            String id = r.text("id");
            if (Boolean.FALSE.equals(r.values().get("active"))) {
                inactive++;
                stopped.add(id);
                continue;
            }
            unitNames.put(id, r.text("name"));
            units.add(new UnitIn(new Place(unitTable, r.line(), true), r.text("name"), r.text("short_name"),
                    r.text("kind"), r.text("phone"), r.text("note")));
        }
        List<StaffIn> staff = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DirectoryPart.Row r : part.staff()) {
            if (Boolean.FALSE.equals(r.values().get("active"))) {
                inactive++;
                continue;
            }
            Place at = new Place(staffTable, r.line(), true);
            String unitId = r.text("unit_id");
            String unit = unitNames.get(unitId);
            if (unit == null && unitId != null) {
                problems.add(at.at(DirectoryColumn.UNIT, Messages.get(stopped.contains(unitId)
                        ? "staffImport.error.fileUnitStopped" : "staffImport.error.fileUnitMissing", unitId)));
                continue;
            }
            Object leader = r.values().get("leader");
            staff.add(new StaffIn(at, r.text("full_name"), unit, r.text("job_title"), r.text("category"),
                    leader == null ? null : Messages.get(Boolean.TRUE.equals(leader) ? "staffImport.yes" : "staffImport.no"),
                    r.text("phone"), r.text("email")));
        }
        return new Incoming(String.valueOf(file.getFileName()), units, staff, problems, inactive);
    }

    // ---------------------------------------------------------------------------------- check and write

    /** Checks everything {@code in} holds against itself and the directory, then adds what is new, all or nothing. */
    Outcome apply(Incoming in) {
        return db.tx(tx -> {
            List<String> problems = new ArrayList<>(in.problems());
            Map<String, Unit> existingUnits = directory.units().stream()
                    .collect(Collectors.toMap(u -> key(u.name()), u -> u, (a, b) -> a));
            Set<String> existingStaff = directory.staff().stream()
                    .map(s -> personKey(s.fullName(), s.unitName())).collect(Collectors.toSet());

            Map<String, UnitIn> fileUnits = new LinkedHashMap<>(); // folded name → first row
            List<Unit.Draft> newUnits = new ArrayList<>();
            List<String> unitsKept = new ArrayList<>();
            for (UnitIn u : in.units()) {
                UnitKind kind = closed(UnitKind.class, u.kind(), u.at(), DirectoryColumn.UNIT_KIND, problems);
                Unit.Draft d = DirectoryService.cleanedUnit(new Unit.Draft(null, u.name(), u.shortName(), kind, u.phone(),
                        u.note()));
                List<DirectoryColumn> sheet = DirectoryColumn.unitColumns();
                for (FieldError e : DirectoryService.unitRules(d).errors()) {
                    if (!(e.field().equals("kind") && u.kind() != null)) { // an unknown kind is said once, above
                        problems.add(u.at().at(DirectoryColumn.of(sheet, e.field()), e.message()));
                    }
                }
                String key = key(d.name());
                if (key == null) {
                    continue;
                }
                UnitIn first = fileUnits.putIfAbsent(key, u);
                Unit there = existingUnits.get(key);
                if (first != null) {
                    problems.add(u.at().at(DirectoryColumn.UNIT_NAME,
                            Messages.get("staffImport.error.duplicateUnit", d.name(), first.at().line())));
                } else if (there != null && !there.active()) {
                    problems.add(u.at().at(DirectoryColumn.UNIT_NAME,
                            Messages.get("staffImport.error.unitStopped", there.name())));
                } else if (there != null) {
                    unitsKept.add(there.name());
                } else {
                    newUnits.add(d);
                }
            }

            Map<String, Staff.Draft> newStaff = new LinkedHashMap<>(); // person key → draft (unit id filled later)
            Map<String, String> staffUnit = new HashMap<>(); // person key → folded unit name
            Map<String, StaffIn> firstPerson = new HashMap<>();
            List<String> staffKept = new ArrayList<>();
            for (StaffIn s : in.staff()) {
                StaffCategory category = closed(StaffCategory.class, s.category(), s.at(), DirectoryColumn.CATEGORY,
                        problems);
                Boolean leader = yesNo(s.leader(), s.at(), problems);
                String unitKey = key(s.unit());
                String unitName = null;
                boolean unitKnown = false;
                if (unitKey != null) {
                    Unit there = existingUnits.get(unitKey);
                    UnitIn inFile = fileUnits.get(unitKey);
                    if (there != null && !there.active()) {
                        problems.add(s.at().at(DirectoryColumn.UNIT,
                                Messages.get("staff.error.unitInactive", there.name())));
                    } else if (there != null || inFile != null) {
                        unitKnown = true;
                        unitName = there != null ? there.name() : VnText.clean(inFile.name());
                    } else {
                        problems.add(s.at().at(DirectoryColumn.UNIT, Messages.get("staffImport.error.unknownUnit",
                                VnText.clean(s.unit()), DirectoryTemplate.unitSheetName())));
                    }
                }
                Staff.Draft d = DirectoryService.cleanedStaff(new Staff.Draft(null, s.fullName(), unitKey == null ? null : 0L,
                        s.jobTitle(), category, Boolean.TRUE.equals(leader), s.phone(), s.email()));
                List<DirectoryColumn> sheet = DirectoryColumn.staffColumns();
                for (FieldError e : DirectoryService.staffRules(d).errors()) {
                    if (!(e.field().equals("category") && s.category() != null)) {
                        problems.add(s.at().at(DirectoryColumn.of(sheet, e.field()), e.message()));
                    }
                }
                if (d.fullName() == null || !unitKnown) {
                    continue;
                }
                String key = personKey(d.fullName(), unitName);
                StaffIn first = firstPerson.putIfAbsent(key, s);
                if (first != null) {
                    problems.add(s.at().at(DirectoryColumn.FULL_NAME, Messages.get("staffImport.error.duplicatePerson",
                            d.fullName(), unitName, first.at().line())));
                } else if (existingStaff.contains(key)) {
                    staffKept.add(Messages.get("staffImport.personInUnit", d.fullName(), unitName));
                } else {
                    newStaff.put(key, d);
                    staffUnit.put(key, unitKey);
                }
            }
            if (!problems.isEmpty()) {
                throw new DirectoryImportRefused(in.fileName(), capped(problems));
            }

            Map<String, Long> unitIds = new HashMap<>();
            existingUnits.forEach((k, u) -> unitIds.put(k, u.id()));
            List<String> unitsAdded = new ArrayList<>();
            for (Unit.Draft d : newUnits) {
                unitIds.put(key(d.name()), directory.saveUnit(d).id());
                unitsAdded.add(d.name());
            }
            newStaff.forEach((key, d) -> directory.saveStaff(new Staff.Draft(null, d.fullName(),
                    unitIds.get(staffUnit.get(key)), d.jobTitle(), d.category(), d.leader(), d.phone(), d.email())));
            return new Outcome(unitsAdded, unitsKept, newStaff.size(), staffKept, in.inactiveSkipped());
        });
    }

    private static List<String> capped(List<String> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> l = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        l.add(Messages.get("staffImport.error.tooMany", problems.size() - MAX_PROBLEMS));
        return l;
    }

    /**
     * The folded text by which names are matched, null for no text: case and accents aside, and any dash as the
     * hyphen a clerk types ("Phòng Văn hóa - Xã hội" is the directory's "Phòng Văn hóa – Xã hội").
     */
    private static String key(String text) {
        String clean = VnText.clean(text);
        return clean == null ? null : DASHES.matcher(VnText.fold(clean)).replaceAll(" - ").replaceAll(" +", " ");
    }

    static String personKey(String fullName, String unitName) {
        return key(fullName) + "\u0000" + key(unitName);
    }

    /**
     * The constant whose label (or stored name) {@code text} is, whatever its case and accents; a problem at
     * {@code column} when there is none. @return null for no text or an unknown one
     */
    static <E extends Enum<E> & Labeled> E closed(Class<E> type, String text, Place at, DirectoryColumn column,
                                                 List<String> problems) {
        String key = key(text);
        if (key == null) {
            return null;
        }
        Predicate<E> matches = e -> key.equals(VnText.fold(e.label())) || e.name().equalsIgnoreCase(text.strip());
        for (E e : type.getEnumConstants()) {
            if (matches.test(e)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Labeled::label).collect(Collectors.joining(", "));
        problems.add(at.at(column, Messages.get("staffImport.error.closedValue", VnText.clean(text), allowed)));
        return null;
    }

    /** "Có"/"x" → true, blank/"Không" → false; anything else a problem. */
    static Boolean yesNo(String text, Place at, List<String> problems) {
        String key = key(text);
        if (key == null || key.equals(VnText.fold(Messages.get("staffImport.no"))) || key.equals("0")
                || key.equals("false")) {
            return false;
        }
        if (key.equals(VnText.fold(Messages.get("staffImport.yes"))) || key.equals("x") || key.equals("1")
                || key.equals("true") || key.equals("✓")) {
            return true;
        }
        problems.add(at.at(DirectoryColumn.LEADER, Messages.get("staffImport.error.yesNo", VnText.clean(text))));
        return null;
    }
}
