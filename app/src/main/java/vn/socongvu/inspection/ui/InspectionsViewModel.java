package vn.socongvu.inspection.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.DisciplineRules;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionConflicts;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.inspection.InspectionStats;
import vn.socongvu.inspection.Severity;
import vn.socongvu.inspection.ViolationRow;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.DirectoryChoices;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.ListForm;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Kiểm tra công vụ: the inspections (or the violations) of a period with their counts, and one inspection in the
 * form — the team, whom and what it inspected, the violations with their handling and remediation, the conclusion.
 */
public final class InspectionsViewModel {
    private final InspectionService inspections;
    /** Whether no record is kept yet (made when a screen first asks). */
    private ReadOnlyBooleanProperty nothingYet;
    private final DirectoryService directory;
    private final SettingsService settings;

    // ---- the lists ----
    private final ListForm<InspectionRow, Inspection> screen;
    private final RecordList<InspectionRow> list;
    final ObservableList<ViolationRow> violationRows = FXCollections.observableArrayList();
    private final DirectoryChoices choices;
    final ObservableList<Staff> staff;
    final ObservableList<Unit> units;
    final ObservableList<Signer> signers = FXCollections.observableArrayList();
    final ObservableList<InspectionItem> items = FXCollections.observableArrayList();
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(PeriodChoice.THIS_YEAR);
    final ObjectProperty<InspectionKind> kindFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Staff> personFilter = new SimpleObjectProperty<>();
    /** True: the list shows violations (per person and unit), false: inspections. */
    final BooleanProperty violationMode = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper statsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    // ---- the form ----
    private final FormState<Inspection> form = new FormState<>(Inspection::id, "kind", "title", "decisionNumber",
            "decisionDate", "startsOn", "endsOn", "startTime", "endTime", "place", "copies", "leader", "members", "subjects", "checks", "violations", "findings",
            "conclusion", "noticeSigner", "recordNumber", "noticeNumber", "id");
    /**
     * The inspection as loaded and its audit mark (with its violations'): a save refused because someone else changed
     * it asks the clerk.
     */
    private final EditGuard<Inspection.Draft> guard;
    private final DialogService dialogs;
    /** The mark taken just before the inspection {@link #readId} was read (-1: none pending). */
    private long readId = -1;
    private long readMark;
    final ObjectProperty<InspectionKind> kind = new SimpleObjectProperty<>(InspectionKind.SURPRISE);
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    /** The hours as typed ("8:00"), the place, and the copies of the record ("2"). */
    final StringProperty startTime = new SimpleStringProperty("");
    final StringProperty endTime = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty copies = new SimpleStringProperty(Integer.toString(Inspection.DEFAULT_COPIES));
    final ObjectProperty<Staff> leader = new SimpleObjectProperty<>();
    final ObjectProperty<Signer> noticeSigner = new SimpleObjectProperty<>();
    final StringProperty findings = new SimpleStringProperty("");
    final StringProperty conclusion = new SimpleStringProperty("");
    final ObservableList<Inspection.Member> members = FXCollections.observableArrayList();
    final ObservableList<Unit> inspectedUnits = FXCollections.observableArrayList();
    final ObservableList<Inspection.Person> inspectedPersons = FXCollections.observableArrayList();
    final ObservableList<CheckEntry> checks = FXCollections.observableArrayList(c -> new Observable[] {c.remark});
    final ObservableList<ViolationEntry> violations = FXCollections.observableArrayList(
            v -> new Observable[] {v.person, v.unit, v.content, v.severity, v.proposed, v.decided, v.deadline,
                    v.remediatedOn});
    final StringProperty recordNumberText = new SimpleStringProperty("");
    final StringProperty noticeNumberText = new SimpleStringProperty("");
    /** Said under each number while the one typed is already given this year (the next free one named). */
    final StringProperty recordNumberWarning = new SimpleStringProperty("");
    final StringProperty noticeNumberWarning = new SimpleStringProperty("");
    /**
     * Said at the fields, never refused (see InspectionConflicts): under the leader when he inspects himself or
     * his unit; under the members for the members; on the subjects tab, all of them.
     */
    final ReadOnlyStringWrapper leaderWarning = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper membersWarning = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper subjectsWarning = new ReadOnlyStringWrapper("");

