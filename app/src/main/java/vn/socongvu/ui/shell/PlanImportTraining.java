package vn.socongvu.ui.shell;

import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ui.PlanImportLauncher;

/**
 * The window's start-up cache trained on a plan import too ({@code aot-cache}): a Word plan read as "Nhập từ
 * tệp…" reads it, and its review's window laid out, so that the classes of the Word reader, the recogniser and
 * the review are in the cache and the clerk's first import of the day does not load them from the jars.
 */
final class PlanImportTraining {
    /** The system property naming the Word plan the training run imports once Tổng quan has its figures. */
    static final String PLAN = "socongvu.trainPlanImport";
    /** Never longer than this: a plan that could not be read ends the training all the same. */
    private static final Duration LIMIT = Duration.seconds(120);

    private PlanImportTraining() {
    }

    /** Imports {@code docx} in {@code owner}'s window; {@code done} runs once its review is laid out (or at the limit). */
    static void run(Window owner, PlanImporter importer, Path docx, Runnable done) {
        boolean[] finished = {false};
        Runnable once = () -> {
            if (!finished[0]) {
                finished[0] = true;
                done.run();
            }
        };
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    Scene scene = w.getScene();
                    if (scene != null && scene.getRoot() != null && "plan-review".equals(scene.getRoot().getId())) {
                        scene.addPostLayoutPulseListener(once);
                    }
                }
            }
        });
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> once.run());
        limit.play();
        PlanImportLauncher.warmUp(importer); // as "Nhập từ tệp…" starts it while the file is chosen
        PlanImportLauncher.read(owner, importer, docx, s -> { });
    }
}
