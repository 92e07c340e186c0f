package vn.socongvu.ui.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.socongvu.app.Services;
import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.launch.InstanceChannel;
import vn.socongvu.log.AppLog;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.ErrorDialog;
import vn.socongvu.ui.kit.FileOpener;
import vn.socongvu.ui.kit.FxTaskRunner;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.TextMenus;
import vn.socongvu.ui.kit.Theme;
import vn.socongvu.ui.kit.Windows;

/**
 * The desktop application. The window appears at once with its {@link FirstFrame} (no theme, no control yet), which
 * the theme's main view then replaces in place; the database is opened and migrated in the background (the kit's
 * pool: {@link FxTaskRunner#background()}) meanwhile, then the setup or the main view's section replaces the
 * "opening…" message.
 */
public final class SoCongVuApp extends Application {
    /**
     * With this system property set, the app prints the time (ms since the JVM started) to the window's first frame
     * ({@code first-frame-ms}), to the main view's first frame ({@code window-frame-ms}), to the window on its open
     * data ({@code data-frame-ms}) and to Tổng quan's figures ({@code figures-ms}), then exits.
     */
    public static final String STARTUP_PROBE = "socongvu.startupProbe";
    /** When the data is opened if the window's first frame has not been laid out by then (it is, in ~0.1–0.3 s). */
    private static final long OPENING_AT_LATEST_MS = 2000;
    /** The data folder being opened: begun once the window's first frame is laid out ({@link #beginOpening}). */
    private static CompletableFuture<Services> opening;
    /** Begins the opening of {@link #opening} (once; later calls do nothing). */
    private static Runnable beginOpening = () -> { };
    private static Path openingDir;
    /** Whether the folder held a database before its opening began (which makes one in a new folder). */
    private static boolean hadDatabase;
    /** The file the app was started with (a backup opened from the file manager), offered once the data is open. */
    private static Path startFile;
    /** Whether a window seemed to have the folder open but did not take the start's file. */
    private static boolean handOffFailed;
    /** The start-up cache's training run: no automatic backup ({@link #forCacheTraining}). */
    private static boolean cacheTraining;
    /** The server database to sign in to, when the window starts on one (else null). */
    private static ServerAddress server;
    /** Its password when known at start (the command line's SOCONGVU_DB_PASSWORD), else null: the page asks it. */
    private static char[] serverPassword;

    private OpenData open;
    private InstanceChannel channel;
    /** A file handed over (or started with) while the data was still being opened. */
    private Path pendingFile;
    private boolean dataSettled;

    /**
     * For the start-up cache's training run ({@code aot-cache --train}): the window then makes neither the daily nor
     * the exit backup. Every class in the cache is loaded before {@code main} at each start; a backup's ~900 classes
     * (Jackson's among them) would be loaded at every start for the first start of a day and the exit, where they
     * come from the jars instead, in the background and once the window is closed.
     */
    public static void forCacheTraining() {
        cacheTraining = true;
    }

