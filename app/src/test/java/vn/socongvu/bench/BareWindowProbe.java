package vn.socongvu.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference for the start-up benchmark ({@code bench/startup.sh}): a bare JavaFX window with one
 * label, timed exactly as the app's {@code socongvu.startupProbe} times its first main frame.
 * Not a test: it is launched as a separate process.
 */
public final class BareWindowProbe {
    private BareWindowProbe() {
    }

    /** A plain main class (not an Application), launched from the class path exactly as the app is. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Sổ Công Vụ")), 1366, 800);
        stage.setScene(scene);
        stage.show();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + ms);
                Platform.runLater(Platform::exit);
            }
        });
        }
    }
}