    /** A content checked and what was seen. */
    public static final class CheckEntry {
        final Long itemId;
        final String itemName;
        final StringProperty remark = new SimpleStringProperty("");

        CheckEntry(Long itemId, String itemName, String remark) {
            this.itemId = itemId;
            this.itemName = itemName;
            this.remark.set(remark == null ? "" : remark);
        }
    }

    /** A violation being edited: who, what, how serious, the handling and the remediation. */
    public static final class ViolationEntry {
        final Long id;
        /** The category and post as recorded on the day (null for a new violation: the directory's). */
        final Long recordedStaffId;
        final StaffCategory recordedCategory;
        final Boolean recordedLeader;
        final ObjectProperty<Staff> person = new SimpleObjectProperty<>();
        final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
        Long itemId;
        final StringProperty content = new SimpleStringProperty("");
        final StringProperty description = new SimpleStringProperty("");
        final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.MINOR);
        final StringProperty explanation = new SimpleStringProperty("");
        final ObjectProperty<DisciplineMeasure> proposed = new SimpleObjectProperty<>();
        final ObjectProperty<DisciplineMeasure> decided = new SimpleObjectProperty<>();
        final StringProperty decisionNumber = new SimpleStringProperty("");
        final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> remediatedOn = new SimpleObjectProperty<>();
        /** Where the remediation task stands, as saved; null when none is followed. */
        TaskState remediationState;
        boolean repeat;

        ViolationEntry(Long id, Long recordedStaffId, StaffCategory recordedCategory, Boolean recordedLeader) {
            this.id = id;
            this.recordedStaffId = recordedStaffId;
            this.recordedCategory = recordedCategory;
            this.recordedLeader = recordedLeader;
        }

        StaffCategory category() {
            Staff p = person.get();
            if (p == null) {
                return null;
            }
            return recorded(p) ? recordedCategory : p.category();
        }

        boolean leader() {
            Staff p = person.get();
            return p != null && (recorded(p) ? recordedLeader : p.leader());
        }

        /** Whether the person is the one recorded on the day (whose category and post then count). */
        private boolean recorded(Staff p) {
            return recordedStaffId != null && recordedStaffId == p.id() && recordedCategory != null;
        }

        String who() {
            return person.get() != null ? person.get().fullName() : unit.get() == null ? "" : unit.get().name();
        }

