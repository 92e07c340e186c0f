package vn.socongvu.ui.shell;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.socongvu.common.UserException;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.ui.kit.Preferences;

/**
 * The data folders the window opened, newest first, in the user's {@link Preferences}: the next start opens the
 * last one (unless the command line names another), and "Dữ liệu ▾" lists the others.
 */
public final class RecentDataFolders {
    static final int KEPT = 6;
    private static final String LAST = "window.dataFolder.last";
    private static final String RECENT = "window.dataFolder.recent.";
    /** The PostgreSQL server the window works on, when it does (never its password). */
    private static final String SERVER = "window.server";
    private final Preferences prefs;

    public RecentDataFolders(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The window's, in the user's preferences. */
    public static RecentDataFolders user() {
        return new RecentDataFolders(Preferences.user());
    }

    /** The data folder to open when none is named: the last one used while it still holds data, else the default. */
    public Path startFolder(Path defaultFolder) {
        return last().filter(p -> Files.exists(DataFolder.databaseFileIn(p))).orElse(defaultFolder);
    }

    /** The last data folder the window opened. */
    public Optional<Path> last() {
        return path(prefs.get(LAST, null));
    }

    /** The folders opened before, newest first (the one open now included). */
    public List<Path> all() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            path(prefs.get(RECENT + i, null)).ifPresent(out::add);
        }
        return out;
    }

    /** The server the next start opens (with the sign-in), when the window last worked on one. */
    public Optional<ServerAddress> server() {
        String s = prefs.get(SERVER, null);
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ServerAddress.parse(s));
        } catch (UserException e) {
            return Optional.empty();
        }
    }

    /** The window works on this server now: the next start opens it. The address holds no password. */
    public void usedServer(ServerAddress address) {
        prefs.put(SERVER, address.toString());
    }

    /** The window opened this folder: the last one, first of the recent ones; the next start opens it, not a server. */
    public void used(Path folder) {
        prefs.put(SERVER, null);
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(all());
        list.remove(abs);
        list.addFirst(abs);
        prefs.put(LAST, abs.toString());
        write(list);
    }

    /** A folder that was moved (the demo put aside): listed under its new place. */
    public void moved(Path from, Path to) {
        Path abs = from.toAbsolutePath().normalize();
        write(all().stream().map(p -> p.equals(abs) ? to.toAbsolutePath().normalize() : p).toList());
    }

    /** A folder that was deleted (the demo removed): no longer listed. */
    public void forget(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        write(all().stream().filter(p -> !p.equals(abs)).toList());
        if (last().filter(abs::equals).isPresent()) {
            prefs.put(LAST, null);
        }
    }

    private void write(List<Path> list) {
        for (int i = 0; i < KEPT; i++) {
            prefs.put(RECENT + i, i < list.size() ? list.get(i).toString() : null);
        }
    }

    private static Optional<Path> path(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
