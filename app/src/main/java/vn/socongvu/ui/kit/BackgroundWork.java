package vn.socongvu.ui.kit;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;

/**
 * Runs long work off the FX thread behind a small modal window with a progress bar and a
 * "Hủy" button; the result (or error) comes back on the FX thread.
 */
public final class BackgroundWork<T> {
    private final Task<T> task;
    private Stage dialog;

    private BackgroundWork(Function<Progress, T> work) {
        this.task = new WorkTask<>(work);
    }

    /**
     * Starts {@code work} on {@code executor} behind the progress window ({@link FxTaskRunner#run}).
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the error (not called when the clerk cancelled)
     * @param onCancelled called on the FX thread when the clerk cancelled
     */
    static <T> BackgroundWork<T> start(Window owner, String titleKey, Function<Progress, T> work,
                                       Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled,
                                       Executor executor) {
        BackgroundWork<T> bw = new BackgroundWork<>(work);
        bw.showDialog(owner, titleKey);
        bw.task.setOnSucceeded(e -> {
            bw.close();
            onSuccess.accept(bw.task.getValue());
        });
        bw.task.setOnFailed(e -> {
            bw.close();
            if (bw.task.getException() instanceof Progress.CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(bw.task.getException());
            }
        });
        bw.task.setOnCancelled(e -> {
            bw.close();
            onCancelled.run();
        });
        executor.execute(bw.task);
        return bw;
    }

    private void showDialog(Window owner, String titleKey) {
        dialog = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(Messages.get(titleKey));
        ProgressBar bar = new ProgressBar();
        bar.setId("work-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setId("work-cancel");
        cancel.setOnAction(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, message, bar, buttons);
        box.setPadding(new Insets(16));
        dialog.setScene(new Scene(box));
        dialog.setOnCloseRequest(e -> task.cancel());
        dialog.show();
    }

    private void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    public Task<T> task() {
        return task;
    }

    /** A task that hands the work a {@link Progress} reporting into the task's own properties. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Function<Progress, T> work;

        WorkTask(Function<Progress, T> work) {
            this.work = work;
        }

        @Override
        protected T call() {
            return work.apply(this);
        }

        @Override
        public void update(double fraction, String message) {
            updateProgress(fraction, 1.0);
            updateMessage(message);
        }
    }
}
