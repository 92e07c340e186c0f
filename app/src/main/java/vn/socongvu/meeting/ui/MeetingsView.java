package vn.socongvu.meeting.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.directory.Staff;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.MeetingRules;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.PeriodChoice;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.Ui;

/**
 * Họp: meetings on the left (a list or a month calendar, with the period's counts), one meeting's file
 * on the right in four tabs: general facts, participants, content, conclusions.
 */
public final class MeetingsView extends SplitPane {
    private final MeetingsViewModel vm;
    private final TableView<MeetingRow> table = new TableView<>();
    private final TableSelection<MeetingRow> selection;
    private final TabPane tabs = new TabPane();
    private final BiConsumer<Long, Long> openTask;
    private final Runnable openDirectory;

    /** @param openTask shows a task (id, lead unit id) in Nhiệm vụ */
    public MeetingsView(MeetingsViewModel vm, BiConsumer<Long, Long> openTask) {
        this(vm, openTask, null);
    }

    /** @param openDirectory shows Danh mục, where people are added (null: the way is only said) */
    public MeetingsView(MeetingsViewModel vm, BiConsumer<Long, Long> openTask, Runnable openDirectory) {
        this.vm = vm;
        this.openTask = openTask;
        this.openDirectory = openDirectory;
        this.selection = new TableSelection<>(table, vm::edit).follow(vm.list());
        setId("meetings-view");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(RecordScreen.tab("meetings.tab.general", "meeting-tab-general", generalTab()),
                RecordScreen.tab("meetings.tab.participants", "meeting-tab-participants", participantsTab()),
                RecordScreen.tab("meetings.tab.content", "meeting-tab-content", contentTab()),
                RecordScreen.tab("meetings.tab.conclusions", "meeting-tab-conclusions", conclusionsTab()));
        getItems().addAll(listPane(), formPane());
        setDividerPositions(0.45);
        vm.screenOpened();
    }

    // ---- left: list, calendar, counts ----

    private BorderPane listPane() {
        var search = Ui.searchField("meetings.search.prompt", "meeting-search", vm.text);
        search.setPrefWidth(200);
        ComboBox<PeriodChoice> period = RecordScreen.filter(Ui.enumCombo(PeriodChoice.class), vm.period, null,
                "meeting-filter-period");
        ComboBox<MeetingKind> kind = RecordScreen.filter(Ui.enumCombo(MeetingKind.class), vm.kindFilter,
                "meetings.filter.allKinds", "meeting-filter-kind");
        ComboBox<MeetingFormat> format = RecordScreen.filter(Ui.enumCombo(MeetingFormat.class), vm.formatFilter,
                "meetings.filter.allFormats", "meeting-filter-format");
        ComboBox<Staff> chair = RecordScreen.filter(vm.staff, Staff::fullName, vm.chairFilter,
                "meetings.filter.allChairs", "meeting-filter-chair");
        Button clear = RecordScreen.clearFilter("meeting-filter-clear", vm::clearFilter);
        Button add = RecordScreen.add("meetings.new", "meeting-new", () -> {
            vm.newMeeting();
            tabs.getSelectionModel().select(0);
        });
        ToggleButton[] mode = Ui.modeToggle(vm.calendarMode, "meetings.mode.list", "meeting-mode-list",
                "meetings.mode.calendar", "meeting-mode-calendar");
        period.disableProperty().bind(vm.calendarMode);

        buildTable();
        MeetingCalendar calendar = new MeetingCalendar(vm.month, vm.calendarRows, r -> vm.open(r.id()));
        if (vm.papersOffered()) {
            Button printWeek = Ui.button("papers.ui.printWeek", "calendar-print-week",
                    () -> MeetingPaperDialog.show(getScene().getWindow(), vm.week()));
            calendar.addAction(printWeek);
        }
        calendar.visibleProperty().bind(vm.calendarMode);
        table.visibleProperty().bind(vm.calendarMode.not());
        RecordScreen.stretch(search, List.of(period, kind, format, chair));
        return RecordScreen.listPane(new StackPane(table, calendar), RecordScreen.message(vm.messageProperty()),
                Ui.bar(search, add), Ui.bar(period, kind, format), Ui.bar(chair, clear, mode[0], mode[1]),
                RecordScreen.busyAndCounts("meeting-loading", vm.list().loadingProperty(),
                        RecordScreen.counts("meeting-stats", vm.statsTextProperty())));
    }

