package vn.socongvu.inspection.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.inspection.Severity;
import vn.socongvu.inspection.ViolationRow;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.TextCells;
import vn.socongvu.ui.kit.Ui;

/**
 * Kiểm tra công vụ: the inspections (or every violation, with each person's and unit's record) on the left with
 * the period's counts; one inspection on the right in four tabs: general, subjects and contents, violations,
 * conclusion and documents.
 */
public final class InspectionsView extends SplitPane {
    private static final PseudoClass REPEAT = PseudoClass.getPseudoClass("repeat");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("state-open-overdue");
    private final InspectionsViewModel vm;
    private final TableView<InspectionRow> table = new TableView<>();
    private final TableView<ViolationRow> violationTable = new TableView<>();
    private final TableSelection<InspectionRow> selection;
    private final TabPane tabs = new TabPane();
    private final TableView<InspectionsViewModel.ViolationEntry> violationEditorTable = new TableView<>();
    private final BiConsumer<Long, Long> openTask;
    private final Runnable openDirectory;

    /** @param openTask shows a task (id, lead unit id) in Nhiệm vụ */
    public InspectionsView(InspectionsViewModel vm, BiConsumer<Long, Long> openTask) {
        this(vm, openTask, null);
    }

    /** @param openDirectory shows Danh mục, where people are added (null: the way is only said) */
    public InspectionsView(InspectionsViewModel vm, BiConsumer<Long, Long> openTask, Runnable openDirectory) {
        this.openDirectory = openDirectory;
        this.vm = vm;
        this.openTask = openTask;
        this.selection = new TableSelection<>(table, vm::edit).follow(vm.list());
        setId("inspections-view");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(RecordScreen.tab("inspections.tab.general", "inspection-tab-general", generalTab()),
                RecordScreen.tab("inspections.tab.subjects", "inspection-tab-subjects", subjectsTab()),
                RecordScreen.tab("inspections.tab.violations", "inspection-tab-violations", violationsTab()),
                RecordScreen.tab("inspections.tab.conclusion", "inspection-tab-conclusion", conclusionTab()));
        getItems().addAll(listPane(), formPane());
        setDividerPositions(0.45);
        vm.screenOpened();
    }

    // ---- left: inspections or violations, with the counts ----

    private BorderPane listPane() {
        var search = Ui.searchField("inspections.search.prompt", "inspection-search", vm.text);
        ComboBox<PeriodChoice> period = RecordScreen.filter(Ui.enumCombo(PeriodChoice.class), vm.period, null,
                "inspection-filter-period");
        ComboBox<InspectionKind> kind = RecordScreen.filter(Ui.enumCombo(InspectionKind.class), vm.kindFilter,
                "inspections.filter.allKinds", "inspection-filter-kind");
        ComboBox<Unit> unit = RecordScreen.filter(vm.units, Unit::name, vm.unitFilter, "inspections.filter.allUnits",
                "inspection-filter-unit");
        ComboBox<Staff> person = RecordScreen.filter(vm.staff, s -> s.fullName() + " – " + s.unitName(),
                vm.personFilter, "inspections.filter.allPersons", "inspection-filter-person");
        Button clear = RecordScreen.clearFilter("inspection-filter-clear", vm::clearFilter);
        Button add = RecordScreen.add("inspections.new", "inspection-new", () -> {
            vm.newInspection();
            tabs.getSelectionModel().select(0);
        });
        ToggleButton[] mode = Ui.modeToggle(vm.violationMode, "inspections.mode.inspections", "inspection-mode-list",
                "inspections.mode.violations", "inspection-mode-violations");
        // The violations have more columns: the list takes more of the width while they are shown.
        Ui.listen(this, vm.violationMode, (o, a, violations) -> setDividerPositions(violations ? 0.58 : 0.45));
        Label detail = new Label();
        detail.setId("inspection-stats-detail");
        detail.setWrapText(true);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detail.textProperty().bind(vm.detailTextProperty());
        detail.visibleProperty().bind(vm.violationMode.and(vm.detailTextProperty().isNotEmpty()));
        detail.managedProperty().bind(detail.visibleProperty());

        buildTable();
        buildViolationTable();
        table.visibleProperty().bind(vm.violationMode.not());
        violationTable.visibleProperty().bind(vm.violationMode);
        // Only the table shown counts for the list's width (the violations' has more columns).
        table.managedProperty().bind(table.visibleProperty());
        violationTable.managedProperty().bind(violationTable.visibleProperty());
        RecordScreen.stretch(search, List.of(period, kind, unit, person));
        period.setMinWidth(Region.USE_PREF_SIZE); // "Mọi thời gian" whole
        return RecordScreen.listPane(new StackPane(table, violationTable),
                RecordScreen.message(vm.messageProperty()), Ui.bar(search, add), Ui.bar(period, kind, mode[0], mode[1]),
                Ui.bar(unit, person, clear),
                RecordScreen.busyAndCounts("inspection-loading", vm.list().loadingProperty(),
                        RecordScreen.counts("inspection-stats", vm.statsTextProperty())), detail);
    }

