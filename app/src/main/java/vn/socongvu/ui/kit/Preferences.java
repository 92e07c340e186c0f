package vn.socongvu.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.StorageException;

/**
 * Screen preferences, not records (so not in the database or its audit log), written safely; a broken file is
 * ignored. Two kinds: a data folder's ({@code ui-preferences.properties} in it: saved filters …) and the
 * window's own, of the user on this computer ({@link #user()}: the last data folder, the folders the file
 * dialogs last opened).
 */
public final class Preferences {
    /** A system property naming the user's preferences file (tests and tools keep the real one untouched). */
    public static final String USER_FILE_PROPERTY = "socongvu.userSettings";
    private static Preferences user;
    private final Path file;
    private final Properties props = new Properties();

    /** The preferences of a data folder. */
    public Preferences(Path dataDir) {
        this(dataDir.resolve("ui-preferences.properties"), true);
    }

    private Preferences(Path file, boolean unused) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file);
                 Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                props.clear(); // a damaged preferences file only costs the saved filters
            }
        }
    }

    /** The preferences kept in this file. */
    public static Preferences inFile(Path file) {
        return new Preferences(file, true);
    }

    /**
     * The window's preferences of the user on this computer, whatever the data folder: Windows
     * {@code %LOCALAPPDATA%\SoCongVu\cua-so.properties}, elsewhere {@code ~/.config/socongvu/cua-so.properties}
     * (or the file the {@value #USER_FILE_PROPERTY} system property names).
     */
    public static synchronized Preferences user() {
        if (user == null) {
            user = inFile(userFile());
        }
        return user;
    }

    /** The user's own settings folder on this computer (that of {@link #user()}'s file). */
    public static Path userFolder() {
        return userFile().toAbsolutePath().getParent();
    }

    static Path userFile() {
        String given = System.getProperty(USER_FILE_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("SoCongVu").resolve("cua-so.properties");
        }
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(home, ".config");
        return base.resolve("socongvu").resolve("cua-so.properties");
    }

    public synchronized String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        try {
            SafeFiles.write(file, out -> {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                props.store(w, "Sổ Công Vụ");
                w.flush();
            });
        } catch (StorageException e) {
            // preferences are a convenience: the screen works on without them
        }
    }
}
