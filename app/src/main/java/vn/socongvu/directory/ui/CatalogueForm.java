package vn.socongvu.directory.ui;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/**
 * The form side of the units and the staff tabs: a title, the fields, "Lưu", "Ngừng sử dụng"/"Dùng lại" and
 * "Lịch sử", the messages that belong to no field, and the status line. Node ids start with {@code prefix}.
 */
final class CatalogueForm {
    private CatalogueForm() {
    }

    /**
     * @param newTitle the title's key for a new record, {@code editTitle} for a saved one
     * @param active whether a record is in use (the toggle then offers to deactivate it)
     */
    static <T> VBox pane(String prefix, String newTitle, String editTitle, FormGrid fields, ObjectProperty<T> editing,
                         Predicate<T> active, FieldErrors errors, ReadOnlyStringProperty status, Runnable save,
                         Runnable toggleActive, Supplier<List<AuditEntry>> history) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(editing.get() == null
                ? newTitle : editTitle), editing));
        Button saveButton = Ui.primary("common.save", prefix + "-save", save);
        Button toggle = Ui.button("common.deactivate", prefix + "-toggle-active", toggleActive);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            T t = editing.get();
            return Messages.get(t != null && !active.test(t) ? "common.reactivate" : "common.deactivate");
        }, editing));
        toggle.disableProperty().bind(editing.isNull());
        Button historyButton = new Button(Messages.get("audit.history"));
        historyButton.setId(prefix + "-history");
        historyButton.setOnAction(e -> HistoryDialog.show(historyButton.getScene().getWindow(), history.get()));
        historyButton.disableProperty().bind(editing.isNull());

        Label otherError = new Label();
        otherError.setId(prefix + "-active-error");
        otherError.getStyleClass().add(Styles.DANGER);
        otherError.setWrapText(true);
        otherError.textProperty().bind(Bindings.concat(errors.property("active"), errors.general()));
        Label statusLabel = new Label();
        statusLabel.setId(prefix + "-status");
        statusLabel.getStyleClass().add(Styles.SUCCESS);
        statusLabel.textProperty().bind(status);

        VBox box = new VBox(8, title, fields, Ui.buttons(saveButton, toggle, historyButton), otherError, statusLabel);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.setMinWidth(360);
        return box;
    }
}
