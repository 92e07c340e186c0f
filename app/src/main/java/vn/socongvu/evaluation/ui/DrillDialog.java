package vn.socongvu.evaluation.ui;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.socongvu.evaluation.Product;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.Ui;

/** The products behind a figure of Đánh giá, xếp loại, in a list; a product opens its task in Nhiệm vụ. */
final class DrillDialog {
    private DrillDialog() {
    }

    /** Shows the products of {@code d} over {@code owner}, without waiting. */
    static void show(Window owner, EvaluationViewModel.Drill d, TaskOpener openTask) {
        TableView<Product> table = new TableView<>();
        table.setId("evaluation-drill-table");
        productColumns(table);
        table.getItems().setAll(d.products());
        table.setPrefSize(1000, 420);
        Dialog<Void> dialog = Dialogs.create(owner, "evaluation.ui.drill.title", "evaluation-drill-dialog");
        Runnable open = () -> {
            Product p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                dialog.close();
                openTask.open(p.taskId(), p.occurrenceId());
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        Button openButton = Ui.button("evaluation.ui.action.openTask", "evaluation-drill-open", open);
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label head = new Label(d.head() + " " + Messages.get("evaluation.ui.drill.count", d.products().size()));
        head.setWrapText(true);
        VBox box = new VBox(8, head, Ui.hint("evaluation.ui.drill.hint"), table, Ui.buttons(openButton));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    /** The columns of a list of products: content, due, completed, progress, quality, weight, notes. */
    static void productColumns(TableView<Product> t) {
        Ui.styleTable(t);
        t.getColumns().setAll(List.of(
                Ui.longText(Ui.textColumn("evaluation.ui.col.content", 330, Product::content)),
                Ui.textColumn("evaluation.ui.col.due", 95, p -> VnFormat.date(p.dueOn())),
                Ui.textColumn("evaluation.ui.col.completedOn", 95, p -> p.completedOn() == null ? ""
                        : VnFormat.date(p.completedOn())),
                Ui.textColumn("evaluation.ui.col.progressMark", 110, EvaluationViewModel::progressText),
                Ui.textColumn("evaluation.ui.col.qualityMark", 120, EvaluationViewModel::qualityText),
                Ui.textColumn("evaluation.ui.col.weight", 70, p -> VnFormat.number(p.weight(), 2)),
                Ui.textColumn("evaluation.ui.col.notes", 220, EvaluationViewModel::notes)));
        t.setPlaceholder(new Label(Messages.get("evaluation.ui.noProducts")));
    }
}
