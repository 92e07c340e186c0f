package vn.socongvu.ui.kit;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;

/** A two-column form: label on the left; field with its error message underneath on the right. */
public final class FormGrid extends GridPane {
    private int row;
    private final FormUndo undo = new FormUndo(this);

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(4);
        setPadding(new Insets(8, 0, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; the field's id becomes {@code id}, its error label's {@code id + "-error"}. */
    public Label add(String labelKey, Node field, String id, ObservableStringValue error) {
        // A field may narrow with its pane (a combo box would otherwise insist on its longest item's width).
        if (field instanceof Region r && r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            r.setMinWidth(60);
        }
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(field);
        label.setWrapText(true);
        field.setId(id);
        undo.track(field);
        FieldErrors.clearedBy(field, error);
        Label err;
        if (error != null) {
            err = errorLabel(error, id + "-error");
            Ui.listen(field, error, (obs, o, n) -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                    n != null && !n.isEmpty()));
        } else {
            err = new Label();
            err.setId(id + "-error");
            err.setVisible(false);
            err.setManaged(false);
        }
        VBox box = new VBox(2, field, err);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        add(label, 0, row);
        add(box, 1, row);
        row++;
        return err;
    }

    /** Ctrl+Z of this form. */
    public FormUndo undo() {
        return undo;
    }

    /** A field's message: small, red, taking no room while empty. */
    public static Label errorLabel(ObservableStringValue text, String id) {
        Label err = new Label();
        err.setId(id);
        err.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        err.setWrapText(true);
        err.textProperty().bind(text);
        err.visibleProperty().bind(err.textProperty().isNotEmpty());
        err.managedProperty().bind(err.visibleProperty());
        return err;
    }

    /**
     * The messages of fields on tabs other than the one in sight, and the general ones, one per line under a
     * form's buttons, so that none goes unseen; red, taking no room while empty.
     */
    public static Label otherErrors(FieldErrors errors, String id, String... fields) {
        List<ObservableStringValue> sources = new ArrayList<>();
        for (String f : fields) {
            sources.add(errors.property(f));
        }
        sources.add(errors.general());
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.DANGER);
        l.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                sources.stream().map(ObservableStringValue::get)
                        .filter(t -> t != null && !t.isEmpty()).toList()),
                sources.toArray(Observable[]::new)));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** Shows the row of {@code field} (its label, the field and its message) only while {@code when} holds. */
    public void showRowWhen(Node field, ObservableBooleanValue when) {
        for (Node n : getChildren()) {
            boolean labelOfField = n instanceof Label l && l.getLabelFor() == field;
            if (labelOfField || n == field.getParent()) {
                n.visibleProperty().bind(when);
                n.managedProperty().bind(when);
            }
        }
    }

    /** A row with no label (buttons, notes). */
    public void addFull(Node node) {
        add(node, 0, row, 2, 1);
        row++;
    }
}
