package vn.socongvu.ui.kit;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;

/**
 * The view side of a list-and-form screen ({@link ListForm} on the model side), once: the list pane with its
 * filter rows, its busy sign and counts and a message under the list; the form pane with its heading, its buttons,
 * its status line and the messages of no field; and the small pieces both use.
 */
public final class RecordScreen {
    private RecordScreen() {
    }

    /** A tab of the form, with its node id. */
    public static Tab tab(String key, String id, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    /** A filter box bound to the model's {@code value}, with the prompt shown while it is empty (if any). */
    public static <T> ComboBox<T> filter(ComboBox<T> box, Property<T> value, String promptKey, String id) {
        box.valueProperty().bindBidirectional(value);
        if (promptKey != null) {
            box.setPromptText(Messages.get(promptKey));
        }
        box.setId(id);
        return box;
    }

    /** A filter box offering {@code choices}, each shown as {@code label} of it, bound to the model's {@code value}. */
    public static <T> ComboBox<T> filter(ObservableList<T> choices, Function<T, String> label, Property<T> value,
                                         String promptKey, String id) {
        ComboBox<T> box = Ui.combo(List.of(), label);
        box.setItems(choices);
        return filter(box, value, promptKey, id);
    }

    /** "Bỏ lọc": a flat button. */
    public static Button clearFilter(String id, Runnable clear) {
        Button b = Ui.button("tasks.filter.clear", id, clear);
        b.getStyleClass().add(Styles.FLAT);
        return b;
    }

    /** The button starting a new record ("Thêm …"), accented. */
    public static Button add(String key, String id, Runnable action) {
        Button b = Ui.button(key, id, action);
        b.getStyleClass().add(Styles.ACCENT);
        return KeyActions.NEW.mark(b);
    }

    /** "Xóa" for the record in the form, in red, usable only while a saved record is shown. */
    public static Button delete(String id, Runnable delete, FormState<?> form) {
        Button b = Ui.button("common.delete", id, delete);
        b.getStyleClass().add(Styles.DANGER);
        b.disableProperty().bind(form.editingProperty().isNull());
        return b;
    }

    /** The period's counts above the list: small, wrapped, taking the width left beside the busy sign. */
    public static Label counts(String id, ObservableStringValue text) {
        Label stats = new Label();
        stats.setId(id);
        stats.setWrapText(true);
        stats.getStyleClass().add(Styles.TEXT_SMALL);
        stats.textProperty().bind(text);
        stats.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(stats, Priority.ALWAYS);
        return stats;
    }

    /** The busy sign while the list is read, then the counts. */
    public static HBox busyAndCounts(String busyId, ObservableBooleanValue loading, Label counts) {
        return new HBox(8, Ui.busy(busyId, loading), counts);
    }

    /** The search field and the filter boxes share their rows' width (a box no narrower than 120). */
    public static void stretch(TextField search, List<? extends ComboBox<?>> filters) {
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        for (var c : filters) {
            c.setMinWidth(120);
            c.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
    }

    /** A message under the list ("Đã chuyển … vào Thùng rác."), wrapped. */
    public static Label message(ObservableStringValue text) {
        Label m = new Label();
        m.setWrapText(true);
        m.textProperty().bind(text);
        return m;
    }

    /**
     * What a list shows when it has no rows. With nothing in it yet ({@code nothingYet}): {@code emptyKey}, a sentence
     * saying what the list holds and how to start, and {@code actions} that do it ("Thêm cán bộ", "Nhập từ Excel" …).
     * Otherwise its filter hides every row: it says so, with "Xóa bộ lọc" running {@code clearFilter}.
     */
    public static VBox emptyList(String id, String emptyKey, ObservableBooleanValue nothingYet, Runnable clearFilter,
                                 Node... actions) {
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setTextAlignment(TextAlignment.CENTER);
        text.textProperty().bind(Bindings.when(nothingYet).then(Messages.get(emptyKey))
                .otherwise(Messages.get("list.noMatch")));
        FlowPane starting = new FlowPane(8, 8, actions);
        starting.setAlignment(Pos.CENTER);
        starting.visibleProperty().bind(nothingYet);
        starting.managedProperty().bind(nothingYet);
        Button clear = Ui.button("list.clearFilter", id + "-clear-filter", clearFilter);
        clear.visibleProperty().bind(Bindings.not(nothingYet));
        clear.managedProperty().bind(clear.visibleProperty());
        VBox box = new VBox(12, text, starting, clear);
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16));
        box.setMaxWidth(500);
        return box;
    }

    /**
     * Under a choice field whose list is empty (a chair to choose, a lead unit): while {@code choices} is empty, why
     * ({@code whyKey}: where such records come from) and, when {@code go} is given, a link there ({@code goKey}).
     * Put it in the form's row after the field ({@link FormGrid#addFull}).
     */
    public static HBox emptyChoice(ObservableList<?> choices, String whyKey, String goKey, String id, Runnable go) {
        Label why = new Label(Messages.get(whyKey));
        why.setWrapText(true);
        why.getStyleClass().add(Styles.WARNING);
        HBox.setHgrow(why, Priority.ALWAYS);
        HBox row = new HBox(8, why);
        if (go != null) {
            Hyperlink link = new Hyperlink(Messages.get(goKey));
            link.setId(id + "-go");
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setOnAction(e -> go.run());
            row.getChildren().add(link);
        }
        row.setId(id);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.isEmpty(choices));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The list pane: the filter rows on top, the list (or what stands for it), {@code bottom} under it. */
    public static BorderPane listPane(Node list, Node bottom, Node... top) {
        VBox rows = new VBox(8, top);
        rows.setPadding(new Insets(0, 0, 8, 0));
        BorderPane bp = new BorderPane(list);
        bp.setTop(rows);
        bp.setBottom(bottom);
        bp.setPadding(new Insets(12));
        return bp;
    }

    /**
     * The form pane: the heading, the buttons, the status line ({@code statusId}, shown only when there is one)
     * and the messages of no field above the form itself.
     */
    public static BorderPane formPane(Node form, Label heading, FormState<?> state, String statusId, Label other,
                                      Node buttons) {
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label status = new Label();
        status.setId(statusId);
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(state.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        VBox top = new VBox(6, heading, buttons, status, other);
        top.setPadding(new Insets(12, 16, 4, 12));
        BorderPane bp = new BorderPane(form);
        bp.setTop(top);
        return bp;
    }
}
