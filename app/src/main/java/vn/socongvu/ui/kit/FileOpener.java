package vn.socongvu.ui.kit;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.HostServices;

/** Opens a file or a folder with the system's own program (Word, Explorer …). */
public final class FileOpener {
    private static HostServices hostServices;

    private FileOpener() {
    }

    public static void use(HostServices services) {
        hostServices = services;
    }

    /**
     * Shows a file selected in its folder: Windows Explorer and the macOS Finder can select it; elsewhere the
     * folder is opened.
     */
    public static void reveal(Path file) {
        Path abs = file.toAbsolutePath();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer.exe", "/select," + abs)
                : os.contains("mac") ? List.of("open", "-R", abs.toString()) : null;
        if (command != null && Files.exists(abs)) {
            try {
                new ProcessBuilder(command).start();
                return;
            } catch (IOException e) {
                // no file manager to ask: the folder is opened as elsewhere
            }
        }
        Path folder = abs.getParent();
        open(folder == null ? abs : folder);
    }

    public static void open(Path p) {
        if (hostServices != null) {
            try {
                hostServices.showDocument(p.toUri().toString());
                return;
            } catch (UnsupportedOperationException e) {
                // a platform that cannot show documents (the headless one): try AWT's, as without the application
            }
        }
        // Without the running application (tools, tests): AWT's desktop integration, where there is one, off the FX
        // thread (it may take a while).
        FxTaskRunner.background().execute(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(p.toFile());
                }
            } catch (IOException | UnsupportedOperationException ignored) {
                // nothing to open it with: the clerk still has the path in the message
            }
        });
    }
}
