package vn.socongvu.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * "Dữ liệu ▾" and Cài đặt → Thư mục dữ liệu: open another data folder, start a new one (the setup follows), leave
 * the demo commune for the real one, reopen a recent folder. The window ({@link Switcher}) does the switch: the
 * folder is opened and checked as at start-up before the one open now is closed with its automatic backup.
 */
public final class DataFoldersViewModel {
    /** A new data folder made inside a chosen folder that holds other files. */
    static final String NEW_FOLDER_NAME = "SoCongVu";
    private final Switcher switcher;
    private final RecentDataFolders recent;
    private final Path defaultFolder;
    private final boolean demo;
    private final DialogService dialogs;
    private final TaskRunner runner;

    /** What becomes of the data folder left. */
    public enum Left {
        /** Stays where it is (listed among the recent folders). */
        KEEP,
        /** Put beside itself under another name ("…-xa-mau"): the demo out of the folder the real data takes. */
        MOVE_ASIDE,
        /** The app's files in it deleted (the demo removed). */
        DELETE
    }

    /** The window, which owns the open data. */
    public interface Switcher {
        /** The folder open now; null when none could be opened. */
        Path currentFolder();

        /**
         * Opens {@code target} in place of the open data (off the FX thread) and shows the window on it (the setup
         * on a new folder). @return where the folder left is now (null when deleted or none was open)
         * @throws vn.socongvu.common.UserException when the folder cannot be opened (nothing changed then)
         */
        Path switchTo(Path target, Left left, Progress progress);

        /** Works on a server database just signed in to, in place of the open data (off the FX thread). */
        void useServer(Services opened);

        /** The server database the window works on now; empty on this PC's own data. */
        default Optional<ServerAddress> currentServer() {
            return Optional.empty();
        }
    }

    /**
     * @param demo whether the data open now is the demo commune's
     * @param defaultFolder where the data lives when no folder is chosen
     */
    public DataFoldersViewModel(Switcher switcher, RecentDataFolders recent, Path defaultFolder, boolean demo,
                                DialogService dialogs, TaskRunner runner) {
        this.switcher = switcher;
        this.recent = recent;
        this.defaultFolder = defaultFolder.toAbsolutePath().normalize();
        this.demo = demo;
        this.dialogs = dialogs;
        this.runner = runner;
    }

    /** The server this PC worked on last (Cài đặt → Máy chủ dữ liệu starts with it). */
    public Optional<ServerAddress> rememberedServer() {
        return recent.server();
    }

    /** Moves the window onto a server database just signed in to (off the FX thread). */
    public void useServer(Services opened) {
        switcher.useServer(opened);
    }

    /** The server database the window works on now; empty on this PC's own data folder. */
    public Optional<ServerAddress> currentServer() {
        return switcher.currentServer();
    }

    /** Where the data is now, as "Dữ liệu ▾" heads its list: this PC, or the server and its database. */
    public String whereText() {
        return currentServer().map(a -> Messages.get("datafolder.menu.onServer", a.host() + ":" + a.port(),
                a.database())).orElse(Messages.get("datafolder.menu.onThisPc"));
    }

    /**
     * "Quay về dữ liệu trên máy này": from a server database back to this PC's own data folder (the one it used
     * last, else the default), asked first; the next start opens that folder, not the server. The server's data is
     * left as it is; this PC's folder holds what it held before (docs/server.md, moving back).
     */
    public void backToThisPc() {
        Optional<ServerAddress> on = currentServer();
        if (on.isEmpty()) {
            return;
        }
        Path local = recent.startFolder(defaultFolder);
        if (dialogs.confirm("datafolder.backHere.title", Messages.get("datafolder.backHere.confirm",
                on.get().host() + ":" + on.get().port(), on.get().database(), local))) {
            switchTo(local, Left.KEEP);
        }
    }

    /** The data open now is the demo commune's: the window says so and offers to leave it. */
    public boolean isDemo() {
        return demo;
    }

    /**
     * Whether "Thoát dữ liệu mẫu" is offered: for the demo in a folder of this PC. A demo commune copied to a server
     * is left by copying the real data into a new database there, not by a folder of this PC ({@link #demoText}).
     */
    public boolean offersLeavingDemo() {
        return demo && currentServer().isEmpty();
    }

    /** What the demo's banner says: on this PC, that the real data can start; on a server, how the office does it. */
    public String demoText() {
        return Messages.get(currentServer().isPresent() ? "datafolder.demoBanner.server" : "datafolder.demoBanner");
    }

    /** The folder open now (null when none could be opened). */
    public Path currentFolder() {
        return switcher.currentFolder();
    }

    /** The folders opened before, newest first, without the one open now. */
    public List<Path> recentFolders() {
        Path now = currentFolder();
        return recent.all().stream().filter(p -> !p.equals(now)).limit(RecentDataFolders.KEPT - 1L).toList();
    }

    /** Opens the folder open now in the system's file manager. */
    public void showCurrentFolder() {
        Path now = currentFolder();
        if (now != null) {
            dialogs.open(now);
        }
    }

    /** "Mở thư mục dữ liệu khác…": a folder chosen, then opened. */
    public void openOther() {
        dialogs.chooseDataFolder("datafolder.open.title").ifPresent(this::open);
    }

