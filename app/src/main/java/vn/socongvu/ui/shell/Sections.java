package vn.socongvu.ui.shell;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;

import vn.socongvu.account.ui.AccountsViewModel;
import vn.socongvu.app.Services;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.ui.DirectoryModels;
import vn.socongvu.directory.ui.DirectoryView;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.evaluation.ui.EvaluationModels;
import vn.socongvu.evaluation.ui.EvaluationView;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.ui.InspectionsView;
import vn.socongvu.inspection.ui.InspectionsViewModel;
import vn.socongvu.meeting.ui.MeetingsView;
import vn.socongvu.meeting.ui.MeetingsViewModel;
import vn.socongvu.overview.ui.OverviewView;
import vn.socongvu.overview.ui.OverviewViewModel;
import vn.socongvu.plan.ui.PlansView;
import vn.socongvu.plan.ui.PlansViewModel;
import vn.socongvu.registerbook.ui.RegisterBookView;
import vn.socongvu.registerbook.ui.RegisterBookViewModel;
import vn.socongvu.report.ui.ReportsView;
import vn.socongvu.report.ui.ReportsViewModel;
import vn.socongvu.search.SearchKind;
import vn.socongvu.settings.ui.BackupViewModel;
import vn.socongvu.settings.ui.SettingsModels;
import vn.socongvu.settings.ui.SettingsView;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.ui.TaskExports;
import vn.socongvu.task.ui.TasksView;
import vn.socongvu.task.ui.TasksViewModel;
import vn.socongvu.trash.ui.TrashView;
import vn.socongvu.trash.ui.TrashViewModel;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * The window's sections, registered once each: a section's slug (its node id "nav-…" and its screenshot's name),
 * its label, how its model is made from the window's {@link SectionContext} and how its screen is built on the
 * model. Adding a section is one entry here: its constant, and its place in {@link #ALL}, the navigation's order.
 */
public final class Sections {
    public static final Section<OverviewViewModel> OVERVIEW = Section.of("overview", "nav.overview",
            c -> overviewModel(c.services(), c.runner()),
            (vm, c) -> new OverviewView(vm, row -> c.show(Sections.TASKS).showTask(row),
                    () -> c.show(Sections.MEETINGS), () -> c.show(Sections.REPORTS)));
    public static final Section<PlansViewModel> PLANS = Section.of("plans", "nav.plans",
            c -> new PlansViewModel(c.services().plans(), c.services().tasks(), c.services().directory(),
                    c.services().meetings(), c.services().settings(), c.services().planImporter(), c.dialogs(),
                    c.runner()),
            (vm, c) -> new PlansView(vm))
            .opens(SearchKind.PLAN, (vm, c, id) -> vm.open(id));
    public static final Section<TasksViewModel> TASKS = Section.of("tasks", "nav.tasks",
            c -> {
                TasksViewModel vm = tasksModel(c.services(), c.dialogs(), c.runner());
                vm.creates(() -> c.services().accounts().current().editsEverything());
                return vm;
            },
            (vm, c) -> new TasksView(vm, meeting -> c.show(Sections.MEETINGS).open(meeting),
                    () -> c.show(Sections.DIRECTORY)))
            .opens(SearchKind.TASK, (vm, c, id) -> vm.showTask(id, c.services().tasks().task(id).leadUnitId()));
    public static final Section<MeetingsViewModel> MEETINGS = Section.of("meetings", "nav.meetings",
            c -> {
                MeetingsViewModel vm = new MeetingsViewModel(c.services().meetings(), c.services().directory(),
                        c.services().tasks(), c.services().meetingPapers(), c.dialogs(), c.runner());
                vm.editable(() -> c.services().accounts().current().editsEverything());
                return vm;
            },
            (vm, c) -> new MeetingsView(vm, (task, unit) -> c.show(Sections.TASKS).showTask(task, unit),
                    () -> c.show(Sections.DIRECTORY)))
            .opens(SearchKind.MEETING, (vm, c, id) -> vm.open(id));
    public static final Section<InspectionsViewModel> INSPECTIONS = Section.of("inspections", "nav.inspections",
            c -> new InspectionsViewModel(c.services().inspections(), c.services().directory(),
                    c.services().settings(), c.dialogs(), c.runner()),
            (vm, c) -> new InspectionsView(vm, (task, unit) -> c.show(Sections.TASKS).showTask(task, unit),
                    () -> c.show(Sections.DIRECTORY)))
            .opens(SearchKind.INSPECTION, (vm, c, id) -> vm.open(id))
            .opens(SearchKind.VIOLATION, (vm, c, id) -> vm.open(id))
            .shows(ReadArea.INSPECTIONS);
    public static final Section<ReportsViewModel> REPORTS = Section.of("reports", "nav.reports",
            c -> new ReportsViewModel(c.services().reports(), c.services().settings(), c.dialogs(), c.runner()),
            (vm, c) -> new ReportsView(vm))
            .shows(ReadArea.REPORTS);
    /** Đánh giá, xếp loại: a product opens its task in Nhiệm vụ. */
    public static final Section<EvaluationModels> EVALUATION = Section.of("evaluation", "nav.evaluation",
            c -> EvaluationModels.of(c.services().evaluation(), c.services().directory(), c.services().settings(),
                    c.dialogs(), c.runner()),
            (models, c) -> new EvaluationView(models, (task, occurrence) -> openOccurrence(c, task, occurrence)))
            .shows(ReadArea.EVALUATION);
    public static final Section<DirectoryModels> DIRECTORY = Section.of("directory", "nav.directory",
            c -> DirectoryModels.of(c.services().directory(), c.services().directoryImport(), c.services().inspections(),
                    c.dialogs(), c.runner()),
            (models, c) -> new DirectoryView(models))
            .opens(SearchKind.STAFF, (models, c, id) -> models.staff().open(id))
            .opens(SearchKind.UNIT, (models, c, id) -> models.units().open(id))
            .shows(ReadArea.DIRECTORY);
    public static final Section<TrashViewModel> TRASH = Section.of("trash", "nav.trash",
            c -> new TrashViewModel(c.services().trash(), c.dialogs()),
            (vm, c) -> new TrashView(vm))
            .shows(ReadArea.TRASH);
    public static final Section<SettingsModels> SETTINGS = Section.of("settings", "nav.settings",
            c -> SettingsModels.of(c.services().settings(), c.dialogs(), backup(c), new AccountsViewModel(
                    c.services().accounts(), c.services().directory(), c.dialogs()), c::identityChanged),
            (models, c) -> settingsView(models, c))
            .shows(ReadArea.SETTINGS);
    /** The node id of Cài đặt → Máy chủ dữ liệu ("Dữ liệu ▾" opens it). */
    static final String SERVER_TAB = "tab-server";
    /** In the navigation's order. */
    public static final List<Section<?>> ALL = List.of(OVERVIEW, PLANS, TASKS, MEETINGS, INSPECTIONS, REPORTS,
            EVALUATION, DIRECTORY, TRASH, SETTINGS);

    private Sections() {
    }

    /** Cài đặt, with the window's "Thư mục dữ liệu" tab where the window can switch data folders. */
    static SettingsView settingsView(SettingsModels models, SectionContext c) {
        SettingsView v = new SettingsView(models, () -> new SampleDocuments(c.services().settings(),
                c.services().directory(), LocalDate.now()).plan());
        RegisterBookViewModel book = new RegisterBookViewModel(c.services().registerBook(), c.services().settings(),
                c.dialogs(), c.runner(), c.services().tasks().today());
        Tab register = new Tab(Messages.get("registerBook.ui.tab"), new RegisterBookView(book));
        register.setId("tab-register-book");
        register.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                book.open(); // the register as it is now, each time the tab is shown
            }
        });
        v.getTabs().add(register);
        if (c.dataFolders() != null) {
            ScrollPane pane = new ScrollPane(DataMenu.settingsPane(c.dataFolders()));
            pane.setFitToWidth(true);
            Tab data = new Tab(Messages.get("datafolder.settings.tab"), pane);
            data.setId("tab-data-folder");
            v.getTabs().add(data);
            v.getTabs().add(serverTab(c));
        }
        return v;
    }

    /**
     * Cài đặt → Máy chủ dữ liệu: the server the office shares; the window moved onto it (this PC's records offered to
     * an empty server first), or back to this PC's own data.
     */
    static Tab serverTab(SectionContext c) {
        DataFoldersViewModel folders = c.dataFolders();
        boolean onServer = c.services().db().server().isPresent();
        ServerViewModel vm = new ServerViewModel(folders.rememberedServer(), c.services(), Services::openServer,
                folders::useServer, onServer ? folders::backToThisPc : null, c.dialogs(), c.runner());
        ScrollPane pane = new ScrollPane(new ServerView(vm));
        pane.setFitToWidth(true);
        Tab tab = new Tab(Messages.get("server.ui.tab"), pane);
        tab.setId(SERVER_TAB);
        tab.setDisable(!c.services().accounts().current().editsEverything());
        return tab;
    }

    /** Shows Nhiệm vụ with a task's occurrence selected (its first occurrence if that one is not listed). */
    static void openOccurrence(SectionContext c, long taskId, long occurrenceId) {
        TaskService tasks = c.services().tasks();
        long unit = tasks.task(taskId).leadUnitId();
        TasksViewModel vm = c.show(Sections.TASKS);
        tasks.list(new TaskFilter(null, unit, null, null, null, null, null, null, tasks.today())).stream()
                .filter(r -> r.occurrenceId() == occurrenceId).findFirst()
                .ifPresentOrElse(vm::showTask, () -> vm.showTask(taskId, unit));
    }

    /** Tổng quan's model: a unit's account's figures are its unit's (the core reads no other task), and say so. */
    static OverviewViewModel overviewModel(Services s, TaskRunner runner) {
        OverviewViewModel vm = new OverviewViewModel(s.tasks(), s.settings(), s.meetings(), s.reports(), runner);
        Long unit = s.audit().reads().unitId();
        if (unit != null) {
            vm.onlyUnit(s.directory().unit(unit).map(Unit::name).orElse(s.accounts().current().fullName()));
        }
        return vm;
    }

    /** Nhiệm vụ's model: its services, the writers of its two exports, the saved filter. */
    static TasksViewModel tasksModel(Services s, DialogService dialogs, TaskRunner runner) {
        // a unit's account lists its unit's tasks: the core reads no other (TaskService, docs/accounts.md)
        return new TasksViewModel(s.tasks(), s.plans(), s.directory(), s.meetings(),
                TaskExports.of(s.settings(), s.tasks()), new Preferences(s.db().folder().dir()), dialogs, runner);
    }

    private static BackupViewModel backup(SectionContext c) {
        Services s = c.services();
        BackupViewModel vm = new BackupViewModel(s.settings(), s.backups(), s.exchange(), s.db().folder().dir(),
                c.dialogs(), c.runner(), c.replacer());
        return s.db().server().isPresent() ? vm.onServer(s.makesAutoBackups()) : vm;
    }
}
