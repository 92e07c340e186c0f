package vn.socongvu.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.StorageException;

/**
 * Screen preferences (saved filters …) in {@code ui-preferences.properties} of the data folder: not
 * records, so not in the database or its audit log; written safely, and a broken file is ignored.
 */
public final class Preferences {
    private final Path file;
    private final Properties props = new Properties();

    public Preferences(Path dataDir) {
        this.file = dataDir.resolve("ui-preferences.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file);
                 Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                props.clear(); // a damaged preferences file only costs the saved filters
            }
        }
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, String value) {
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
