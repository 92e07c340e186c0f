package vn.socongvu.ui.shell;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.ui.kit.FxDialogService;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.Ui;

/**
 * The window's content: "opening…", then the setup or the main view, or a clear error. It owns the window's one
 * {@link FxDialogService} and one {@link FxTaskRunner} (their dialogs belong to the window it is in), which the
 * screens are given.
 */
public final class AppRoot extends StackPane {
    private final FxDialogService dialogs = new FxDialogService(this::window);
    private final FxTaskRunner runner = new FxTaskRunner(this::window);
    private MainView main;
    private DataReplacer replacer;

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

    /** "Opening the data…" with a spinner, for the window or a section while the data is being opened. */
    static Node openingMessage() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(Messages.get("startup.opening"));
        VBox box = new VBox(12, spinner, text);
        box.setId("opening-data");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /**
     * The main window at once, before its data is open: the clerk sees the navigation and the header while
     * the database opens; {@link #showFor} then gives it the data (or replaces it by the setup or an error).
     */
    public MainView showShell(Path dataFolder) {
        main = new MainView(MainViewModel.opening(dataFolder), dialogs, runner);
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
            } else {
                showMain(services);
            }
        } else {
            getChildren().setAll(new SetupView(new SetupViewModel(services.settings(), services.demo(), dialogs, runner,
                    () -> showMain(services))));
        }
    }

    /** Lets the main window offer "restore from a backup" (the application owns the open data). */
    public void allowRestore(DataReplacer r) {
        this.replacer = r;
    }

    public MainView showMain(Services services) {
        main = new MainView(new MainViewModel(services, replacer), dialogs, runner);
        getChildren().setAll(main);
        return main;
    }

    /** The window's dialogs. */
    public FxDialogService dialogs() {
        return dialogs;
    }

    public MainView main() {
        return main;
    }

    /** A Vietnamese message that says what happened and what to do; the data was not touched. */
    public void showError(String message, Runnable onClose) {
        Label title = new Label(Messages.get("startup.error.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        Label text = new Label(message);
        text.setId("startup-error");
        text.setWrapText(true);
        text.setMaxWidth(640);
        Button close = Ui.primary("common.close", "startup-close", onClose);
        VBox box = new VBox(16, title, text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(48));
        box.setMaxWidth(720);
        getChildren().setAll(box);
    }
}