    /**
     * Opens the window on a server database: the sign-in page first (the login of {@code address} filled in), then
     * the window on the data, or this PC's own data if the clerk chooses "Làm việc trên máy này". The database's
     * local folder on this PC ({@link Services#serverFolder}) holds the window's place, log and automatic backups.
     * @param password the password when known (the command line's {@code SOCONGVU_DB_PASSWORD}): signed in at once,
     *                 the page shown only if it is refused; null: the page asks it
     * @return true once the window is closed
     */
    public static boolean startServer(ServerAddress address, char[] password) {
        Thread texts = new Thread(Messages::bundle, "socongvu-texts");
        texts.setDaemon(true);
        texts.start();
        AppLog.openInBackground();
        server = Objects.requireNonNull(address);
        serverPassword = password;
        beginOpening = () -> { }; // the sign-in page opens the server's data
        openingDir = Services.serverFolder(address);
        try {
            Files.createDirectories(openingDir);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, "storage.error.folderNotWritable",
                    e, openingDir);
        }
        hadDatabase = false;
        Application.launch(SoCongVuApp.class);
        return true;
    }

    /**
     * Opens the window on {@code dir}, the folder the command line named; none named: the data folder the window
     * last used (while it still holds data), else the default one. When a window of this user already has that
     * folder open, it is handed the start instead (it comes to the front and offers {@code file}) and no second
     * window opens.
     * @param file a file to offer (a backup opened from the file manager), or null
     * @return false when the start was handed to the window already open (at once), true when this window was
     *         opened (once it is closed)
     */
    public static boolean start(Path dir, boolean named, Path file) {
        // The texts (a 150 KB bundle) are read while JavaFX starts: the first frame needs two of them.
        Thread texts = new Thread(Messages::bundle, "socongvu-texts");
        texts.setDaemon(true);
        texts.start();
        if (!named) {
            Optional<ServerAddress> remembered = RecentDataFolders.user().server();
            if (remembered.isPresent()) {
                return startServer(remembered.get(), null);
            }
        }
        Path folder = named ? dir : RecentDataFolders.user().startFolder(dir);
        InstanceChannel.HandOff handOff = InstanceChannel.handOff(instanceRegistry(), folder, file);
        if (handOff == InstanceChannel.HandOff.DELIVERED) {
            return false;
        }
        handOffFailed = handOff == InstanceChannel.HandOff.FAILED;
        startFile = file;
        AppLog.openInBackground(); // not on the thread that opens the data
        useDataDir(folder);
        Application.launch(SoCongVuApp.class);
        return true;
    }

    /**
     * Shows the window at once with its {@link FirstFrame} (its remembered size and place, the header band and
     * "Đang mở dữ liệu…"), then, once that frame is laid out, builds the theme and the window's content and puts
     * them in its place.
     */
    @Override
    public void start(Stage stage) {
        ErrorDialog.install(openingDir);
        FileOpener.use(getHostServices());
        // A folder that held a database is (nearly always) one set up before: the main window is shown at
        // once, and given its data when it is open. A new folder shows "opening…", then the setup (asked before
        // the opening began: on a new folder it makes the database file).
        boolean setUp = hadDatabase;
        // Maximised, or where the clerk left it in this folder; never larger than the screen less its taskbar.
        double[] size = Windows.sceneSize(null, 1366, 800);
        Scene scene = new Scene(FirstFrame.of(setUp), size[0], size[1]);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        Windows.placeMain(stage, new Preferences(openingDir), 1000, 640);
        afterNextLayout(scene, () -> {
            if (Boolean.getBoolean(STARTUP_PROBE)) {
                probeLine("first-frame-ms=" + sinceStart());
            }
            // The data is opened from now on, not while JavaFX starts: on a PC of two cores its reading and Logback's
            // start would take the cores the first frame needs (README, Performance).
            beginOpening.run();
            // after this pulse, while the frame is being painted
            Platform.runLater(() -> build(stage, setUp));
        });
        // Should that frame never be laid out, the data is opened all the same.
        CompletableFuture.delayedExecutor(OPENING_AT_LATEST_MS, TimeUnit.MILLISECONDS).execute(beginOpening);
        stage.show();
        probe("window-shown-ms");
    }

    /** The window's content in place of its first frame: the theme, the main view (or "opening…"), then the data. */
    private void build(Stage stage, boolean setUp) {
        Scene scene = stage.getScene();
        Theme.use();
        AppRoot root = new AppRoot();
        MainView shell = setUp ? root.showShell(openingDir) : null;
        Theme.apply(scene);
        TextMenus.install();
        scene.setRoot(root);
        if (shell != null && Boolean.getBoolean(STARTUP_PROBE)) {
            afterNextLayout(scene, () -> probeLine("window-frame-ms=" + sinceStart()));
        }
        pendingFile = startFile;
        startFile = null;
        showIcons(stage);
        if (server != null) {
            signIn(root, scene);
            return;
        }
        listenForLaterStarts(stage);
        whenOpened(root, scene);
    }

    /** The sign-in page of the server the window starts on; signed in, the window on its data. */
    private void signIn(AppRoot root, Scene scene) {
        ServerAddress address = server;
        SignInViewModel vm = new SignInViewModel(address, Services::openServer, root.runner(), opened -> {
            open = new OpenData(root, opened, RecentDataFolders.user());
            root.showFor(opened);
            AutoBackupNotice.showPending(root.dialogs(), opened.db().folder().dir());
            dailyBackup(opened, root);
            settled(root);
        }, () -> {
            // This PC's own data, as a start without a server would open it; the next start opens it too.
            RecentDataFolders recent = RecentDataFolders.user();
            Path local = recent.startFolder(DataFolder.defaultLocation());
            recent.used(local);
            useDataDir(local);
            root.showLoading();
            whenOpened(root, scene);
        });
        root.showSignIn(vm);
        char[] pw = serverPassword;
        serverPassword = null;
        if (pw != null) {
            vm.signIn(address.user(), pw);
        }
    }

    /** Once the data folder being opened is open (or could not be): the window on it, or the error. */
    private void whenOpened(AppRoot root, Scene scene) {
        opening.whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error == null) {
                open = new OpenData(root, opened, RecentDataFolders.user());
                open.onFolderChanged(this::serveFolder);
                root.showFor(opened);
                AutoBackupNotice.showPending(root.dialogs(), openingDir);
                dailyBackup(opened, root);
                settled(root);
                if (Boolean.getBoolean(STARTUP_PROBE)) {
                    reportFrames(scene, root.main());
                }
                return;
            }
            Throwable t = error instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : error;
            String message;
            if (t instanceof UserException ue) {
                log().info("The data folder was not opened: {} ({})", ue.getClass().getSimpleName(), ue.category(),
                        ue.getCause());
                message = ue.userMessage();
            } else {
                Path log = Files.isDirectory(openingDir) ? AppLog.useFolder(openingDir).orElse(null) : null;
                log().error("The data folder could not be opened", t);
                message = Messages.get("startup.error.unexpected", t.getClass().getSimpleName(),
                        log == null ? "" : log);
            }
            open = new OpenData(root, null, RecentDataFolders.user()); // another folder can be opened from here
            open.onFolderChanged(this::serveFolder);
            root.showError(message, Platform::exit);
            if (pendingFile != null && handOffFailed && t instanceof StorageException se
                    && se.reason() == StorageException.Reason.ALREADY_OPEN) {
                root.dialogs().error(Messages.get("backup.open.handOffFailed", pendingFile));
                pendingFile = null;
            }
            settled(root);
            if (Boolean.getBoolean(STARTUP_PROBE)) {
                probeLine("startup-error=" + message); // nobody is there to read the window
                Platform.exit();
            }
        }));
    }

    /** Where the windows of this user leave the way to reach them ({@link InstanceChannel}). */
    static Path instanceRegistry() {
        return Preferences.userFolder().resolve(InstanceChannel.FOLDER);
    }

    /**
     * Listens (on its own thread: the first frame does not wait) for later starts of the app on this folder: they
     * bring this window to the front and hand it their file ({@link InstanceChannel}). Without it the window works
     * as before; a later start then meets the folder's lock.
     */
    private void listenForLaterStarts(Stage stage) {
        Path folder = openingDir;
        Thread t = new Thread(() -> {
            try {
                InstanceChannel c = InstanceChannel.listen(instanceRegistry(), folder,
                        request -> Platform.runLater(() -> received(stage, request.file())));
                Platform.runLater(() -> channel = c);
            } catch (IOException | RuntimeException e) {
                log().warn("Later starts cannot reach this window", e);
            }
        }, "socongvu-instance-listen");
        t.setDaemon(true);
        t.start();
    }

    /** The window now has {@code folder} open (another one opened from Dữ liệu ▾): later starts on it reach it. */
    private void serveFolder(Path folder) {
        InstanceChannel c = channel;
        if (c != null) {
            try {
                c.serveFolder(folder);
            } catch (IOException | RuntimeException e) {
                log().warn("Later starts on {} cannot reach this window", folder, e);
            }
        }
    }

    /** A later start on this folder: the window comes to the front and offers its file. On the FX thread. */
    private void received(Stage stage, Path file) {
        Windows.bringToFront(stage);
        if (file == null) {
            return;
        }
        if (!dataSettled) {
            pendingFile = file; // offered once the data is open
        } else {
            offer((AppRoot) stage.getScene().getRoot(), file);
        }
    }

    /** The data is open (or could not be): a file the app was started with, or handed meanwhile, is offered. */
    private void settled(AppRoot root) {
        dataSettled = true;
        Path file = pendingFile;
        pendingFile = null;
        if (file != null) {
            offer(root, file);
        }
    }

    private void offer(AppRoot root, Path file) {
        Services s = open == null ? null : open.services();
        if (s == null) {
            root.dialogs().error(Messages.get("backup.open.notOpen", file));
        } else {
            root.offerBackupFile(s, file);
        }
    }

    /**
     * Gives the window its icons, read on a thread of their own (five PNG images: ~0.05 s, not for the FX thread
     * while it builds the window).
     */
    private static void showIcons(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> icons = icons();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "socongvu-icons");
        t.setDaemon(true);
        t.start();
    }

    /** The app's icon at the sizes the desktop picks from (src/installer/icon, the installers' icon). */
    static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 256}) {
            icons.add(new Image(Objects.requireNonNull(SoCongVuApp.class.getResource("icon/socongvu-" + size + ".png"),
                    "the window's icon").toExternalForm()));
        }
        return icons;
    }

    /**
     * The folder the window opens: opened in the background once the window's first frame is laid out;
     * {@link #start(Stage)} shows it when ready.
     */
    static void useDataDir(Path dir) {
        useDataDir(dir, Services::open);
    }

    /** As {@link #useDataDir(Path)}, opening the folder with {@code opener} (tests hold it back). */
    static void useDataDir(Path dir, Function<Path, Services> opener) {
        openingDir = Objects.requireNonNull(dir);
        hadDatabase = Files.exists(DataFolder.databaseFileIn(dir));
        CompletableFuture<Services> opened = new CompletableFuture<>();
        AtomicBoolean begun = new AtomicBoolean();
        opening = opened;
        beginOpening = () -> {
            if (begun.compareAndSet(false, true)) {
                opened.completeAsync(() -> {
                    Services s = opener.apply(dir);
                    s.settings().isSetUp(); // warm the first query off the FX thread
                    probe("data-open-ms");
                    return s;
                }, FxTaskRunner.background());
            }
        };
    }

    /**
     * The class's logger, made when first needed: a logger made as the class loads would start Logback on the
     * main thread before the window (README, Performance); it starts on the opening thread, with the folder.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(SoCongVuApp.class);
    }

    /**
     * A line of the start-up probe ({@code -Dsocongvu.startupProbe=true}: CI and bench/startup.sh start the window
     * headless and read these lines): the one place the window writes to standard output. It is a measurement asked
     * for on the command line, never a message for the clerk, whose errors go to a dialog and the log.
     */
    private static void probeLine(String line) {
        System.out.println(line);
    }

    /** Under the start-up probe, prints when a step of the start ended (ms since the JVM started). */
    private static void probe(String step) {
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            probeLine(step + "=" + ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /** Runs once after the scene's next layout pulse. */
    private static void afterNextLayout(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }

    /** Prints the first laid-out frame on the open data, then when Tổng quan's figures are shown, and exits. */
    private static void reportFrames(Scene scene, MainView main) {
        afterNextLayout(scene, () -> {
            probeLine("data-frame-ms=" + sinceStart());
            if (main == null) { // the setup screen: no figures to wait for
                Platform.runLater(Platform::exit);
                return;
            }
            Runnable figures = () -> {
                probeLine("figures-ms=" + sinceStart());
                Platform.runLater(Platform::exit);
            };
            ReadOnlyBooleanProperty overviewShown = main.model(Sections.OVERVIEW).shownProperty();
            if (overviewShown.get()) {
                figures.run();
            } else {
                overviewShown.addListener((o, was, shown) -> {
                    if (shown) {
                        figures.run();
                    }
                });
            }
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * A daily automatic backup, in the background, when the last one is more than a day old; one that failed
     * is logged and told to the clerk in a dialog that does not stop the work.
     */
    private static void dailyBackup(Services s, AppRoot root) {
        if (cacheTraining || !s.makesAutoBackups() || !s.settings().isSetUp()) {
            return;
        }
        FxTaskRunner.background().execute(() -> {
            try {
                if (s.backups().dailyBackupDue(LocalDateTime.now())) {
                    s.backups().autoBackup();
                    log().info("Daily automatic backup made");
                }
            } catch (RuntimeException e) {
                String reason = AutoBackupNotice.failed(e, "daily");
                Platform.runLater(() -> root.dialogs().error(Messages.get("backup.auto.failed", reason)));
            }
        });
    }

    @Override
    public void stop() {
        if (channel != null) {
            channel.close();
        }
        Services services = open == null ? null : open.services();
        if (services != null) {
            try {
                if (!cacheTraining && services.makesAutoBackups() && services.settings().isSetUp()) {
                    services.backups().autoBackup(); // on exit, so a bad day can always be undone
                    log().info("Automatic backup at exit made");
                }
            } catch (RuntimeException e) {
                // Nobody is left to read a dialog: the next start tells the clerk.
                AutoBackupNotice.remember(services.db().folder().dir(), AutoBackupNotice.failed(e, "at exit"));
            } finally {
                services.close();
            }
        }
    }
}
