package vn.socongvu.ui.kit;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;

/**
 * The conflict dialog: what the other person changed (field, their value, yours, who and when) and the three
 * choices — "Giữ bản của họ", "Dùng bản của tôi", "Gộp từng trường" (a "Giữ của tôi" box per field) — and "Hủy"
 * (back to the form, nothing saved).
 */
public final class ConflictView {
    private ConflictView() {
    }

    /** The dialog, ready to be shown ({@code showAndWait}); its result is the clerk's choice, null for "Hủy". */
    public static Dialog<ConflictViewModel.Choice> dialog(Window owner, ConflictViewModel vm) {
        Dialog<ConflictViewModel.Choice> d = Dialogs.create(owner, "conflict.title", "conflict-dialog");
        d.setResizable(true);
        Label header = new Label(vm.header());
        header.setWrapText(true);
        header.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(Messages.get(vm.mergeable() ? "conflict.hint" : "conflict.hintNoMerge"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setId("conflict-table");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        String[] titles = vm.mergeable()
                ? new String[] {"conflict.column.field", "conflict.column.theirs", "conflict.column.mine",
                    "conflict.column.who", "conflict.column.keepMine"}
                : new String[] {"conflict.column.field", "conflict.column.theirs", "conflict.column.mine",
                    "conflict.column.who"};
        double[] widths = {130, 220, 220, 140, 120};
        for (int c = 0; c < titles.length; c++) {
            Label t = new Label(Messages.get(titles[c]));
            t.getStyleClass().add(Styles.TEXT_BOLD);
            t.setWrapText(true);
            grid.add(t, c, 0);
            ColumnConstraints cc = new ColumnConstraints(widths[c] * 0.6, widths[c], Double.MAX_VALUE);
            cc.setHgrow(c == 1 || c == 2 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(cc);
        }
        int r = 1;
        for (ConflictViewModel.Row row : vm.rows()) {
            grid.add(cell(row.label(), true), 0, r);
            grid.add(cell(row.theirs(), false), 1, r);
            grid.add(cell(row.mine(), false), 2, r);
            grid.add(cell(Messages.get("conflict.whoWhen", row.who(), row.when()), false), 3, r);
            if (vm.mergeable() && vm.keepMine(row.field()) != null) {
                CheckBox keep = new CheckBox(Messages.get("conflict.keepMineBox"));
                keep.setId("conflict-keep-" + (r - 1));
                keep.setMinWidth(Region.USE_PREF_SIZE);
                keep.selectedProperty().bindBidirectional(vm.keepMine(row.field()));
                grid.add(keep, 4, r);
            }
            r++;
        }
        ScrollPane scroll = Ui.scroll(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        VBox content = new VBox(10, header, scroll, hint);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefSize(920, 460);
        ButtonType theirs = new ButtonType(Messages.get("conflict.keepTheirs"), ButtonBar.ButtonData.LEFT);
        ButtonType mine = new ButtonType(Messages.get("conflict.takeMine"), ButtonBar.ButtonData.OTHER);
        ButtonType merge = new ButtonType(Messages.get("conflict.merge"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().add(theirs);
        d.getDialogPane().getButtonTypes().add(mine);
        if (vm.mergeable()) {
            d.getDialogPane().getButtonTypes().add(merge);
        }
        d.getDialogPane().getButtonTypes().add(Dialogs.CANCEL);
        d.getDialogPane().lookupButton(theirs).setId("conflict-theirs");
        d.getDialogPane().lookupButton(mine).setId("conflict-mine");
        if (vm.mergeable()) {
            d.getDialogPane().lookupButton(merge).setId("conflict-merge");
        }
        d.setResultConverter(b -> b == theirs ? ConflictViewModel.Choice.THEIRS
                : b == mine ? ConflictViewModel.Choice.MINE
                : b == merge ? ConflictViewModel.Choice.MERGE : null);
        return d;
    }

    /** Shows the dialog and waits for the clerk's choice; empty for "Hủy" or the window closed. */
    public static Optional<ConflictViewModel.Choice> ask(Window owner, ConflictViewModel vm) {
        return dialog(owner, vm).showAndWait();
    }

    private static Label cell(String text, boolean bold) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxHeight(Double.MAX_VALUE);
        GridPane.setValignment(l, VPos.TOP);
        if (bold) {
            l.getStyleClass().add(Styles.TEXT_BOLD);
        }
        return l;
    }
}