    /**
     * Opens a data folder in place of the open one. A folder without the app's data is not opened at once: the
     * clerk is asked whether to start new data in it.
     */
    public void open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (dir.equals(currentFolder())) {
            dialogs.info("datafolder.menu", Messages.get("datafolder.open.already", dir));
            return;
        }
        if (!Files.exists(DataFolder.databaseFileIn(dir)) && !hasBackups(dir)) {
            if (!Files.isDirectory(dir)) {
                dialogs.error(Messages.get("datafolder.open.missing", dir));
                recent.forget(dir);
                return;
            }
            if (dialogs.confirm("datafolder.open.title", Messages.get("datafolder.open.noData", dir))) {
                startIn(dir);
            }
            return;
        }
        switchTo(dir, Left.KEEP);
    }

    /** "Tạo dữ liệu mới…": a folder chosen (empty, or one is made in it), confirmed, then the setup. */
    public void startNew() {
        dialogs.chooseDataFolder("datafolder.new.title").ifPresent(this::startIn);
    }

    /** Starts new data in {@code chosen} (or in a new folder inside it, when it holds other files). */
    void startIn(Path chosen) {
        Optional<Path> target = newFolderIn(chosen);
        if (target.isEmpty()) {
            return;
        }
        if (dialogs.confirm("datafolder.new.title", Messages.get("datafolder.new.confirm", target.get(), currentText()))) {
            switchTo(target.get(), Left.KEEP);
        }
    }

    /**
     * "Thoát dữ liệu mẫu": where the real data goes (the default folder or one chosen) and whether the demo is
     * kept, asked in one dialog, then confirmed; the setup of the real commune follows.
     */
    public void leaveDemo() {
        if (!offersLeavingDemo()) {
            return;
        }
        Path demoDir = currentFolder();
        Optional<List<Integer>> answer = dialogs.choose("leave-demo-dialog", "datafolder.leaveDemo.title",
                Messages.get("datafolder.leaveDemo.header"), List.of(
                        new DialogService.Question(Messages.get("datafolder.leaveDemo.where"), List.of(
                                Messages.get("datafolder.leaveDemo.where.default", defaultFolder),
                                Messages.get("datafolder.leaveDemo.where.other")), 0),
                        new DialogService.Question(Messages.get("datafolder.leaveDemo.demo"), List.of(
                                Messages.get("datafolder.leaveDemo.demo.keep"),
                                Messages.get("datafolder.leaveDemo.demo.remove")), 0)),
                "datafolder.leaveDemo.go");
        if (answer.isEmpty()) {
            return;
        }
        boolean remove = answer.get().get(1) == 1;
        Path target;
        if (answer.get().get(0) == 0) {
            target = defaultFolder;
        } else {
            Optional<Path> chosen = dialogs.chooseDataFolder("datafolder.new.title").flatMap(this::newFolderIn);
            if (chosen.isEmpty()) {
                return;
            }
            target = chosen.get();
        }
        boolean sameFolder = target.equals(demoDir);
        boolean hasData = !sameFolder && Files.exists(DataFolder.databaseFileIn(target));
        Left left = remove ? Left.DELETE : sameFolder ? Left.MOVE_ASIDE : Left.KEEP;
        String whatBecomes = Messages.get(remove ? "datafolder.leaveDemo.confirm.removed"
                : sameFolder ? "datafolder.leaveDemo.confirm.movedAside" : "datafolder.leaveDemo.confirm.kept", demoDir);
        String text = Messages.get(hasData ? "datafolder.leaveDemo.confirm.open" : "datafolder.leaveDemo.confirm.new",
                target, whatBecomes);
        if (dialogs.confirm("datafolder.leaveDemo.title", text)) {
            switchTo(target, left);
        }
    }

    /** Opens {@code target} in the background, then says where the data left is, if it moved. */
    private void switchTo(Path target, Left left) {
        runner.run("datafolder.progress.title", p -> Optional.ofNullable(switcher.switchTo(target, left, p)),
                leftAt -> {
                    if (left == Left.MOVE_ASIDE) {
                        leftAt.ifPresent(at -> dialogs.info("datafolder.leaveDemo.title",
                                Messages.get("datafolder.leaveDemo.movedTo", at)));
                    }
                },
                dialogs::report);
    }

    /**
     * Where new data goes when {@code chosen} is picked: the folder itself when it is empty (or not there yet), a
     * "SoCongVu" folder inside it when it holds other files. A folder that already holds the app's data is
     * offered to be opened instead. @return empty when nothing is to be made
     */
    private Optional<Path> newFolderIn(Path chosen) {
        Path dir = chosen.toAbsolutePath().normalize();
        if (Files.exists(DataFolder.databaseFileIn(dir)) || hasBackups(dir)) {
            if (dialogs.confirm("datafolder.new.title", Messages.get("datafolder.new.hasData", dir))) {
                switchTo(dir, Left.KEEP);
            }
            return Optional.empty();
        }
        if (isEmptyOrAbsent(dir)) {
            return Optional.of(dir);
        }
        Path inside = dir.resolve(NEW_FOLDER_NAME);
        if (Files.exists(DataFolder.databaseFileIn(inside))) {
            if (dialogs.confirm("datafolder.new.title", Messages.get("datafolder.new.hasData", inside))) {
                switchTo(inside, Left.KEEP);
            }
            return Optional.empty();
        }
        if (!isEmptyOrAbsent(inside)) {
            dialogs.error(Messages.get("datafolder.new.notEmpty", dir, inside));
            return Optional.empty();
        }
        return Optional.of(inside);
    }

    private String currentText() {
        Path now = currentFolder();
        return now == null ? "" : Messages.get("datafolder.new.currentKept", now);
    }

    private static boolean hasBackups(Path dir) {
        return Files.isDirectory(dir.resolve(DataFolder.BACKUPS)) && !isEmptyOrAbsent(dir.resolve(DataFolder.BACKUPS));
    }

    private static boolean isEmptyOrAbsent(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
