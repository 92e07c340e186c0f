package vn.socongvu.shell;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.app.Services;
import vn.socongvu.directory.ui.DirectoryModels;
import vn.socongvu.directory.ui.DirectoryView;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.ui.InspectionsView;
import vn.socongvu.inspection.ui.InspectionsViewModel;
import vn.socongvu.meeting.ui.MeetingsView;
import vn.socongvu.meeting.ui.MeetingsViewModel;
import vn.socongvu.overview.ui.OverviewView;
import vn.socongvu.overview.ui.OverviewViewModel;
import vn.socongvu.plan.ui.PlansView;
import vn.socongvu.plan.ui.PlansViewModel;
import vn.socongvu.report.ui.ReportsView;
import vn.socongvu.report.ui.ReportsViewModel;
import vn.socongvu.settings.ui.SettingsModels;
import vn.socongvu.settings.ui.SettingsView;
import vn.socongvu.task.TaskExport;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.ui.TaskExports;
import vn.socongvu.task.ui.TasksView;
import vn.socongvu.task.ui.TasksViewModel;
import vn.socongvu.trash.ui.TrashView;
import vn.socongvu.trash.ui.TrashViewModel;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.TaskRunner;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.ViewState;

/**
 * The window shell: header, left navigation, and the current section. At start-up the shell is shown while
 * its data is still being opened; the section then says so until the data is open.
 * <p>
 * A section's models are made on its first visit and kept; its screen is built on each visit and let go when
 * the clerk goes to another section (a screen's nodes are most of the window's memory, a model's lists and
 * forms little). What the clerk arranged on a screen and its models do not hold (tabs, sorting, dividers) is
 * given to the next one.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final Map<Section, ViewState> arranged = new EnumMap<>(Section.class);
    private Section shownSection;
    private Node shownScreen;
    private TrashViewModel trash;
    private DirectoryModels directory;
    private SettingsModels settings;
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private OverviewViewModel overview; // built when the data is open
    private final ReadOnlyBooleanWrapper overviewShown = new ReadOnlyBooleanWrapper(false);
    private TasksViewModel tasks;   // built when first needed
    private PlansViewModel plans;   // built when first needed
    private MeetingsViewModel meetings; // built when first needed
    private InspectionsViewModel inspections; // built when first needed
    private ReportsViewModel reports; // built when first needed
    /** The window's dialogs and background work, handed to the sections' models. */
    private final DialogService dialogs = new FxDialogService(this::window);
    private final TaskRunner runner = new FxTaskRunner(this::window);

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("main-view");
        getStyleClass().add("main-view");
        setTop(header());
        setLeft(navigation());
        setCenter(content);
        vm.sectionProperty().addListener((obs, o, n) -> show(n));
        vm.openProperty().addListener((obs, was, open) -> {
            if (open) {
                show(vm.sectionProperty().get());
            }
        });
        show(vm.sectionProperty().get());
    }

    private Node header() {
        Label app = new Label(Messages.get("app.title"));
        app.getStyleClass().addAll(Styles.TITLE_4, Styles.ACCENT);
        Label commune = new Label();
        commune.setId("header-commune");
        commune.textProperty().bind(vm.communeTitleProperty());
        commune.getStyleClass().add(Styles.TEXT_BOLD);
        Label folder = new Label(Messages.get("main.dataFolder", vm.dataFolder()));
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox h = new HBox(16, app, commune, Ui.spacer(), folder);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(10, 16, 10, 16));
        h.getStyleClass().add("app-header");
        return h;
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.setId("nav");
        nav.getStyleClass().add("app-nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(190);
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId("nav-" + s.slug());
            b.setUserData(s);
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add(Styles.FLAT);
            b.setSelected(s == vm.sectionProperty().get());
            nav.getChildren().add(b);
        }
        navGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true); // one section is always selected
            } else {
                vm.sectionProperty().set((Section) n.getUserData());
            }
        });
        return nav;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public MainViewModel model() {
        return vm;
    }

    /** True once Tổng quan has shown its first figures. */
    public ReadOnlyBooleanProperty overviewShownProperty() {
        return overviewShown.getReadOnlyProperty();
    }

    private OverviewViewModel overview() {
        if (overview == null) {
            overview = new OverviewViewModel(vm.services());
            overviewShown.bind(overview.shownProperty());
        }
        return overview;
    }

    /** Shows a section, as a click in the navigation would. */
    public void showSection(Section s) {
        vm.sectionProperty().set(s);
    }

    private TrashViewModel trash() {
        if (trash == null) {
            trash = new TrashViewModel(vm.services().trash());
        }
        return trash;
    }

    private DirectoryModels directory() {
        if (directory == null) {
            directory = DirectoryModels.of(vm.services().directory(), vm.services().inspections(), runner);
        }
        return directory;
    }

    private SettingsModels settings() {
        if (settings == null) {
            settings = SettingsModels.of(vm.services(), vm::refreshIdentity);
        }
        return settings;
    }

    private TasksViewModel tasks() {
        if (tasks == null) {
            tasks = tasksModel(vm.services(), dialogs, runner);
        }
        return tasks;
    }

    /** Nhiệm vụ's model on {@code s}, its filter remembered in the data folder. */
    static TasksViewModel tasksModel(Services s, DialogService dialogs, TaskRunner runner) {
        return new TasksViewModel(s.tasks(), s.plans(), s.directory(), s.meetings(), new TaskExports(
                (rows, f, target, p) -> TaskExport.excel(s, rows, f, target, p),
                (rows, f, target, p) -> TaskExport.word(s, rows, f, target, p)),
                new Preferences(s.db().folder().dir()), dialogs, runner);
    }

    private PlansViewModel plans() {
        if (plans == null) {
            Services s = vm.services();
            plans = new PlansViewModel(s.plans(), s.tasks(), s.directory(), s.meetings(), s.settings(),
                    s.planImporter(), dialogs, runner);
        }
        return plans;
    }

    private InspectionsViewModel inspections() {
        if (inspections == null) {
            inspections = new InspectionsViewModel(vm.services().inspections(), vm.services().directory(),
                    vm.services().settings(), dialogs, runner);
        }
        return inspections;
    }

    private ReportsViewModel reports() {
        if (reports == null) {
            reports = new ReportsViewModel(vm.services());
        }
        return reports;
    }

    private MeetingsViewModel meetings() {
        if (meetings == null) {
            meetings = new MeetingsViewModel(vm.services().meetings(), vm.services().directory(),
                    vm.services().tasks(), dialogs, runner);
        }
        return meetings;
    }

    /** From a meeting's conclusion: the task in Nhiệm vụ. */
    private void openTask(long taskId, long leadUnitId) {
        showSection(Section.TASKS);
        tasks().showTask(taskId, leadUnitId);
    }

    /** From a task: the meeting it came from in Họp. */
    private void openMeeting(long meetingId) {
        showSection(Section.MEETINGS);
        meetings().open(meetingId);
    }

    /** From a reminder: the task's row in Nhiệm vụ. */
    private void openTask(TaskRow row) {
        showSection(Section.TASKS);
        tasks().showTask(row);
    }

    private void show(Section s) {
        navGroup.getToggles().stream().filter(t -> t.getUserData() == s).findFirst()
                .ifPresent(t -> t.setSelected(true));
        if (!vm.isOpen()) {
            content.getChildren().setAll(AppRoot.openingMessage());
            return;
        }
        if (s == shownSection) {
            return;
        }
        if (shownSection != null) {
            arranged.put(shownSection, ViewState.of(shownScreen)); // the screen itself is let go
        }
        Node screen = create(s);
        ViewState before = arranged.remove(s);
        if (before != null) {
            before.applyTo(screen);
        }
        shownSection = s;
        shownScreen = screen;
        content.getChildren().setAll(screen);
    }

    private Node create(Section s) {
        return switch (s) {
            case DIRECTORY -> new DirectoryView(directory());
            case OVERVIEW -> new OverviewView(overview(), this::openTask, () -> showSection(Section.MEETINGS),
                    () -> showSection(Section.REPORTS));
            case PLANS -> new PlansView(plans());
            case TASKS -> new TasksView(tasks(), this::openMeeting);
            case MEETINGS -> new MeetingsView(meetings(), this::openTask);
            case INSPECTIONS -> new InspectionsView(inspections(), this::openTask);
            case REPORTS -> new ReportsView(reports());
            case TRASH -> new TrashView(trash());
            case SETTINGS -> new SettingsView(settings(), vm.services(), vm.replacer());
        };
    }
}