    private void buildTable() {
        TableColumn<InspectionRow, String> when = Ui.textColumn("inspections.column.when", 104,
                r -> VnFormat.date(r.startsOn()));
        when.setComparator(Comparator.comparing(VnFormat::parseDate));
        TableColumn<InspectionRow, String> kind = Ui.textColumn("inspections.column.kind", 120, r -> r.kind().words());
        TableColumn<InspectionRow, String> title = Ui.longText(Ui.textColumn("inspection.field.title", 230, InspectionRow::title));
        TableColumn<InspectionRow, String> found = Ui.textColumn("inspections.column.found", 120, r ->
                r.violations() == 0 ? Messages.get("inspections.found.none")
                        : Messages.get("inspections.found.some", r.violations())
                        + (r.remediationOverdue() > 0 ? Messages.get("inspections.found.overdue",
                        r.remediationOverdue()) : ""));
        for (TableColumn<InspectionRow, ?> fixed : List.of(when, kind, found)) {
            fixed.setMinWidth(fixed.getPrefWidth());
            fixed.setMaxWidth(fixed.getPrefWidth() + 30);
        }
        table.getColumns().setAll(List.of(when, kind, title, found));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InspectionRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(OVERDUE, !empty && r != null && r.remediationOverdue() > 0);
                setTooltip(empty || r == null ? null : new Tooltip(r.title() + "\n" + Messages.get(
                        "inspection.field.leader") + ": " + (r.leader() == null ? "" : r.leader()) + "\n"
                        + Messages.get("inspection.field.units") + ": " + r.units()
                        + (r.recordNumber() == null ? "" : "\n" + Messages.get("inspection.field.recordNumber") + ": "
                        + r.recordNumber())));
            }
        });
        table.setItems(vm.list().rows());
        table.setId("inspection-table");
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RecordScreen.emptyList("inspection-empty", "inspections.emptyList",
                vm.nothingYetProperty(), vm::showEverything, RecordScreen.add("inspections.new", "inspection-empty-new",
                        () -> {
                            vm.newInspection();
                            tabs.getSelectionModel().select(0);
                        })));
    }

    private void buildViolationTable() {
        TableColumn<ViolationRow, String> when = Ui.textColumn("inspections.column.when", 104,
                r -> VnFormat.date(r.foundOn()));
        when.setComparator(Comparator.comparing(VnFormat::parseDate));
        when.setMinWidth(104);
        TableColumn<ViolationRow, String> who = Ui.textColumn("inspections.column.who", 150, r -> r.who()
                + (r.repeat() ? " ⟲" : ""));
        TableColumn<ViolationRow, String> content = Ui.textColumn("inspections.column.content", 190,
                ViolationRow::content);
        TableColumn<ViolationRow, String> measure = Ui.textColumn("inspections.column.measure", 110, r ->
                r.decided() != null ? r.decided().label() : r.proposed() == null ? ""
                        : Messages.get("inspections.measure.proposed", r.proposed().label()));
        TableColumn<ViolationRow, String> remedy = Ui.textColumn("inspections.column.remediation", 150,
                r -> remediationText(r.remediation(), r.remediationDeadline()));
        violationTable.getColumns().setAll(List.of(when, who, content, measure, remedy));
        violationTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ViolationRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(REPEAT, !empty && r != null && r.repeat());
                setTooltip(empty || r == null ? null : new Tooltip(r.who() + " — " + r.unitName() + "\n" + r.content()
                        + " (" + r.severity().label().toLowerCase(Messages.VI) + ")"
                        + (r.repeat() ? "\n" + Messages.get("inspections.repeat") : "")));
            }
        });
        violationTable.setItems(vm.violationRows);
        violationTable.setId("violation-list");
        Ui.styleTable(violationTable);
        violationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        violationTable.setPlaceholder(new Label(Messages.get("inspections.violations.empty")));
        violationTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.open(r.inspectionId());
                tabs.getSelectionModel().select(2);
                vm.violations.stream().filter(e -> e.id != null && e.id == r.id()).findFirst()
                        .ifPresent(e -> violationEditorTable.getSelectionModel().select(e));
            }
        });
    }

    /** "Đã khắc phục", "Quá hạn 30/11/2026", "Hạn 30/11/2026", or "Không yêu cầu" when no remediation was set. */
    static String remediationText(TaskState st, LocalDate deadline) {
        if (st == null) {
            return Messages.get("inspections.remediation.none");
        }
        return switch (st) {
            case DONE_ON_TIME, DONE_LATE -> Messages.get("inspections.remediation.done");
            case OPEN_OVERDUE -> Messages.get("inspections.remediation.overdue", VnFormat.date(deadline));
            case OPEN_ON_TIME -> Messages.get("inspections.remediation.by", VnFormat.date(deadline));
            default -> st.label();
        };
    }

    // ---- right: one inspection ----

    private BorderPane formPane() {
        Button save = Ui.primary("common.save", "inspection-save", vm::save);
        Button record = Ui.button("inspections.preview.record", "inspection-preview-record",
                () -> preview(DocumentKind.BIEN_BAN));
        Button notice = Ui.button("inspections.preview.notice", "inspection-preview-notice",
                () -> preview(DocumentKind.THONG_BAO));
        Button decision = Ui.button("inspections.paper.decision", "inspection-paper-decision",
                () -> InspectionPaperDialog.show(getScene().getWindow(), InspectionPapers.Kind.DECISION,
                        d -> vm.paper(InspectionPapers.Kind.DECISION, d)));
        Button report = Ui.button("inspections.paper.report", "inspection-paper-report",
                () -> InspectionPaperDialog.show(getScene().getWindow(), InspectionPapers.Kind.REPORT,
                        d -> vm.paper(InspectionPapers.Kind.REPORT, d)));
        Button delete = RecordScreen.delete("inspection-delete", vm::delete, vm.form());
        Button history = Ui.button("audit.history", "inspection-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.form().editingProperty().isNull());
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Inspection i = vm.form().editingProperty().get();
            return i == null ? Messages.get("inspections.form.new") : Messages.get("inspections.form.edit",
                    i.kind().words(), VnFormat.date(i.startsOn()), i.violations().size());
        }, vm.form().editingProperty()));
        Label other = FormGrid.otherErrors(vm.form().errors(), "inspection-errors", "members", "subjects", "checks",
                "violations", "id");
        return RecordScreen.formPane(tabs, heading, vm.form(), "inspection-status", other,
                Ui.buttons(save, decision, record, notice, report, delete, history));
    }

    /** Documents are printed from the saved inspection: save first, then show the preview. */
    private void preview(DocumentKind k) {
        if (vm.save() != null) {
            DocumentPreview.show(getScene().getWindow(), vm.document(k), vm.fileName(k));
        }
    }

    private ScrollPane generalTab() {
        var errors = vm.form().errors();
        ComboBox<InspectionKind> kind = Ui.enumCombo(InspectionKind.class);
        kind.valueProperty().bindBidirectional(vm.kind);
        TextArea title = Ui.textArea(vm.title, 2);
        title.setPromptText(Messages.get("inspections.titlePrompt"));
        TextField decision = Ui.textField(vm.decisionNumber, 160);
        decision.setPromptText("45/QĐ-UBND");
        DatePicker decisionDate = Ui.datePicker();
        decisionDate.valueProperty().bindBidirectional(vm.decisionDate);
        decisionDate.setId("inspection-decision-date");
        DatePicker starts = Ui.datePicker();
        starts.valueProperty().bindBidirectional(vm.startsOn);
        DatePicker ends = Ui.datePicker();
        ends.valueProperty().bindBidirectional(vm.endsOn);
        ComboBox<Staff> leader = Ui.combo(List.of(), s -> s.fullName() + " – " + s.jobTitle());
        leader.setItems(vm.staff);
        leader.setMinWidth(Region.USE_PREF_SIZE); // the leader's name and post whole
        leader.valueProperty().bindBidirectional(vm.leader);
        FormGrid f = new FormGrid();
        f.add("inspection.field.kind", kind, "inspection-kind", errors.property("kind"));
        f.add("inspection.field.title", title, "inspection-title", errors.property("title"));
        f.add("inspection.field.decisionNumber", decision, "inspection-decision", errors.property("decisionNumber"));
        f.add("inspection.field.decisionDate", decisionDate, "inspection-decision-date",
                errors.property("decisionDate"));
        TextField startTime = Ui.textField(vm.startTime, 80);
        startTime.setId("inspection-start-time");
        startTime.setPromptText("8:00");
        TextField endTime = Ui.textField(vm.endTime, 80);
        endTime.setId("inspection-end-time");
        endTime.setPromptText("11:00");
        TextField place = Ui.textField(vm.place, 300);
        place.setPromptText(Messages.get("inspections.placePrompt"));
        TextField copies = Ui.textField(vm.copies, 60);
        // The hour beside the day; its message under both, cleared as the hour is typed again.
        startTime.textProperty().addListener((o, a, b) -> errors.clear("startTime"));
        endTime.textProperty().addListener((o, a, b) -> errors.clear("endTime"));
        f.add("inspection.field.startsOn", new VBox(2, Ui.bar(starts, new Label(Messages.get("inspections.at")),
                startTime), FormGrid.errorLabel(errors.property("startTime"), "inspection-start-time-error")),
                "inspection-start-row", errors.property("startsOn"));
        f.add("inspection.field.endsOn", new VBox(2, Ui.bar(ends, new Label(Messages.get("inspections.at")), endTime),
                FormGrid.errorLabel(errors.property("endTime"), "inspection-end-time-error")),
                "inspection-end-row", errors.property("endsOn"));
        // The rows' ids are their boxes'; the controls keep theirs.
        starts.setId("inspection-start");
        ends.setId("inspection-end");
        leader.setId("inspection-leader");
        f.add("inspection.field.place", place, "inspection-place", errors.property("place"));
        copies.setId("inspection-copies");
        copies.setMinWidth(60);
        Label copiesHint = new Label(Messages.get("inspections.copiesHint"));
        copiesHint.setWrapText(true);
        copiesHint.setMinWidth(0);
        HBox.setHgrow(copiesHint, Priority.ALWAYS);
        HBox copiesRow = new HBox(8, copies, copiesHint);
        copiesRow.setAlignment(Pos.CENTER_LEFT);
        f.add("inspection.field.copies", copiesRow, "inspection-copies-row", errors.property("copies"));
        f.add("inspection.field.leader", new VBox(4, leader, Ui.warning("inspection-leader-warning",
                vm.leaderWarning)), "inspection-leader-row", errors.property("leader"));
        f.addFull(RecordScreen.emptyChoice(vm.staff, "choice.noStaff", "choice.goStaff", "inspection-leader-none",
                openDirectory));

        ListView<Inspection.Member> members = new ListView<>(vm.members);
        members.setId("inspection-members");
        members.setPrefHeight(130);
        TextCells.show(members, m -> m.fullName() + (m.body() == null ? "" : " — " + m.body()));
        members.setPlaceholder(new Label(Messages.get("inspections.members.empty")));
        ComboBox<Staff> who = Ui.combo(List.of(), s -> s.fullName() + " – " + s.unitName());
        who.setItems(vm.staff);
        who.setId("inspection-member-staff");
        who.setPromptText(Messages.get("inspections.members.staffPrompt"));
        Button addMember = Ui.button("inspections.members.add", "inspection-member-add", () -> {
            vm.addMember(who.getValue());
            who.setValue(null);
        });
        addMember.disableProperty().bind(who.valueProperty().isNull());
        TextField guest = new TextField();
        guest.setId("inspection-member-guest");
        guest.setPromptText(Messages.get("inspections.members.guestName"));
        TextField guestBody = new TextField();
        guestBody.setPromptText(Messages.get("inspections.members.guestBody"));
        Button addGuest = Ui.button("inspections.members.addGuest", "inspection-member-add-guest", () -> {
            vm.addGuestMember(guest.getText(), guestBody.getText());
            guest.clear();
            guestBody.clear();
        });
        addGuest.disableProperty().bind(guest.textProperty().isEmpty());
        Button remove = Ui.button("common.delete", "inspection-member-remove",
                () -> vm.members.remove(members.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        return Ui.scroll(new VBox(8, f, Ui.title("inspection.field.members"), members,
                FormGrid.errorLabel(errors.property("members"), "inspection-members-error"),
                Ui.warning("inspection-members-warning", vm.membersWarning),
                Ui.buttons(who, addMember, remove), Ui.buttons(guest, guestBody, addGuest)));
    }

    private ScrollPane subjectsTab() {
        var errors = vm.form().errors();
        ListView<Unit> units = new ListView<>(vm.inspectedUnits);
        units.setId("inspection-units");
        units.setPrefHeight(110);
        TextCells.show(units, Unit::name);
        units.setPlaceholder(new Label(Messages.get("inspections.units.empty")));
        ComboBox<Unit> unit = Ui.combo(List.of(), Unit::name);
        unit.setItems(vm.units);
        unit.setId("inspection-unit-choice");
        unit.setPromptText(Messages.get("inspections.units.prompt"));
        Button addUnit = Ui.button("inspections.units.add", "inspection-unit-add", () -> {
            vm.addUnit(unit.getValue());
            unit.setValue(null);
        });
        addUnit.disableProperty().bind(unit.valueProperty().isNull());
        Button removeUnit = Ui.button("common.delete", "inspection-unit-remove",
                () -> vm.inspectedUnits.remove(units.getSelectionModel().getSelectedItem()));
        removeUnit.disableProperty().bind(units.getSelectionModel().selectedItemProperty().isNull());

        ListView<Inspection.Person> persons = new ListView<>(vm.inspectedPersons);
        persons.setId("inspection-persons");
        persons.setPrefHeight(110);
        TextCells.show(persons, p -> p.fullName() + (p.unitName() == null ? "" : " — " + p.unitName()));
        persons.setPlaceholder(new Label(Messages.get("inspections.persons.empty")));
        ComboBox<Staff> person = Ui.combo(List.of(), s -> s.fullName() + " – " + s.unitName());
        person.setItems(vm.staff);
        person.setId("inspection-person-choice");
        person.setPromptText(Messages.get("inspections.persons.prompt"));
        Button addPerson = Ui.button("inspections.persons.add", "inspection-person-add", () -> {
            vm.addPerson(person.getValue());
            person.setValue(null);
        });
        addPerson.disableProperty().bind(person.valueProperty().isNull());
        Button removePerson = Ui.button("common.delete", "inspection-person-remove",
                () -> vm.inspectedPersons.remove(persons.getSelectionModel().getSelectedItem()));
        removePerson.disableProperty().bind(persons.getSelectionModel().selectedItemProperty().isNull());

        TableView<InspectionsViewModel.CheckEntry> checks = new TableView<>(vm.checks);
        checks.setId("inspection-checks");
        checks.setEditable(true);
        TableColumn<InspectionsViewModel.CheckEntry, String> item = Ui.textColumn("inspection.item.field.name", 260,
                c -> c.itemName);
        TableColumn<InspectionsViewModel.CheckEntry, String> remark = new TableColumn<>(
                Messages.get("inspections.checks.remark"));
        remark.setCellValueFactory(cd -> cd.getValue().remark);
        remark.setPrefWidth(220);
        Ui.longText(remark); // a free remark, read whole in its editor
        checks.getColumns().setAll(List.of(item, remark));
        Ui.styleTable(checks);
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        checks.setPrefHeight(240);
        checks.setPlaceholder(new Label(Messages.get("inspections.checks.empty")));
        TextField remarkEditor = new TextField();
        remarkEditor.setId("inspection-check-remark");
        remarkEditor.setPromptText(Messages.get("inspections.checks.remarkPrompt"));
        Ui.editSelected(checks.getSelectionModel().selectedItemProperty(), c -> c.remark, remarkEditor.textProperty(),
                remarkEditor);
        ComboBox<InspectionItem> itemChoice = Ui.combo(List.of(), InspectionItem::name);
        itemChoice.setItems(vm.items);
        itemChoice.setId("inspection-check-choice");
        itemChoice.setPromptText(Messages.get("inspections.checks.prompt"));
        Button addCheck = Ui.button("inspections.checks.add", "inspection-check-add", () -> {
            vm.addCheck(itemChoice.getValue());
            itemChoice.setValue(null);
        });
        addCheck.disableProperty().bind(itemChoice.valueProperty().isNull());
        Button removeCheck = Ui.button("common.delete", "inspection-check-remove",
                () -> vm.checks.remove(checks.getSelectionModel().getSelectedItem()));
        removeCheck.disableProperty().bind(checks.getSelectionModel().selectedItemProperty().isNull());
        return Ui.scroll(new VBox(8, Ui.title("inspection.field.units"), units, Ui.buttons(unit, addUnit, removeUnit),
                Ui.title("inspection.field.persons"), persons, Ui.buttons(person, addPerson, removePerson),
                FormGrid.errorLabel(errors.property("subjects"), "inspection-subjects-error"),
                Ui.warning("inspection-subjects-warning", vm.subjectsWarning),
                Ui.title("inspection.field.checks"), Ui.hint("inspections.checks.hint"), checks, remarkEditor,
                FormGrid.errorLabel(errors.property("checks"), "inspection-checks-error"),
                Ui.buttons(itemChoice, addCheck, removeCheck)));
    }

    private ScrollPane violationsTab() {
        TableView<InspectionsViewModel.ViolationEntry> t = violationEditorTable;
        t.setItems(vm.violations);
        t.setId("violation-table");
        TableColumn<InspectionsViewModel.ViolationEntry, String> who = new TableColumn<>(
                Messages.get("inspections.column.who"));
        who.setCellValueFactory(cd -> Bindings.createStringBinding(() -> cd.getValue().who()
                + (cd.getValue().repeat ? " ⟲" : ""), cd.getValue().person, cd.getValue().unit));
        TableColumn<InspectionsViewModel.ViolationEntry, String> content = new TableColumn<>(
                Messages.get("inspections.column.content"));
        content.setCellValueFactory(cd -> cd.getValue().content);
        Ui.longText(Ui.wrapping(content));
        TableColumn<InspectionsViewModel.ViolationEntry, String> handling = new TableColumn<>(
                Messages.get("inspections.column.measure"));
        handling.setCellValueFactory(cd -> Bindings.createStringBinding(() -> {
            var e = cd.getValue();
            return e.decided.get() != null ? e.decided.get().label() : e.proposed.get() == null ? ""
                    : Messages.get("inspections.measure.proposed", e.proposed.get().label());
        }, cd.getValue().proposed, cd.getValue().decided));
        TableColumn<InspectionsViewModel.ViolationEntry, String> remedy = new TableColumn<>(
                Messages.get("inspections.column.remediation"));
        remedy.setCellValueFactory(cd -> Bindings.createStringBinding(() -> {
            var e = cd.getValue();
            if (e.deadline.get() == null) {
                return Messages.get("inspections.remediation.none");
            }
            if (e.remediatedOn.get() != null) {
                return Messages.get("inspections.remediation.verified", VnFormat.date(e.remediatedOn.get()));
            }
            return e.remediationState == null || e.remediationState.done()
                    ? Messages.get("inspections.remediation.by", VnFormat.date(e.deadline.get()))
                    : remediationText(e.remediationState, e.deadline.get());
        }, cd.getValue().deadline, cd.getValue().remediatedOn));
        who.setPrefWidth(150);
        content.setPrefWidth(190);
        handling.setPrefWidth(110);
        remedy.setPrefWidth(150);
        t.getColumns().setAll(List.of(who, content, handling, remedy));
        Ui.styleTable(t);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setPrefHeight(170);
        t.setPlaceholder(new Label(Messages.get("inspections.violations.none")));
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(InspectionsViewModel.ViolationEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(REPEAT, !empty && e != null && e.repeat);
            }
        });
        var selected = t.getSelectionModel().selectedItemProperty();

        ComboBox<Staff> person = Ui.combo(List.of(), s -> s.fullName() + " – " + s.unitName());
        person.setItems(vm.staff);
        person.setPromptText(Messages.get("inspections.violation.unitWide"));
        ComboBox<Unit> unit = Ui.combo(List.of(), Unit::name);
        unit.setItems(vm.units);
        ComboBox<InspectionItem> fromCatalogue = Ui.combo(List.of(), InspectionItem::name);
        fromCatalogue.setItems(vm.items);
        fromCatalogue.setPromptText(Messages.get("inspections.violation.fromCatalogue"));
        fromCatalogue.setId("violation-catalogue");
        TextField content2 = new TextField();
        TextArea description = new TextArea();
        description.setPrefRowCount(2);
        description.setWrapText(true);
        ComboBox<Severity> severity = Ui.enumCombo(Severity.class);
        TextArea explanation = new TextArea();
        explanation.setPrefRowCount(2);
        explanation.setWrapText(true);
        ComboBox<DisciplineMeasure> proposed = Ui.enumCombo(DisciplineMeasure.class);
        ComboBox<DisciplineMeasure> decided = Ui.enumCombo(DisciplineMeasure.class);
        TextField decisionNumber = new TextField();
        decisionNumber.setPromptText("12/QĐ-UBND");
        DatePicker decisionDate = Ui.datePicker();
        DatePicker deadline = Ui.datePicker();
        DatePicker remediated = Ui.datePicker();
        Ui.editSelected(selected, e -> e.person, person.valueProperty(), person);
        Ui.editSelected(selected, e -> e.unit, unit.valueProperty(), unit);
        Ui.editSelected(selected, e -> e.content, content2.textProperty(), content2);
        Ui.editSelected(selected, e -> e.description, description.textProperty(), description);
        Ui.editSelected(selected, e -> e.severity, severity.valueProperty(), severity);
        Ui.editSelected(selected, e -> e.explanation, explanation.textProperty(), explanation);
        Ui.editSelected(selected, e -> e.proposed, proposed.valueProperty(), proposed);
        Ui.editSelected(selected, e -> e.decided, decided.valueProperty(), decided);
        Ui.editSelected(selected, e -> e.decisionNumber, decisionNumber.textProperty(), decisionNumber);
        Ui.editSelected(selected, e -> e.decisionDate, decisionDate.valueProperty(), decisionDate);
        Ui.editSelected(selected, e -> e.deadline, deadline.valueProperty(), deadline);
        Ui.editSelected(selected, e -> e.remediatedOn, remediated.valueProperty(), remediated);
        fromCatalogue.disableProperty().bind(selected.isNull());
        person.valueProperty().addListener((o, a, s) -> {
            if (selected.get() != null && s != null && a != s) {
                vm.personChosen(selected.get(), s);
            }
        });
        fromCatalogue.valueProperty().addListener((o, a, item) -> {
            if (selected.get() != null && item != null) {
                vm.contentChosen(selected.get(), item);
                // Cleared after the click is handled: clearing inside the popup's own selection change throws
                // IndexOutOfBoundsException in the list's mouse handling.
                Platform.runLater(() -> fromCatalogue.setValue(null));
            }
        });
        // The measures offered are those the rules allow the person on the day; a chosen one the rules refuse
        // stays shown, with the reason under it.
        Label rule = new Label();
        rule.setId("violation-rule");
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.WARNING);
        // Said under the measure decided: a person the committee does not discipline itself (InspectionConflicts).
        Label authority = new Label();
        authority.setId("violation-authority");
        authority.setWrapText(true);
        authority.getStyleClass().add(Styles.WARNING);
        authority.managedProperty().bind(authority.textProperty().isNotEmpty());
        authority.visibleProperty().bind(authority.managedProperty());
        Label record = new Label();
        record.setId("violation-person-record");
        record.setWrapText(true);
        record.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable refresh = () -> {
            var e = selected.get();
            for (boolean isDecided : new boolean[] {false, true}) {
                ComboBox<DisciplineMeasure> c = isDecided ? decided : proposed;
                List<DisciplineMeasure> allowed = new ArrayList<>(e == null ? List.of()
                        : vm.allowed(e, isDecided));
                DisciplineMeasure current = c.getValue();
                if (current != null && !allowed.contains(current)) {
                    allowed.add(current);
                }
                allowed.add(0, null);
                if (!c.getItems().equals(allowed)) {
                    c.getItems().setAll(allowed);
                    c.setValue(current);
                }
            }
            rule.setText(vm.ruleWarning(e));
            authority.setText(vm.authorityWarning(e));
            record.setText(vm.personHistory(e));
        };
        for (var p : List.of(selected, person.valueProperty(), unit.valueProperty(), proposed.valueProperty(),
                decided.valueProperty(), decisionDate.valueProperty(), decisionNumber.textProperty())) {
            p.addListener((o, a, b) -> refresh.run());
        }
        Ui.listen(this, vm.startsOn, (o, a, b) -> refresh.run());
        rule.managedProperty().bind(rule.textProperty().isNotEmpty());
        FormGrid f = new FormGrid();
        f.add("inspections.violation.person", person, "violation-person", null);
        f.add("inspections.violation.unit", unit, "violation-unit", null);
        f.add("inspections.violation.content", new VBox(4, fromCatalogue, content2), "violation-content", null);
        f.add("inspections.violation.description", description, "violation-description", null);
        f.add("inspections.violation.severity", severity, "violation-severity", null);
        f.add("inspections.violation.explanation", explanation, "violation-explanation", null);
        f.add("inspections.violation.proposed", proposed, "violation-proposed", null);
        f.add("inspections.violation.decided", new VBox(4, decided, authority), "violation-decided-row", null);
        decided.setId("violation-decided");
        decided.setMinWidth(60); // as the grid lets a field of its own narrow: the warning's box would not
        f.add("inspections.violation.decision", Ui.bar(decisionNumber, decisionDate),
                "violation-decision", null);
        f.add("inspections.violation.deadline", deadline, "violation-deadline", null);
        f.add("inspections.violation.remediatedOn", remediated, "violation-remediated", null);
        content2.setId("violation-content-text");
        decisionNumber.setId("violation-decision-number");
        decisionDate.setId("violation-decision-date");
        Button add = Ui.button("inspections.violation.add", "violation-add", () -> {
            var e = vm.addViolation();
            t.getSelectionModel().select(e);
        });
        add.getStyleClass().add(Styles.ACCENT);
        Button remove = Ui.button("common.delete", "violation-remove",
                () -> vm.violations.remove(t.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(selected.isNull());
        Button history = Ui.button("audit.history", "violation-history", () -> {
            var e = selected.get();
            if (e != null && e.id != null) {
                HistoryDialog.show(getScene().getWindow(), vm.violationHistory(e.id));
            }
        });
        history.disableProperty().bind(selected.isNull());
        Button task = Ui.button("inspections.violation.openTask", "violation-open-task", () -> {
            var e = selected.get();
            Inspection i = vm.form().editingProperty().get();
            if (e != null && e.id != null && i != null) {
                i.violations().stream().filter(v -> e.id.equals(v.id()) && v.remediationTaskId() != null).findFirst()
                        .ifPresent(v -> openTask.accept(v.remediationTaskId(), v.unitId()));
            }
        });
        task.disableProperty().bind(selected.isNull());
        Ui.listenList(this, vm.violations, (ListChangeListener<InspectionsViewModel.ViolationEntry>) c -> {
            if (t.getSelectionModel().getSelectedItem() == null && !vm.violations.isEmpty()) {
                t.getSelectionModel().selectFirst();
            }
        });
        return Ui.scroll(new VBox(8, Ui.hint("inspections.violation.hint"), Ui.buttons(add, remove, history, task), t,
                FormGrid.errorLabel(vm.form().errors().property("violations"), "violation-error"), record, f, rule));
    }

    private ScrollPane conclusionTab() {
        var errors = vm.form().errors();
        TextArea findings = Ui.textArea(vm.findings, 6);
        findings.setPromptText(Messages.get("inspections.findingsPrompt"));
        TextArea conclusion = Ui.textArea(vm.conclusion, 6);
        conclusion.setPromptText(Messages.get("inspections.conclusionPrompt"));
        ComboBox<Signer> signer = Ui.combo(List.of(), s -> s.fullName() + " – " + s.title());
        signer.setItems(vm.signers);
        signer.setMinWidth(Region.USE_PREF_SIZE); // the signer's name and title whole
        signer.valueProperty().bindBidirectional(vm.noticeSigner);
        FormGrid f = new FormGrid();
        f.add("inspection.field.findings", findings, "inspection-findings", errors.property("findings"));
        f.add("inspection.field.conclusion", conclusion, "inspection-conclusion", errors.property("conclusion"));
        f.add("inspection.field.noticeSigner", signer, "inspection-signer", errors.property("noticeSigner"));

        VBox numbers = new VBox(4, Ui.title("inspections.numberTitle"), Ui.hint("inspections.numberHint"),
                numberRow(DocumentKind.BIEN_BAN, vm.recordNumberText, "recordNumber", "inspection-record-number"),
                numberRow(DocumentKind.THONG_BAO, vm.noticeNumberText, "noticeNumber", "inspection-notice-number"));
        numbers.visibleProperty().bind(vm.form().editingProperty().isNotNull());
        numbers.managedProperty().bind(numbers.visibleProperty());
        return Ui.scroll(new VBox(8, f, numbers));
    }

    private FormGrid numberRow(DocumentKind k, StringProperty text, String field, String id) {
        TextField number = Ui.textField(text, 80);
        number.setId(id);
        Button register = Ui.button("inspections.number", id + "-register", () -> vm.number(k));
        register.getStyleClass().add(Styles.SUCCESS);
        Label given = new Label();
        given.textProperty().bind(Bindings.createStringBinding(() -> {
            Inspection i = vm.form().editingProperty().get();
            String n = i == null ? null : k == DocumentKind.BIEN_BAN ? i.recordNumber() : i.noticeNumber();
            return n == null ? "" : Messages.get("inspections.numberGiven", n);
        }, vm.form().editingProperty()));
        var pending = Ui.bar(number, new Label(k.blankNumber(DocumentRegister.ISSUER_CODE)
                .substring(1)), register);
        pending.visibleProperty().bind(given.textProperty().isEmpty());
        pending.managedProperty().bind(pending.visibleProperty());
        FormGrid g = new FormGrid();
        g.add(k == DocumentKind.BIEN_BAN ? "inspection.field.recordNumber" : "inspection.field.noticeNumber",
                new VBox(4, pending, Ui.warning(id + "-warning", k == DocumentKind.BIEN_BAN ? vm.recordNumberWarning
                        : vm.noticeNumberWarning), given), id + "-row", vm.form().errors().property(field));
        return g;
    }

    /** For tests and screenshots: the tab pane of the inspection. */
    TabPane tabs() {
        return tabs;
    }
}