        Inspection.Violation toViolation() {
            return new Inspection.Violation(id, person.get() == null ? null : person.get().id(), null, null, false,
                    unit.get() == null ? null : unit.get().id(), null, itemId, content.get(), description.get(),
                    severity.get(), explanation.get(), proposed.get(), decided.get(), decisionNumber.get(),
                    decisionDate.get(), deadline.get(), remediatedOn.get(), null);
        }
    }

    public InspectionsViewModel(InspectionService inspections, DirectoryService directory, SettingsService settings,
                                DialogService dialogs, TaskRunner runner) {
        this.inspections = inspections;
        this.directory = directory;
        this.settings = settings;
        this.dialogs = dialogs;
        this.guard = new EditGuard<>(dialogs, InspectionService.MERGE::merge);
        this.screen = new ListForm<>(runner, dialogs, "socongvu-inspection-list", InspectionRow::id, form,
                this::loadList, this::blank, this::show);
        this.choices = new DirectoryChoices(directory);
        this.staff = choices.staff();
        this.units = choices.units();
        this.list = screen.list();
        for (var p : List.of(period, kindFilter, unitFilter, personFilter)) {
            p.addListener((o, a, b) -> loadList());
        }
        text.addListener((o, a, b) -> loadList());
        violationMode.addListener((o, a, b) -> loadList());
        startsOn.addListener((o, a, d) -> {
            if (d != null && (endsOn.get() == null || endsOn.get().equals(a))) {
                endsOn.set(d); // most inspections last one day
            }
        });
        leader.addListener((o, a, b) -> checkTeam());
        members.addListener((ListChangeListener<Inspection.Member>) c -> checkTeam());
        inspectedUnits.addListener((ListChangeListener<Unit>) c -> checkTeam());
        inspectedPersons.addListener((ListChangeListener<Inspection.Person>) c -> checkTeam());
        recordNumberText.addListener((o, was, value) -> checkNumbers());
        noticeNumberText.addListener((o, was, value) -> checkNumbers());
    }

    public FormState<Inspection> form() {
        return form;
    }

    /** True while the list is empty because no cuộc kiểm tra is kept yet, not because the filter hides them. */
    public ReadOnlyBooleanProperty nothingYetProperty() {
        if (nothingYet == null) {
            nothingYet = list().nothingYet(inspections::hasAny);
        }
        return nothingYet;
    }

    /** "Xóa bộ lọc": no filter, every period. */
    public void showEverything() {
        clearFilter();
        period.set(PeriodChoice.ALL);
    }

    public RecordList<InspectionRow> list() {
        return list;
    }

    public ReadOnlyStringProperty statsTextProperty() {
        return statsText.getReadOnlyProperty();
    }

    /** The violations' breakdown (content, severity, handling), shown in the violations mode. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- lists ----

    /** Called by each new view of the screen: a new inspection the first time. */
    public void screenOpened() {
        screen.screenOpened(this::load);
    }

    /** Reloads the choices (staff, units, signers, contents) and the list. */
    public void load() {
        choices.reload();
        signers.setAll(settings.signers().stream().filter(Signer::active).toList());
        items.setAll(inspections.activeItems());
        loadList();
    }

    void loadList() {
        LocalDate today = inspections.today();
        PeriodChoice pc = period.get() == null ? PeriodChoice.ALL : period.get();
        LocalDate from = pc.from(today);
        LocalDate to = pc.to(today);
        InspectionFilter f = new InspectionFilter(kindFilter.get(), text.get(), from, to,
                unitFilter.get() == null ? null : unitFilter.get().id(),
                personFilter.get() == null ? null : personFilter.get().id());
        boolean violations = violationMode.get();
        // In the background: ten years of inspections or violations ("Tất cả") are tens of ms to read, and typing
        // asks at every key; only the latest answer is shown.
        // The inspections are left as they were while the violations are shown.
        list.load(() -> new Listing(violations ? List.of() : inspections.list(f),
                violations ? inspections.violations(f) : List.of(), inspections.stats(from, to)),
                l -> violations ? null : l.rows(), l -> {
                    if (violations) {
                        violationRows.setAll(l.violations());
                    }
                    statsText.set(statsLine(l.stats(), pc));
                    detailText.set(detailLines(l.stats()));
                }, e -> statsText.set(Messages.get("inspections.error.load")));
    }

    private record Listing(List<InspectionRow> rows, List<ViolationRow> violations, InspectionStats stats) {
    }

    public void clearFilter() {
        text.set("");
        kindFilter.set(null);
        unitFilter.set(null);
        personFilter.set(null);
        period.set(PeriodChoice.THIS_YEAR);
    }

    static String statsLine(InspectionStats st, PeriodChoice pc) {
        StringBuilder b = new StringBuilder(Messages.get("inspections.stats.total", pc.label(), st.inspections()));
        if (st.inspections() > 0) {
            b.append(" (").append(Arrays.stream(InspectionKind.values()).filter(k -> st.count(k) > 0)
                    .map(k -> k.words() + " " + st.count(k)).collect(Collectors.joining(", ")))
                    .append(")");
            b.append("; ").append(Messages.get("inspections.stats.violations", st.violations(), st.clean(),
                    st.persons(), st.repeatPersons()));
            if (st.violations() > 0) {
                b.append("; ").append(Messages.get("inspections.stats.remediation", st.remediationDone(),
                        st.remediationOpen(), st.remediationOverdue()));
            }
        }
        return b.append('.').toString();
    }

    static String detailLines(InspectionStats st) {
        if (st.violations() == 0) {
            return "";
        }
        String content = st.byContent().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
        String severity = st.bySeverity().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("; "));
        String measure = st.byMeasure().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("; "));
        if (st.undecided() > 0) {
            measure = (measure.isEmpty() ? "" : measure + "; ") + Messages.get("inspections.stats.undecided",
                    st.undecided());
        }
        return Messages.get("inspections.stats.byContent", content) + "\n"
                + Messages.get("inspections.stats.bySeverity", severity) + "\n"
                + Messages.get("inspections.stats.byMeasure", measure);
    }

    // ---- the form ----

    /** An empty form for a surprise inspection today, every content of the catalogue to check. */
    public void newInspection() {
        screen.open(null);
    }

    private void blank() {
        form.begin(null);
        guard.loaded(null, null);
        kind.set(InspectionKind.SURPRISE);
        title.set("");
        decisionNumber.set("");
        decisionDate.set(null);
        LocalDate today = inspections.today();
        startsOn.set(today);
        endsOn.set(today);
        startTime.set("");
        endTime.set("");
        place.set("");
        copies.set(Integer.toString(Inspection.DEFAULT_COPIES));
        leader.set(null);
        noticeSigner.set(signers.isEmpty() ? null : signers.get(0));
        findings.set("");
        conclusion.set("");
        members.clear();
        inspectedUnits.clear();
        inspectedPersons.clear();
        checks.setAll(items.stream().map(i -> new CheckEntry(i.id(), i.name(), null)).toList());
        violations.clear();
        recordNumberText.set("");
        noticeNumberText.set("");
    }

    /** The clerk chose a row: its inspection in the form (the list left as it is). */
    public void edit(InspectionRow row) {
        screen.choose(row, this::read);
    }

    /** Opens an inspection (from the violations), selected in the list if listed. */
    public void open(long id) {
        screen.open(read(id));
    }

    /** Reads an inspection for the form, its audit mark taken first (a change made meanwhile is then a conflict). */
    private Inspection read(long id) {
        long mark = inspections.mark(id);
        Inspection i = inspections.inspection(id);
        readId = id;
        readMark = mark;
        return i;
    }

    private void show(Inspection shown) {
        // an inspection not read just now (the one just saved): read again after its mark, so the two agree
        Inspection i = shown.id() == readId ? shown : read(shown.id());
        form.begin(i);
        guard.loaded(InspectionService.draft(i), readMark);
        readId = -1;
        kind.set(i.kind());
        title.set(i.title());
        decisionNumber.set(Objects.toString(i.decisionNumber(), ""));
        decisionDate.set(i.decisionDate());
        startsOn.set(i.startsOn());
        endsOn.set(i.endsOn());
        startTime.set(InspectionService.time(i.startTime()));
        endTime.set(InspectionService.time(i.endTime()));
        place.set(Objects.toString(i.place(), ""));
        copies.set(Integer.toString(i.copies()));
        leader.set(choices.person(i.leaderId()));
        noticeSigner.set(i.noticeSignerId() == null ? null : settings.signers().stream()
                .filter(s -> s.id() == i.noticeSignerId()).findFirst().orElse(null));
        findings.set(Objects.toString(i.findings(), ""));
        conclusion.set(Objects.toString(i.conclusion(), ""));
        members.setAll(i.members());
        inspectedUnits.setAll(i.unitIds().stream().map(choices::unit)
                .filter(Objects::nonNull).toList());
        inspectedPersons.setAll(i.persons());
        checks.setAll(i.checks().stream().map(c -> new CheckEntry(c.itemId(), c.itemName(), c.remark())).toList());
        Map<Long, ViolationRow> states = inspections.violations(new InspectionFilter(null, null, i.startsOn(),
                i.startsOn(), null, null)).stream().filter(r -> r.inspectionId() == i.id())
                .collect(Collectors.toMap(ViolationRow::id, r -> r));
        List<ViolationEntry> vs = new ArrayList<>();
        for (Inspection.Violation v : i.violations()) {
            ViolationEntry e = new ViolationEntry(v.id(), v.staffId(), v.category(), v.leader());
            e.person.set(choices.person(v.staffId()));
            e.unit.set(choices.unit(v.unitId()));
            e.itemId = v.itemId();
            e.content.set(v.content());
            e.description.set(Objects.toString(v.description(), ""));
            e.severity.set(v.severity());
            e.explanation.set(Objects.toString(v.explanation(), ""));
            e.proposed.set(v.proposed());
            e.decided.set(v.decided());
            e.decisionNumber.set(Objects.toString(v.decisionNumber(), ""));
            e.decisionDate.set(v.decisionDate());
            e.deadline.set(v.remediationDeadline());
            e.remediatedOn.set(v.remediatedOn());
            ViolationRow r = states.get(v.id());
            if (r != null) {
                e.remediationState = r.remediation();
                e.repeat = r.repeat();
            }
            vs.add(e);
        }
        violations.setAll(vs);
        recordNumberText.set(i.recordNumber() == null
                ? Integer.toString(inspections.proposeNumber(DocumentKind.BIEN_BAN, i.endsOn())) : "");
        noticeNumberText.set(i.noticeNumber() == null
                ? Integer.toString(inspections.proposeNumber(DocumentKind.THONG_BAO, i.endsOn())) : "");
    }

    private Inspection.Draft draft() {
        return new Inspection.Draft(form.editingId(), kind.get(), title.get(), decisionNumber.get(), decisionDate.get(),
                startsOn.get(), endsOn.get(), leader.get() == null ? null : leader.get().id(), findings.get(),
                conclusion.get(), noticeSigner.get() == null ? null : noticeSigner.get().id(), List.copyOf(members),
                inspectedUnits.stream().map(Unit::id).toList(),
                inspectedPersons.stream().map(Inspection.Person::staffId).toList(),
                checks.stream().map(c -> new Inspection.Check(c.itemId, c.itemName, c.remark.get())).toList(),
                violations.stream().map(ViolationEntry::toViolation).toList(),
                InspectionService.parseTime(startTime.get()).orElse(null),
                InspectionService.parseTime(endTime.get()).orElse(null), place.get(), copiesTyped());
    }

    /** The copies typed; -1 (refused by the service) when it is not a whole number. */
    private Integer copiesTyped() {
        String c = copies.get() == null ? "" : copies.get().strip();
        if (c.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(c);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return the saved inspection, or null when refused (messages at the fields) */
    public Inspection save() {
        List<FieldError> typed = new ArrayList<>();
        for (String field : List.of("startTime", "endTime")) {
            try {
                InspectionService.parseTime((field.equals("startTime") ? startTime : endTime).get());
            } catch (DateTimeParseException e) {
                typed.add(new FieldError(field, "inspection.error.timeFormat"));
            }
        }
        if (!typed.isEmpty()) {
            form.refuse(new ValidationException(typed));
            return null;
        }
        Long id = form.editingId();
        Inspection.Draft mine = draft();
        return screen.write(() -> guard.save(mine, inspections::save,
                () -> InspectionService.draft(inspections.inspection(id)), field -> mineText(mine, field), () -> {
                    screen.open(read(id));
                    form.say("conflict.keptTheirs");
                }), "common.saved");
    }

    /** The clerk's value of a field (its audit key) as the history writes it, for the conflict dialog. */
    private String mineText(Inspection.Draft mine, String field) {
        return switch (field) {
            case "inspection.field.kind" -> mine.kind() == null ? null : mine.kind().label();
            case "inspection.field.title" -> mine.title();
            case "inspection.field.decisionNumber" -> mine.decisionNumber();
            case "inspection.field.decisionDate" -> VnFormat.date(mine.decisionDate());
            case "inspection.field.startsOn" -> VnFormat.date(mine.startsOn());
            case "inspection.field.endsOn" -> VnFormat.date(mine.endsOn());
            case "inspection.field.startTime" -> startTime.get();
            case "inspection.field.endTime" -> endTime.get();
            case "inspection.field.place" -> mine.place();
            case "inspection.field.copies" -> copies.get();
            case "inspection.field.leader" -> leader.get() == null ? null : leader.get().fullName();
            case "inspection.field.members" -> mine.members().stream().map(Inspection.Member::fullName)
                    .collect(Collectors.joining("; "));
            case "inspection.field.units" -> inspectedUnits.stream().map(Unit::name).collect(Collectors.joining("; "));
            case "inspection.field.persons" -> inspectedPersons.stream().map(Inspection.Person::fullName)
                    .collect(Collectors.joining("; "));
            case "inspection.field.checks" -> mine.checks().stream()
                    .map(c -> c.itemName() + (c.remark() == null ? "" : ": " + c.remark()))
                    .collect(Collectors.joining("\n"));
            case "inspection.field.findings" -> mine.findings();
            case "inspection.field.conclusion" -> mine.conclusion();
            case "inspection.field.noticeSigner" -> noticeSigner.get() == null ? null : noticeSigner.get().fullName();
            default -> null;
        };
    }

    /** The team's conflicts (InspectionConflicts.team), at the leader, the members and the subjects. */
    private void checkTeam() {
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.id(), u.name()));
        List<InspectionConflicts.Subject> persons = inspectedPersons.stream().map(p -> {
            Staff s = choices.person(p.staffId());
            return new InspectionConflicts.Subject(p.staffId(), p.fullName(), s == null ? null : s.unitId());
        }).toList();
        Set<Long> unitIds = inspectedUnits.stream().map(Unit::id).collect(Collectors.toSet());
        Staff head = leader.get();
        List<String> lead = head == null ? List.of() : InspectionConflicts.team(List.of(
                new InspectionConflicts.TeamMember(head.id(), head.fullName(), head.unitId(), true)), unitIds, persons,
                unitNames);
        List<String> team = InspectionConflicts.team(members.stream().map(m -> {
            Staff s = m.staffId() == null ? null : choices.person(m.staffId());
            return new InspectionConflicts.TeamMember(m.staffId(), m.fullName(), s == null ? null : s.unitId(), false);
        }).toList(), unitIds, persons, unitNames);
        leaderWarning.set(String.join("\n", lead));
        membersWarning.set(String.join("\n", team));
        List<String> all = new ArrayList<>(lead);
        all.addAll(team);
        subjectsWarning.set(String.join("\n", all));
    }

    /**
     * Why the Ủy ban nhân dân should not decide the violation's handling itself (a person of the Công an xã, the
     * military, a mass organisation, or a cán bộ): said under the measure decided; empty when nothing to say.
     */
    String authorityWarning(ViolationEntry e) {
        if (e == null || e.person.get() == null) {
            return "";
        }
        Unit u = e.unit.get() != null ? e.unit.get() : choices.unit(e.person.get().unitId());
        return InspectionConflicts.authority(e.person.get().fullName(), e.category(), u == null ? null : u.kind(),
                u == null ? null : u.name(), e.decided.get(), e.decisionNumber.get());
    }

    /** Asks, then deletes the inspection in the form; @return whether it was deleted */
    public boolean delete() {
        Inspection i = form.editingProperty().get();
        return i != null && screen.delete("common.delete", Messages.get("inspections.confirmDelete", i.title()),
                id -> {
                    // changed on another PC since the form read it: their changes shown, asked again
                    if (!EditGuard.deleteAsking(dialogs, "common.delete", guard.mark(),
                            mk -> inspections.delete(id, mk))) {
                        screen.open(read(id));
                        throw ValidationException.of("id", "conflict.notDeleted");
                    }
                }, () -> message.set(Messages.get("inspections.deleted")));
    }

    /** The warnings under the numbers: the one typed is already given in the year the inspection ended. */
    private void checkNumbers() {
        Inspection i = form.editingProperty().get();
        LocalDate end = i == null ? null : i.endsOn();
        recordNumberWarning.set(inspections.numberWarning(DocumentKind.BIEN_BAN, end, recordNumberText.get())
                .orElse(""));
        noticeNumberWarning.set(inspections.numberWarning(DocumentKind.THONG_BAO, end, noticeNumberText.get())
                .orElse(""));
    }

    /** Gives the saved record (BB) or notice (TB) its number in the register. */
    public Inspection number(DocumentKind k) {
        Long id = form.editingId();
        boolean record = k == DocumentKind.BIEN_BAN;
        Inspection i = form.editingProperty().get();
        return screen.number(record ? "recordNumber" : "noticeNumber",
                (record ? recordNumberText : noticeNumberText).get(), "inspections.numberTitle",
                n -> Messages.get("inspections.confirmNumber", k.label().toLowerCase(Messages.VI),
                        i == null ? "" : i.title(), k.formatNumber(n, DocumentRegister.ISSUER_CODE)),
                n -> inspections.number(id, k, n), "inspections.numbered");
    }

    /**
     * The decision setting up the team or the report of results of the inspection in the form, saved first; null
     * when the save is refused (said at the fields).
     */
    public InspectionPaperModel paper(InspectionPapers.Kind k, DialogService dialogs) {
        Inspection i = save();
        if (i == null) {
            return null;
        }
        InspectionPaperModel paper = new InspectionPaperModel(inspections, settings, i.id(), k, dialogs);
        paper.onWritten(() -> guard.advance(inspections.mark(i.id())));
        return paper;
    }

    public OfficialDocument document(DocumentKind k) {
        return k == DocumentKind.BIEN_BAN ? inspections.record(form.editingId()) : inspections.notice(form.editingId());
    }

    public String fileName(DocumentKind k) {
        return InspectionService.fileName(form.editingProperty().get(), k);
    }

    public List<AuditEntry> history() {
        return screen.history(inspections::history);
    }

    List<AuditEntry> violationHistory(long violationId) {
        return inspections.violationHistory(violationId);
    }

    // ---- team, subjects, checklist ----

    public void addMember(Staff s) {
        if (s != null && members.stream().noneMatch(m -> Objects.equals(m.staffId(), s.id()))) {
            members.add(new Inspection.Member(s.id(), s.fullName(), s.jobTitle() == null ? s.unitName()
                    : s.jobTitle() + ", " + s.unitName()));
        }
    }

    public void addGuestMember(String name, String body) {
        String n = VnText.clean(name);
        if (n != null) {
            members.add(new Inspection.Member(null, n, VnText.clean(body)));
        }
    }

    public void addUnit(Unit u) {
        if (u != null && !inspectedUnits.contains(u)) {
            inspectedUnits.add(u);
        }
    }

    public void addPerson(Staff s) {
        if (s != null && inspectedPersons.stream().noneMatch(p -> p.staffId() == s.id())) {
            inspectedPersons.add(new Inspection.Person(s.id(), s.fullName(), s.unitName()));
        }
    }

    public void addCheck(InspectionItem item) {
        if (item != null && checks.stream().noneMatch(c -> Objects.equals(c.itemId, item.id()))) {
            checks.add(new CheckEntry(item.id(), item.name(), null));
        }
    }

    // ---- violations ----

    /** A new violation row, for the person (or the unit) chosen, content from the catalogue if given. */
    public ViolationEntry addViolation() {
        ViolationEntry e = new ViolationEntry(null, null, null, null);
        if (inspectedPersons.size() == 1) {
            e.person.set(choices.person(inspectedPersons.get(0).staffId()));
        }
        if (e.person.get() != null) {
            e.unit.set(choices.unit(e.person.get().unitId()));
        } else if (inspectedUnits.size() == 1) {
            e.unit.set(inspectedUnits.get(0));
        }
        violations.add(e);
        return e;
    }

    /** The person chosen: their unit becomes the violation's. */
    void personChosen(ViolationEntry e, Staff s) {
        if (s != null) {
            directory.unit(s.unitId()).ifPresent(e.unit::set);
        }
    }

    void contentChosen(ViolationEntry e, InspectionItem item) {
        if (item != null) {
            e.itemId = item.id();
            e.content.set(item.name());
        }
    }

    /** The measures that may be applied to the violation's person: proposed on the inspection's day, decided on the decision's. */
    List<DisciplineMeasure> allowed(ViolationEntry e, boolean decided) {
        LocalDate on = decided && e.decisionDate.get() != null ? e.decisionDate.get() : startsOn.get();
        return DisciplineRules.allowed(e.category(), e.leader(), on);
    }

    /** Why a chosen measure may not be applied, in words; empty when it may. */
    String ruleWarning(ViolationEntry e) {
        if (e == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (boolean decided : new boolean[] {false, true}) {
            DisciplineMeasure m = decided ? e.decided.get() : e.proposed.get();
            LocalDate on = decided && e.decisionDate.get() != null ? e.decisionDate.get() : startsOn.get();
            DisciplineRules.refusal(m, e.category(), e.leader(), on).ifPresent(r -> out.add(Messages.get(
                    "inspection.error.measure", Messages.get(decided ? "inspection.field.decided"
                            : "inspection.field.proposed"), m.label(), InspectionService.ruleText(r, e.category()))));
        }
        if (e.decided.get() != null && !e.decided.get().inHouse()
                && (e.decisionNumber.get().isBlank() || e.decisionDate.get() == null)) {
            out.add(Messages.get("inspection.error.decisionRequired", e.decided.get().label()));
        }
        return String.join("\n", out);
    }

    /** The person's earlier violations, for the editor ("2 vi phạm trước: 12/03/2026 …"). */
    String personHistory(ViolationEntry e) {
        if (e == null || e.person.get() == null) {
            return "";
        }
        List<ViolationRow> record = inspections.personRecord(e.person.get().id()).stream()
                .filter(r -> e.id == null || r.id() != e.id).toList();
        if (record.isEmpty()) {
            return Messages.get("inspections.person.noRecord");
        }
        return Messages.get("inspections.person.record", record.size(), record.stream().limit(3)
                .map(r -> VnFormat.date(r.foundOn()) + " " + r.content()).collect(Collectors.joining("; ")));
    }

    LocalDate today() {
        return inspections.today();
    }
}
