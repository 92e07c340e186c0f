package vn.socongvu.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import com.sun.management.OperatingSystemMXBean;

import vn.socongvu.Main;
import vn.socongvu.app.Services;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ui.PlanImportLauncher;

/**
 * The plan-import benchmark ({@code bench/run.sh}): in a window's process, with the window shown and the data
 * open, the time from a Word file chosen (what "Nhập từ tệp…" does once the file chooser closes) to the review's
 * window laid out on the screen, ready for the clerk: {@code review-shown-ms=…}. Each run is a new process, as
 * the clerk's first import of the day is. Not a test: it is launched as a separate process.
 *   PlanImportProbe DATA_DIR PLAN.docx   [-Dprobe.chooserMs=N: the warm-up while the file is chosen, N ms]
 */
public final class PlanImportProbe {
    /**
     * With {@code -Dprobe.chooserMs=N}: the clerk takes N ms to choose the file, the warm-up "Nhập từ tệp…" starts
     * with the file chooser running meanwhile; the time is still counted from the file chosen.
     */
    private static final String CHOOSER_MS = "probe.chooserMs";
    private static Services services;
    private static Path file;

    private PlanImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Main.quietLibraries();
        Path data = Path.of(args[0]);
        boolean fresh = !Files.exists(data.resolve("socongvu.mv.db"));
        services = Services.open(data);
        if (fresh) {
            TypicalUnits.drafts().forEach(services.directory()::saveUnit);
        }
        file = Path.of(args[1]);
        Application.launch(Probe.class, args);
        services.close();
    }

    /** The CPU time of the whole process so far: on a busy machine, what the work itself took. */
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static final class Probe extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Sổ Công Vụ")), 1366, 768);
            stage.setScene(scene);
            stage.show();
            PlanImporter importer = services.planImporter();
            long chooser = Long.getLong(CHOOSER_MS, 0);
            if (chooser <= 0) {
                Platform.runLater(() -> read(stage, importer));
                return;
            }
            // As "Nhập từ tệp…" does: the warm-up while the file chooser is open, stopped when it closes.
            Runnable stopWarmUp = PlanImportLauncher.warmUp(importer);
            PauseTransition choosing = new PauseTransition(Duration.millis(chooser));
            choosing.setOnFinished(e -> {
                stopWarmUp.run();
                read(stage, importer);
            });
            choosing.play();
        }

        /** The file chosen: read, then its review shown. */
        private static void read(Stage stage, PlanImporter importer) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    if (c.wasRemoved() && !c.getRemoved().isEmpty()) {
                        // The progress window closed: the file read and its plan recognised.
                        System.out.println("read-ms=" + (System.nanoTime() - start) / 1_000_000);
                    }
                    for (Window w : c.getAddedSubList()) {
                        if (w.getScene() != null && w.getScene().getRoot() != null
                                && "plan-review".equals(w.getScene().getRoot().getId())) {
                            // Read and its review built: the rest is the first layout and paint.
                            System.out.println("review-built-ms=" + (System.nanoTime() - start) / 1_000_000);
                            whenLaidOut(w.getScene(), start, cpu);
                        }
                    }
                }
            });
            PlanImportLauncher.read(stage, importer, file, s -> { });
        }

        private static void whenLaidOut(Scene scene, long start, long cpu) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println("review-shown-ms=" + (System.nanoTime() - start) / 1_000_000);
                    System.out.println("review-cpu-ms=" + (cpuNanos() - cpu) / 1_000_000);
                    Platform.runLater(Platform::exit);
                }
            });
        }
    }
}