    private void buildTable() {
        TableColumn<MeetingRow, String> when = Ui.textColumn("meetings.column.when", 140,
                r -> VnFormat.dateTime(r.startsAt()));
        when.setComparator(Comparator.comparing(s -> VnFormat.parseDate(s.substring(0, 10))));
        TableColumn<MeetingRow, String> title = Ui.longText(Ui.textColumn("meeting.field.title", 230, MeetingRow::title));
        TableColumn<MeetingRow, String> attendance = Ui.textColumn("meetings.column.attendance", 72,
                r -> r.invited() == 0 ? "" : r.present() + "/" + r.invited());
        TableColumn<MeetingRow, MeetingRow> file = new TableColumn<>(Messages.get("meetings.column.file"));
        file.setPrefWidth(150); // "Thiếu biên bản", "Quá thời lượng" whole
        file.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        file.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MeetingRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                if (r.incompleteFile()) {
                    setText(Messages.get("meetings.file.incomplete"));
                    getStyleClass().add(Styles.DANGER);
                } else if (r.tooLong()) {
                    setText(Messages.get("meetings.file.tooLong"));
                    getStyleClass().add(Styles.WARNING);
                } else {
                    setText(r.number() != null ? r.number() : r.hasMinutes() ? Messages.get("meetings.file.unnumbered")
                            : Messages.get("meetings.file.upcoming"));
                }
            }
        });
        file.setSortable(false);
        // Times, counts and the file's state are never cut: the title takes what is left.
        for (TableColumn<MeetingRow, ?> fixed : List.of(when, attendance, file)) {
            fixed.setMinWidth(fixed.getPrefWidth());
            fixed.setMaxWidth(fixed.getPrefWidth());
        }
        table.getColumns().setAll(List.of(when, title, attendance, file));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MeetingRow r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : new Tooltip(r.kind().label() + " — "
                        + r.format().label() + (r.chair() == null ? "" : "\n" + Messages.get("meeting.field.chair")
                        + ": " + r.chair()) + "\n" + r.title()));
            }
        });
        table.setItems(vm.list().rows());
        table.setId("meeting-table");
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RecordScreen.emptyList("meeting-empty", "meetings.emptyList", vm.nothingYetProperty(),
                vm::showEverything, RecordScreen.add("meetings.new", "meeting-empty-new", () -> {
                    vm.newMeeting();
                    tabs.getSelectionModel().select(0);
                })));
    }

    // ---- right: the meeting's file ----

    private BorderPane formPane() {
        Button save = Ui.primary("common.save", "meeting-save", vm::save);
        Button preview = Ui.button("meetings.preview", "meeting-preview", this::preview);
        Button delete = RecordScreen.delete("meeting-delete", vm::delete, vm.form());
        Button history = Ui.button("audit.history", "meeting-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.form().editingProperty().isNull());
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Meeting m = vm.form().editingProperty().get();
            if (m == null) {
                return Messages.get("meetings.form.new");
            }
            String file = m.number() != null ? Messages.get("meetings.form.number", m.number())
                    : Messages.get("meetings.form.unnumbered");
            if (MeetingRules.incompleteFile(m.endsAt(),
                    MeetingRules.hasMinutes(m.agenda()), vm.now())) {
                file = Messages.get("meetings.form.incomplete");
            }
            return Messages.get("meetings.form.edit", VnFormat.dateTime(m.startsAt()), file);
        }, vm.form().editingProperty()));
        Label other = FormGrid.otherErrors(vm.form().errors(), "meeting-errors", "participants", "agenda",
                "conclusions", "id");
        Button invitation = Ui.button("papers.ui.invitation", "meeting-invitation",
                () -> paper(MeetingPaperViewModel.Target.INVITATION));
        Button notice = Ui.button("papers.ui.conclusions", "meeting-conclusion-notice",
                () -> paper(MeetingPaperViewModel.Target.CONCLUSIONS));
        for (Button b : List.of(invitation, notice)) {
            b.setVisible(vm.papersOffered());
            b.setManaged(vm.papersOffered());
        }
        return RecordScreen.formPane(tabs, heading, vm.form(), "meeting-status", other,
                Ui.buttons(save, preview, invitation, notice, delete, history));
    }

    /** The minutes are printed from the saved file: save first, then show the preview. */
    private void preview() {
        if (vm.save() != null) {
            DocumentPreview.show(getScene().getWindow(), vm.minutes(), vm.fileName());
        }
    }

    /** The meeting's invitation or notice of conclusions, from the saved file (saved first). */
    private void paper(MeetingPaperViewModel.Target target) {
        MeetingPaperViewModel p = vm.paper(target);
        if (p != null) {
            MeetingPaperDialog.show(getScene().getWindow(), p);
        }
    }

    private ScrollPane generalTab() {
        var errors = vm.form().errors();
        ComboBox<MeetingKind> kind = Ui.enumCombo(MeetingKind.class);
        kind.valueProperty().bindBidirectional(vm.kind);
        ComboBox<MeetingFormat> format = Ui.enumCombo(MeetingFormat.class);
        format.valueProperty().bindBidirectional(vm.format);
        CheckBox paperless = new CheckBox(Messages.get("meetings.paperless"));
        paperless.selectedProperty().bindBidirectional(vm.paperless);
        paperless.setId("meeting-paperless");
        TextArea title = Ui.textArea(vm.title, 2);
        Label duration = new Label();
        duration.setId("meeting-duration");
        duration.setWrapText(true);
        duration.textProperty().bind(vm.durationText());
        Ui.listen(this, vm.durationWarning(), (o, a, warn) -> style(duration, warn));
        style(duration, vm.durationWarning().get());
        TextField place = new TextField();
        place.textProperty().bindBidirectional(vm.place);
        TextField link = new TextField();
        link.textProperty().bindBidirectional(vm.link);
        link.setPromptText("https://…");
        ComboBox<Staff> chair = Ui.combo(List.of(), s -> s.fullName() + " – " + s.jobTitle());
        chair.setItems(vm.staff);
        chair.valueProperty().bindBidirectional(vm.chair);
        ComboBox<Staff> secretary = Ui.combo(List.of(), s -> s.fullName() + " – " + s.jobTitle());
        secretary.setItems(vm.staff);
        secretary.valueProperty().bindBidirectional(vm.secretary);
        FormGrid f = new FormGrid();
        f.add("meeting.field.kind", kind, "meeting-kind", errors.property("kind"));
        f.add("meeting.field.format", Ui.bar(format, paperless), "meeting-format", errors.property("format"));
        f.add("meeting.field.title", title, "meeting-title", errors.property("title"));
        f.add("meeting.field.startsAt", when(vm.startDate, vm.startTime, "meeting-start", "08:00"), "meeting-start",
                errors.property("startsAt"));
        f.add("meeting.field.endsAt", new VBox(4, when(vm.endDate, vm.endTime, "meeting-end", "11:30"), duration),
                "meeting-end", errors.property("endsAt"));
        f.add("meeting.field.place", place, "meeting-place", errors.property("place"));
        f.add("meeting.field.link", link, "meeting-link", errors.property("link"));
        f.add("meeting.field.chair", chair, "meeting-chair", errors.property("chair"));
        f.addFull(RecordScreen.emptyChoice(vm.staff, "choice.noStaff", "choice.goStaff", "meeting-chair-none",
                openDirectory));
        f.add("meeting.field.secretary", secretary, "meeting-secretary", errors.property("secretary"));

        TextField number = Ui.textField(vm.numberText, 80);
        number.setId("meeting-number");
        Button register = Ui.button("meetings.number", "meeting-register", vm::number);
        register.getStyleClass().add(Styles.SUCCESS);
        FormGrid nf = new FormGrid();
        nf.add("meetings.numberLabel", new VBox(4, Ui.bar(number, new Label(Messages.get("meetings.numberSymbol")),
                register), Ui.warning("meeting-number-warning", vm.numberWarning)), "meeting-number-row",
                errors.property("number"));
        Label hint = Ui.hint("meetings.numberHint");
        VBox numberBox = new VBox(4, Ui.title("meetings.numberTitle"), hint, nf);
        numberBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.form().editingProperty().get() != null
                && vm.form().editingProperty().get().number() == null, vm.form().editingProperty()));
        numberBox.managedProperty().bind(numberBox.visibleProperty());
        return Ui.scroll(new VBox(8, f, numberBox));
    }

    /** A day and an hour ("8:00"), with the node ids {@code id + "-date"} and {@code id + "-time"}. */
    private static HBox when(ObjectProperty<LocalDate> day, StringProperty hour, String id, String prompt) {
        DatePicker date = Ui.datePicker();
        date.valueProperty().bindBidirectional(day);
        date.setId(id + "-date");
        TextField time = Ui.textField(hour, 80);
        time.setId(id + "-time");
        time.setPromptText(prompt);
        return Ui.bar(date, time);
    }

    private static void style(Label l, boolean warn) {
        l.getStyleClass().removeAll(Styles.WARNING, Styles.TEXT_MUTED);
        l.getStyleClass().add(warn ? Styles.WARNING : Styles.TEXT_MUTED);
    }

    private ScrollPane participantsTab() {
        var errors = vm.form().errors();
        Label summary = new Label();
        summary.setId("participant-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.attendanceText());
        TableView<MeetingsViewModel.ParticipantItem> people = new TableView<>(vm.participants);
        people.setId("participant-table");
        TableColumn<MeetingsViewModel.ParticipantItem, String> name = Ui.textColumn("staff.field.fullName", 160,
                p -> p.fullName);
        TableColumn<MeetingsViewModel.ParticipantItem, String> body = Ui.textColumn("meetings.column.body", 200,
                p -> p.body == null ? "" : p.body);
        TableColumn<MeetingsViewModel.ParticipantItem, String> att = new TableColumn<>(
                Messages.get("meetings.column.attendance"));
        att.setCellValueFactory(cd -> Bindings.createStringBinding(() -> cd.getValue().attendance.get().label()
                + (cd.getValue().reason.get().isBlank() || cd.getValue().attendance.get() != Attendance.ABSENT ? ""
                : ": " + cd.getValue().reason.get()), cd.getValue().attendance, cd.getValue().reason));
        att.setPrefWidth(180);
        people.getColumns().setAll(List.of(name, body, att));
        Ui.styleTable(people);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        people.setPrefHeight(260);
        people.setPlaceholder(new Label(Messages.get("meetings.participants.empty")));

        ComboBox<Attendance> attendance = Ui.enumCombo(Attendance.class);
        attendance.setId("participant-attendance");
        TextField reason = new TextField();
        reason.setId("participant-reason");
        reason.setPromptText(Messages.get("meetings.participants.reasonPrompt"));
        var selected = people.getSelectionModel().selectedItemProperty();
        Ui.editSelected(selected, p -> p.attendance, attendance.valueProperty(), attendance);
        Ui.editSelected(selected, p -> p.reason, reason.textProperty(), reason);
        reason.disableProperty().unbind();
        reason.disableProperty().bind(selected.isNull().or(attendance.valueProperty().isNotEqualTo(Attendance.ABSENT)));
        Button remove = Ui.button("meetings.participants.remove", "participant-remove", () -> {
            var p = people.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.participants.remove(p);
            }
        });
        remove.disableProperty().bind(selected.isNull());
        FormGrid edit = new FormGrid();
        edit.add("meetings.column.attendance", Ui.bar(attendance, remove), "participant-attendance-row", null);
        edit.add("meetings.participants.reason", reason, "participant-reason", null);

        ComboBox<Staff> who = Ui.combo(List.of(), s -> s.fullName() + " – " + s.unitName());
        who.setItems(vm.staff);
        who.setId("participant-staff");
        who.setPromptText(Messages.get("meetings.participants.staffPrompt"));
        who.setPrefWidth(260);
        Button invite = Ui.button("meetings.participants.invite", "participant-invite", () -> {
            vm.invite(List.of(who.getValue()), Attendance.PRESENT);
            who.setValue(null);
        });
        invite.disableProperty().bind(who.valueProperty().isNull());
        Button leaders = Ui.button("meetings.participants.leaders", "participant-leaders", vm::inviteLeaders);
        TextField guest = new TextField();
        guest.setId("participant-guest-name");
        guest.setPromptText(Messages.get("meetings.participants.guestName"));
        TextField guestBody = new TextField();
        guestBody.setId("participant-guest-body");
        guestBody.setPromptText(Messages.get("meetings.participants.guestBody"));
        Button addGuest = Ui.button("meetings.participants.addGuest", "participant-add-guest", () -> {
            vm.inviteGuest(guest.getText(), guestBody.getText());
            guest.clear();
            guestBody.clear();
        });
        addGuest.disableProperty().bind(guest.textProperty().isEmpty());
        Label error = FormGrid.errorLabel(errors.property("participants"), "participant-error");
        return Ui.scroll(new VBox(8, summary, people, error, Ui.title("meetings.participants.selected"), edit,
                Ui.title("meetings.participants.add"), Ui.buttons(who, invite, leaders),
                Ui.buttons(guest, guestBody, addGuest)));
    }

    private ScrollPane contentTab() {
        ListView<MeetingsViewModel.AgendaEntry> items = new ListView<>(vm.agenda);
        items.setId("agenda-list");
        items.setPrefHeight(170);
        items.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingsViewModel.AgendaEntry a, boolean empty) {
                super.updateItem(a, empty);
                textProperty().unbind();
                if (empty || a == null) {
                    setText(null);
                } else {
                    // An item not yet named shows the prompt, never a name of its own making.
                    textProperty().bind(Bindings.createStringBinding(() -> (getIndex() + 1) + ". "
                            + (a.item.get().isBlank() ? Messages.get("meetings.agenda.unnamed") : a.item.get())
                            + (a.discussion.get().isBlank() ? "" : "  ✓"), a.item, a.discussion));
                }
            }
        });
        items.setPlaceholder(new Label(Messages.get("meetings.agenda.empty")));
        // Another meeting shown: its first item is ready to read or write.
        Ui.listenList(this, vm.agenda, (ListChangeListener<MeetingsViewModel.AgendaEntry>) c -> {
            if (items.getSelectionModel().getSelectedItem() == null && !vm.agenda.isEmpty()) {
                items.getSelectionModel().selectFirst();
            }
        });
        TextField item = new TextField();
        item.setId("agenda-item");
        item.setPromptText(Messages.get("meetings.agenda.itemPrompt"));
        TextArea discussion = new TextArea();
        discussion.setId("agenda-discussion");
        discussion.setWrapText(true);
        discussion.setPrefRowCount(12);
        discussion.setPromptText(Messages.get("meetings.agenda.discussionPrompt"));
        var selected = items.getSelectionModel().selectedItemProperty();
        Ui.editSelected(selected, a -> a.item, item.textProperty(), item);
        Ui.editSelected(selected, a -> a.discussion, discussion.textProperty(), discussion);
        Button add = Ui.button("meetings.agenda.add", "agenda-add", () -> {
            items.getSelectionModel().select(vm.addAgendaItem());
            item.requestFocus();
        });
        Button remove = Ui.button("common.delete", "agenda-remove",
                () -> vm.agenda.remove(items.getSelectionModel().getSelectedItem()));
        Button up = Ui.button("plans.task.up", "agenda-up", () -> Ui.moveSelected(items, -1));
        Button down = Ui.button("plans.task.down", "agenda-down", () -> Ui.moveSelected(items, 1));
        for (Button b : List.of(remove, up, down)) {
            b.disableProperty().bind(selected.isNull());
        }
        FormGrid f = new FormGrid();
        f.add("meetings.agenda.item", item, "agenda-item", null);
        f.add("meetings.agenda.discussion", discussion, "agenda-discussion", null);
        Label hint = Ui.hint("meetings.agenda.hint");
        return Ui.scroll(new VBox(8, hint, Ui.buttons(add, up, down, remove), items,
                FormGrid.errorLabel(vm.form().errors().property("agenda"), "agenda-error"), f));
    }

    private ScrollPane conclusionsTab() {
        TableView<MeetingsViewModel.ConclusionEntry> table = new TableView<>(vm.conclusions);
        table.setId("conclusion-table");
        TableColumn<MeetingsViewModel.ConclusionEntry, String> text = new TableColumn<>(
                Messages.get("meetings.conclusion.text"));
        text.setCellValueFactory(cd -> cd.getValue().text);
        text.setPrefWidth(280);
        Ui.longText(Ui.wrapping(text));
        TableColumn<MeetingsViewModel.ConclusionEntry, String> task = new TableColumn<>(
                Messages.get("meetings.conclusion.taskColumn"));
        task.setCellValueFactory(cd -> cd.getValue().status);
        task.setPrefWidth(260);
        Ui.wrapping(task);
        table.getColumns().setAll(List.of(text, task));
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(Messages.get("meetings.conclusion.empty")));
        TextArea editor = new TextArea();
        editor.setId("conclusion-text");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        var selected = table.getSelectionModel().selectedItemProperty();
        Ui.editSelected(selected, c -> c.text, editor.textProperty(), editor);
        Button add = Ui.button("meetings.conclusion.add", "conclusion-add", () -> {
            table.getSelectionModel().select(vm.addConclusion());
            editor.requestFocus();
        });
        Button remove = Ui.button("common.delete", "conclusion-remove",
                () -> vm.conclusions.remove(table.getSelectionModel().getSelectedItem()));
        Button assign = Ui.button("meetings.conclusion.assign", "conclusion-assign", () -> {
            var c = table.getSelectionModel().getSelectedItem();
            ConclusionDialogs.assign(getScene().getWindow(), vm, c).ifPresent(t -> vm.assign(c, t));
        });
        assign.getStyleClass().add(Styles.ACCENT);
        Button link = Ui.button("meetings.conclusion.link", "conclusion-link", () -> {
            var c = table.getSelectionModel().getSelectedItem();
            ConclusionDialogs.link(getScene().getWindow(), vm, c).ifPresent(r -> vm.link(c, r));
        });
        Button unlink = Ui.button("meetings.conclusion.unlink", "conclusion-unlink",
                () -> vm.unlink(table.getSelectionModel().getSelectedItem()));
        Button open = Ui.button("meetings.conclusion.open", "conclusion-open", () -> {
            var c = table.getSelectionModel().getSelectedItem();
            if (c != null && c.taskId.get() != null && c.leadUnitId != null) {
                openTask.accept(c.taskId.get(), c.leadUnitId);
            }
        });
        for (Button b : List.of(remove, assign, link)) {
            b.disableProperty().bind(selected.isNull());
        }
        unlink.disableProperty().bind(selected.isNull());
        open.disableProperty().bind(selected.isNull());
        Label hint = Ui.hint("meetings.conclusion.hint");
        VBox box = new VBox(8, hint, Ui.buttons(add, remove), table,
                FormGrid.errorLabel(vm.form().errors().property("conclusions"), "conclusion-error"), editor,
                Ui.buttons(assign, link, unlink, open));
        VBox.setVgrow(table, Priority.ALWAYS);
        return Ui.scroll(box);
    }

    /** For tests and screenshots: the tab pane of the meeting's file. */
    TabPane tabs() {
        return tabs;
    }
}
