package vn.socongvu.ui.kit;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

import javafx.application.HostServices;

/** Opens a file or a folder with the system's own program (Word, Explorer …). */
public final class FileOpener {
    private static HostServices hostServices;

    private FileOpener() {
    }

    public static void use(HostServices services) {
        hostServices = services;
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
