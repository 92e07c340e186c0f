package vn.socongvu.ui.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.css.Styleable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.CheckComboBox;

import vn.socongvu.common.Labeled;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/** Small builders shared by the screens. */
public final class Ui {
    /** The style class of a column or list of long free text, kept to one line ({@link #longText}). */
    public static final String LONG_TEXT = "long-text";
    private static final Object KEPT = new Object();

    private Ui() {
    }

    /** A button; "Lưu" is the form's save, done by Ctrl+S too ({@link KeyActions}). */
    public static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        if ("common.save".equals(key)) {
            KeyActions.SAVE.mark(b);
        }
        return b;
    }

    public static Button primary(String key, String id, Runnable action) {
        Button b = button(key, id, action);
        b.getStyleClass().add(Styles.ACCENT);
        b.setDefaultButton(true);
        return b;
    }

    /** A small spinner shown (and taking room) only while {@code loading}: a list being read in the background. */
    public static ProgressIndicator busy(String id,
                                                              ObservableBooleanValue loading) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(id);
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(loading);
        busy.managedProperty().bind(loading);
        return busy;
    }

    public static Label title(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    /** A warning that does not stop the clerk (a number already given …), shown only while there is one. */
    public static Label warning(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.WARNING);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A row of controls; buttons and check boxes keep their full text, fields give way. */
    public static HBox bar(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof ButtonBase || n instanceof Label || n instanceof CheckBox) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return h;
    }

    /**
     * A search box bound to {@code text}, with a "×" that clears it (shown only when there is text).
     * Built on AtlantaFX's field: ControlsFX's clearable field expects Modena's colour names.
     */
    public static CustomTextField searchField(String promptKey, String id,
                                                                      StringProperty text) {
        CustomTextField f = new CustomTextField();
        f.setId(id);
        f.setPromptText(Messages.get(promptKey));
        f.textProperty().bindBidirectional(text);
        Button clear = new Button("×");
        clear.setId(id + "-clear");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> f.clear());
        clear.visibleProperty().bind(f.textProperty().isNotEmpty());
        f.setRight(clear);
        return KeyActions.SEARCH.mark(f);
    }

    /** The action buttons under a form: they wrap to a second line rather than be cut off. */
    public static FlowPane buttons(Node... nodes) {
        FlowPane f = new FlowPane(8, 8, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    /** A date picker that reads and shows dd/MM/yyyy whatever the system locale. */
    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setPromptText("dd/MM/yyyy");
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return VnFormat.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return VnFormat.parseDate(s);
            }
        });
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    /** A text field bound to {@code text}, no wider than {@code maxWidth} (numbers, short codes). */
    public static TextField textField(StringProperty text, double maxWidth) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(text);
        f.setMaxWidth(maxWidth);
        return f;
    }

    /** A wrapping text area of {@code rows} lines bound to {@code text}. */
    public static TextArea textArea(StringProperty text, int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(text);
        return a;
    }

    /**
     * The look of every list: compact rows, striped; no column narrower than the longest word of its title and of
     * its values (a text column wraps its other words onto more lines, {@link #textColumn}).
     */
    public static void styleTable(TableView<?> t) {
        t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.install(t);
    }

    /**
     * A text column sorted with Vietnamese collation. Its values wrap onto more lines rather than be cut off;
     * one marked {@link #longText} keeps to one line.
     */
    public static <S> TableColumn<S, String> textColumn(String key, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        ColumnFit.wrap(c);
        c.setComparator(VnText.comparing(s -> s));
        c.setPrefWidth(width);
        return c;
    }

    /** A column of text given the cells of {@link #textColumn}: its values wrap rather than be cut off. */
    public static <S> TableColumn<S, String> wrapping(TableColumn<S, String> c) {
        ColumnFit.wrap(c);
        return c;
    }

    /**
     * Marks a column (or a list) of long free text — a task's content, a meeting's title — that identifies its row
     * and is read whole in the form beside it: kept to one line (a text column's cell shows the whole text in its
     * tooltip), it takes the room the other columns leave.
     */
    public static <T extends Styleable> T longText(T columnOrList) {
        columnOrList.getStyleClass().add(LONG_TEXT);
        return columnOrList;
    }

    public static <S, T> TableColumn<S, T> column(String key, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cd -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows each of {@code items} by its label, and reads a label back as the item that has it. */
    private static <T> StringConverter<T> labelled(List<T> items, Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(t -> label.apply(t).equals(s)).findFirst().orElse(null);
            }
        };
    }

    /** A combo box of labelled enum constants (or any values with a label function). */
    public static <T> ComboBox<T> combo(Iterable<T> items, Function<T, String> label) {
        ComboBox<T> cb = new ComboBox<>();
        items.forEach(cb.getItems()::add);
        cb.setConverter(labelled(cb.getItems(), label));
        cb.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        cb.setMaxWidth(Double.MAX_VALUE);
        return cb;
    }

    /** The cooperating units' picker of a task: units checked in a drop-down list, their count shown. */
    public static <T> CheckComboBox<T> cooperatingUnits(
            ObservableList<T> units, Function<T, String> name) {
        // The control's check model listens to its items for as long as they live: it gets a list of its own,
        // kept equal to the model's (which holds it only weakly), so that a form let go is not kept by its model.
        ObservableList<T> own = FXCollections.observableArrayList();
        Bindings.bindContent(own, units);
        CheckComboBox<T> coop = new CheckComboBox<>(own);
        coop.setConverter(labelled(units, name));
        coop.setTitle(Messages.get("task.form.coopPrompt"));
        coop.setShowCheckedCount(true);
        coop.setMaxWidth(Double.MAX_VALUE);
        return coop;
    }

    public static <E extends Enum<E> & Labeled> ComboBox<E> enumCombo(Class<E> type) {
        return combo(List.of(type.getEnumConstants()), Labeled::label);
    }

    static boolean confirm(Window owner, String titleKey, String text) {
        Alert a = Windows.fit(new Alert(Alert.AlertType.CONFIRMATION, text, Dialogs.OK, Dialogs.CANCEL));
        a.initOwner(owner);
        a.setTitle(Messages.get(titleKey));
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == Dialogs.OK).isPresent();
    }

    static void error(Window owner, String text) {
        Alert a = Windows.fit(new Alert(Alert.AlertType.ERROR, text, Dialogs.CLOSE));
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(null);
        a.show();
    }

    /**
     * Binds an editor to a property of the list's selected item, moving the binding when the selection
     * moves; the editor is disabled while nothing is selected.
     */
    public static <T, V> void editSelected(ReadOnlyObjectProperty<T> selected,
                                           Function<T, Property<V>> field,
                                           Property<V> editor, Node control) {
        selected.addListener((o, old, now) -> {
            if (old != null) {
                editor.unbindBidirectional(field.apply(old));
            }
            if (now != null) {
                editor.setValue(field.apply(now).getValue());
                editor.bindBidirectional(field.apply(now));
            }
        });
        control.disableProperty().bind(selected.isNull());
    }

    /** Moves the list's selected item {@code by} places (−1 up, +1 down), keeping it selected. */
    public static <T> void moveSelected(ListView<T> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        T t = list.getItems().remove(i);
        list.getItems().add(j, t);
        list.getSelectionModel().select(j);
    }

    /** A small muted explanation under a title or above a list. */
    public static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, never squeezed to "…"
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /** A form tab's content, padded and scrolling vertically, its width following the tab's. */
    public static ScrollPane scroll(Node content) {
        VBox box = new VBox(8, content);
        box.setPadding(new Insets(8, 16, 16, 12));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    /**
     * Two pill buttons choosing between two modes of a screen (list or calendar, inspections or violations): one
     * is always pressed, and {@code second} is true while the second is.
     */
    public static ToggleButton[] modeToggle(BooleanProperty second,
                                                                  String firstKey, String firstId, String secondKey,
                                                                  String secondId) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton a = new ToggleButton(Messages.get(firstKey));
        a.setId(firstId);
        ToggleButton b = new ToggleButton(Messages.get(secondKey));
        b.setId(secondId);
        a.setToggleGroup(group);
        b.setToggleGroup(group);
        a.getStyleClass().add(Styles.LEFT_PILL);
        b.getStyleClass().add(Styles.RIGHT_PILL);
        (second.get() ? b : a).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                second.set(now == b);
            }
        });
        return new ToggleButton[] {a, b};
    }

    /**
     * Keeps {@code o} for as long as {@code owner} lives (in the node's properties): for what a model must hold
     * only weakly, so that the model, which outlives its screens, does not keep a screen the clerk left.
     */
    public static <T> T keep(Node owner, T o) {
        @SuppressWarnings("unchecked")
        List<Object> kept = (List<Object>) owner.getProperties()
                .computeIfAbsent(KEPT, k -> new ArrayList<>());
        kept.add(o);
        return o;
    }

    /**
     * Follows a model's {@code value} for as long as {@code owner} lives: the listener is called at once with the
     * value the model has now (old value null; a screen may be built on a model already in use) and on every
     * change; the model holds it weakly, the owner strongly (see {@link #keep}).
     */
    public static <T> void listen(Node owner, ObservableValue<T> value,
                                  ChangeListener<T> listener) {
        listener.changed(value, null, value.getValue());
        value.addListener(new WeakChangeListener<>(keep(owner, listener)));
    }

    /** Listens to a model's {@code list} for as long as {@code owner} lives (see {@link #keep}); changes only. */
    public static <T> void listenList(Node owner, ObservableList<T> list,
                                      ListChangeListener<T> listener) {
        list.addListener(new WeakListChangeListener<>(keep(owner, listener)));
    }
}
