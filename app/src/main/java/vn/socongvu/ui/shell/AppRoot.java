package vn.socongvu.ui.shell;

import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;

import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ui.BackupViewModel;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.Ui;

/**
 * The window's content: "opening…", then the setup or the main view, or a clear error. It owns the window's one
 * {@link FxDialogService} and one {@link FxTaskRunner} (their dialogs belong to the window it is in), which the
 * screens are given.
 */
public final class AppRoot extends StackPane {
    /** How long the data may take to open before "opening…" shows a spinner. */
    static final Duration SPINNER_AFTER = Duration.millis(600);
    private static final double SPINNER_SIZE = 48;
    private final FxDialogService dialogs = new FxDialogService(this::window);
    private final FxTaskRunner runner = new FxTaskRunner(this::window);
    private MainView main;
    private DataReplacer replacer;
    private DataFoldersViewModel.Switcher switcher;
    private RecentDataFolders recent;
    private Path defaultFolder = DataFolder.defaultLocation();

    public AppRoot() {
        setId("app-root");
        showLoading();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public void showLoading() {
        getChildren().setAll(openingMessage());
    }

    /**
     * "Opening the data…", for the window or a section while the data is being opened; a spinner joins it in its
     * place above once the opening takes longer than {@link #SPINNER_AFTER}. The window's first frame does not wait
     * for a spinner (its skin and its animation are the costliest nodes of that frame), and a quick opening
     * does not flash one.
     */
    static Node openingMessage() {
        Region place = new Region();
        place.setMinSize(SPINNER_SIZE, SPINNER_SIZE);
        place.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
        Label text = new Label(Messages.get("startup.opening"));
        VBox box = new VBox(12, place, text);
        box.setId("opening-data");
        box.setAlignment(Pos.CENTER);
        PauseTransition later = new PauseTransition(SPINNER_AFTER);
        later.setOnFinished(e -> {
            if (box.getScene() != null) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setId("opening-spinner");
                spinner.setMinSize(SPINNER_SIZE, SPINNER_SIZE);
                spinner.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
                box.getChildren().set(0, spinner);
            }
        });
        later.play();
        return box;
    }

    /**
     * The main window at once, before its data is open: the clerk sees the navigation and the header while
     * the database opens; {@link #showFor} then gives it the data (or replaces it by the setup or an error).
     */
    public MainView showShell(Path dataFolder) {
        main = new MainView(MainViewModel.opening(dataFolder), dialogs, runner, null);
        getChildren().setAll(main);
        return main;
    }

    /**
     * Shows the setup on an empty database, else the main window: the shell shown while this data was being
     * opened, now given it, or a new one. Call on the FX thread.
     */
    public void showFor(Services services) {
        if (services.settings().isSetUp()) {
            if (main != null && !main.model().isOpen() && getChildren().contains(main)) {
                main.model().attach(services, replacer);
                main.useDataFolders(dataFolders(services));
            } else {
                showMain(services);
            }
        } else {
            SetupView setup = new SetupView(new SetupViewModel(services.settings(), services.demo(), dialogs, runner,
                    () -> showMain(services)), replacer == null ? null : backupModel(services));
            DataFoldersViewModel folders = dataFolders(services);
            if (folders == null) {
                getChildren().setAll(setup);
            } else {
                // the setup of a new folder can still go to another one (the data on a USB stick, a mistaken folder)
                BorderPane page = new BorderPane(setup);
                HBox bar = new HBox(16, Ui.spacer(), DataMenu.button(folders, null));
                bar.setAlignment(Pos.CENTER_RIGHT);
                bar.setPadding(new Insets(8, 16, 0, 16));
                page.setTop(bar);
                getChildren().setAll(page);
            }
        }
    }

    /** Lets the window open another data folder, start a new one or leave the demo. */
    public void allowSwitching(DataFoldersViewModel.Switcher s, RecentDataFolders recentFolders) {
        this.switcher = s;
        this.recent = recentFolders;
    }

    /** Where the real data goes by default when the demo is left (tests give a temporary folder). */
    void useDefaultFolder(Path folder) {
        this.defaultFolder = folder;
    }

    /** The data folders' actions on this data (null where the window cannot switch: tools, tests). */
    DataFoldersViewModel dataFolders(Services services) {
        if (switcher == null) {
            return null;
        }
        return new DataFoldersViewModel(switcher, recent, defaultFolder,
                services != null && services.settings().isDemo(), dialogs, runner);
    }

    /** Lets the main window offer "restore from a backup" (the application owns the open data). */
    public void allowRestore(DataReplacer r) {
        this.replacer = r;
    }

    public MainView showMain(Services services) {
        main = new MainView(new MainViewModel(services, replacer), dialogs, runner, dataFolders(services));
        getChildren().setAll(main);
        return main;
    }

    /**
     * Offers a file the app was opened with (a backup from the file manager) on the open data: check it or restore
     * it, through Cài đặt → Sao lưu's own model and the window's restore ({@link BackupViewModel#offerFile}).
     */
    public void offerBackupFile(Services services, Path file) {
        backupModel(services).offerFile(file);
    }

    /** Sao lưu's model over the open data, for use away from its screen (the setup, a file opened with the app). */
    BackupViewModel backupModel(Services services) {
        return new BackupViewModel(services.settings(), services.backups(), services.exchange(),
                services.db().folder().dir(), dialogs, runner, replacer).outsideBackupScreen();
    }

    /** The window's dialogs. */
    public FxDialogService dialogs() {
        return dialogs;
    }

    public MainView main() {
        return main;
    }

    /** The sign-in page of a server database, in place of the window's content. */
    public void showSignIn(SignInViewModel vm) {
        main = null;
        getChildren().setAll(new SignInView(vm));
    }

    /** The window's background work (the sign-in's opening). */
    public FxTaskRunner runner() {
        return runner;
    }

    /**
     * A Vietnamese message that says what happened and what to do; the data was not touched. Where the window can
     * switch, the clerk can open another data folder or start a new one from here.
     */
    public void showError(String message, Runnable onClose) {
        Label title = new Label(Messages.get("startup.error.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        Label text = new Label(message);
        text.setId("startup-error");
        text.setWrapText(true);
        text.setMaxWidth(640);
        Button close = Ui.button("common.close", "startup-close", onClose);
        DataFoldersViewModel folders = dataFolders(null);
        Node buttons = folders == null ? close : Ui.bar(
                Ui.primary("datafolder.menu.open", "startup-open-other", folders::openOther),
                Ui.button("datafolder.menu.new", "startup-new", folders::startNew), close);
        VBox box = new VBox(16, title, text, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(48));
        box.setMaxWidth(720);
        getChildren().setAll(box);
    }
}
