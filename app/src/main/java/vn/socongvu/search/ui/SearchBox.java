package vn.socongvu.search.ui;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

import vn.socongvu.ui.kit.KeyActions;
import vn.socongvu.ui.kit.Ui;

/**
 * The header's search field ("Tìm trong tất cả…", Ctrl+K) and its results under it, grouped by kind: the field
 * asks once the clerk pauses typing; ↓ goes into the results, Enter opens the selected (or the first) result, Esc
 * closes them, a click elsewhere too.
 */
public final class SearchBox extends HBox {
    /** How long typing must pause before the search runs. */
    static final Duration PAUSE = Duration.millis(250);
    private static final double ROW_HEIGHT = 34;

    private final SearchViewModel vm;
    private final CustomTextField field;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    /** The results and their popup, made when first shown: the window's first frame does not wait for them. */
    private ListView<SearchViewModel.Row> results;
    private Popup popup;

    public SearchBox(SearchViewModel vm) {
        this.vm = vm;
        // Ctrl+F stays the section's own search box; this one is Ctrl+K's (the prompt says so).
        this.field = KeyActions.unmark(Ui.searchField("search.prompt", "header-search", vm.queryProperty()));
        // Not reached by Tab, so that the window does not open with its prompt hidden by the focus: a click or
        // Ctrl+K takes the clerk there.
        field.setFocusTraversable(false);
        field.setPrefWidth(300);
        field.setMinWidth(180);
        HBox.setHgrow(field, Priority.SOMETIMES);
        getChildren().add(field);
        setId("header-search-box");

        pause.setOnFinished(e -> vm.search());
        field.textProperty().addListener((o, a, b) -> pause.playFromStart());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && isShowing() && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().select(vm.first());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pause.stop();
                if (isShowing() && vm.first() != null) {
                    vm.open(vm.first());
                } else {
                    vm.search();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && isShowing()) {
                vm.close();
                e.consume();
            }
        });

        vm.rows().addListener((ListChangeListener<SearchViewModel.Row>) c -> fit());
        vm.showingProperty().addListener((o, a, showing) -> {
            if (showing) {
                show();
            } else if (popup != null) {
                popup.hide();
            }
        });
    }

    /** The field, for the window's Ctrl+K. */
    public CustomTextField field() {
        return field;
    }

    /** Focuses the field with what it holds selected, ready to type over (Ctrl+K, Ctrl+Shift+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    /** The results' popup, made on first use. */
    private Popup popup() {
        if (popup != null) {
            return popup;
        }
        results = new ListView<>();
        popup = new Popup();
        results.setId("header-search-results");
        results.setItems(vm.rows());
        results.setFixedCellSize(ROW_HEIGHT);
        results.setCellFactory(l -> new ResultCell());
        // While the results are shown, the window's keys go to them first (a popup's way): ↑↓ move in them, Enter
        // opens the one selected (or the first), Esc closes them; the letters typed go on to the field.
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                SearchViewModel.Row selected = results.getSelectionModel().getSelectedItem();
                pause.stop();
                vm.open(selected != null && selected.kind() != SearchViewModel.Row.Kind.HEADING ? selected
                        : vm.first());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                field.requestFocus();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.open(results.getSelectionModel().getSelectedItem());
            }
        });
        Label message = new Label();
        message.setId("header-search-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Label hint = Ui.hint("search.hint");
        VBox box = new VBox(6, message, results, hint);
        box.setPadding(new Insets(8));
        box.setPrefWidth(560);
        box.getStyleClass().add("search-popup");
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 4);");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> vm.close());
        fit();
        return popup;
    }

    private void fit() {
        if (results == null) {
            return;
        }
        int n = vm.rows().size();
        results.setVisible(n > 0);
        results.setManaged(n > 0);
        results.setPrefHeight(Math.min(n, 14) * ROW_HEIGHT + 4);
    }

    private void show() {
        if (getScene() == null || getScene().getWindow() == null || isShowing()) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        // Under the field, its right edge where the field's is when the field is near the window's right.
        double x = Math.max(getScene().getWindow().getX(), b.getMaxX() - 560);
        popup().show(getScene().getWindow(), Math.min(b.getMinX(), x), b.getMaxY() + 2);
    }

    /** A line of the results: a kind's heading, a record with what tells it apart, or "Xem tất cả". */
    private static final class ResultCell extends ListCell<SearchViewModel.Row> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox line = new HBox(10, title, detail);

        ResultCell() {
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            // The detail (a date, a unit: short) in full; the title takes the rest, cut with "…" (its whole text in
            // the tooltip): the list never scrolls sideways.
            detail.setMinWidth(Label.USE_PREF_SIZE);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            line.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            title.getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.ACCENT);
            setDisable(false);
            setTooltip(null);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            title.setText(r.text());
            switch (r.kind()) {
                case HEADING -> {
                    title.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                    detail.setText("");
                    setDisable(true);
                }
                case HIT -> {
                    detail.setText(r.hit().detail());
                    setTooltip(new Tooltip(r.text() + (r.hit().detail().isEmpty() ? "" : "\n" + r.hit().detail())));
                    setAccessibleText(r.of().label() + ": " + r.text() + ". " + r.hit().detail());
                }
                case MORE -> {
                    title.getStyleClass().add(Styles.ACCENT);
                    detail.setText("");
                }
            }
            setGraphic(line);
        }
    }
}
