package vn.socongvu.overview.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.overview.ui.OverviewViewModel.ReminderLine;
import vn.socongvu.task.TaskRow;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Ui;

/** Tổng quan: four counts, a chart by lead unit, and the reminders, each one click from its task. */
public final class OverviewView extends ScrollPane {
    /** The height of a one-line reminder in the list. */
    private static final double REMINDER_LINE = 27;
    private static final List<TaskState> FOUR = List.of(TaskState.DONE_ON_TIME, TaskState.DONE_LATE,
            TaskState.OPEN_ON_TIME, TaskState.OPEN_OVERDUE);
    private final OverviewViewModel vm;
    private final Consumer<TaskRow> openTask;
    private final FlowPane cards = new FlowPane(12, 12);
    private final StackedBarChart<Number, String> chart;
    /** Virtualised: a busy commune's reminders run to hundreds of lines, only those in view are made. */
    private final ListView<ReminderLine> reminders = new ListView<>();

    public OverviewView(OverviewViewModel vm, Consumer<TaskRow> openTask) {
        this(vm, openTask, () -> { }, () -> { });
    }

    /**
     * @param openMeetings shows Cuộc họp (from the reminder of meetings held without minutes)
     * @param openReports  shows Báo cáo (from the reminder of the next report due)
     */
    public OverviewView(OverviewViewModel vm, Consumer<TaskRow> openTask, Runnable openMeetings, Runnable openReports) {
        this.vm = vm;
        this.openTask = openTask;
        setId("overview-view");
        setFitToWidth(true);
        ComboBox<OverviewPeriod> period = Ui.enumCombo(OverviewPeriod.class);
        period.valueProperty().bindBidirectional(vm.period);
        period.setMaxWidth(220);
        period.setId("overview-period");
        Label periodText = new Label();
        periodText.getStyleClass().add(Styles.TEXT_MUTED);
        periodText.setWrapText(true); // says what is counted: read whole, never cut
        periodText.textProperty().bind(vm.periodTextProperty());
        Label scope = new Label();
        scope.setId("overview-scope");
        scope.getStyleClass().add(Styles.TEXT_BOLD);
        scope.setWrapText(true);
        scope.textProperty().bind(vm.scopeTextProperty());
        scope.visibleProperty().bind(scope.textProperty().isNotEmpty());
        scope.managedProperty().bind(scope.visibleProperty());
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("overview.chart.axis"));
        x.setMinorTickVisible(false);
        x.setTickUnit(1);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        CategoryAxis y = new CategoryAxis();
        chart = new StackedBarChart<>(x, y);
        chart.setId("overview-chart");
        chart.setTitle(Messages.get("overview.chart.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(360);
        chart.setLegendVisible(true);
        Label reminderText = new Label();
        reminderText.setId("overview-reminder-text");
        reminderText.setWrapText(true);
        reminderText.textProperty().bind(vm.reminderTextProperty());
        reminders.setId("overview-reminders");
        reminders.getStyleClass().add("overview-reminders");
        reminders.setCellFactory(l -> new ReminderCell());
        reminders.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER
                    && reminders.getSelectionModel().getSelectedItem() instanceof ReminderLine.Task t) {
                openTask.accept(t.row());
            }
        });
        reminders.visibleProperty().bind(Bindings.isNotEmpty(reminders.getItems()));
        reminders.managedProperty().bind(reminders.visibleProperty());
        Hyperlink meetings = new Hyperlink();
        meetings.setId("overview-meetings");
        meetings.getStyleClass().add(Styles.DANGER);
        meetings.textProperty().bind(vm.meetingTextProperty());
        meetings.visibleProperty().bind(meetings.textProperty().isNotEmpty());
        meetings.managedProperty().bind(meetings.visibleProperty());
        meetings.setOnAction(e -> openMeetings.run());
        Hyperlink report = new Hyperlink();
        report.setId("overview-report");
        report.getStyleClass().add(Styles.TEXT_BOLD);
        report.textProperty().bind(vm.reportTextProperty());
        report.visibleProperty().bind(report.textProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());
        report.setOnAction(e -> openReports.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("overview-loading");
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(vm.loadingProperty());
        VBox page = new VBox(14, Ui.bar(Ui.title("nav.overview"), busy, Ui.spacer(), period), scope, periodText, report,
                cards, chart,
                Ui.title("overview.remindersTitle"), reminderText, meetings, reminders);
        page.setPadding(new Insets(16, 24, 24, 24));
        setContent(page);
        vm.changed().listen(this, nothing -> render());
        if (vm.shownProperty().get()) {
            render(); // a screen built on coming back shows the figures it has, until they are counted again
        }
        loadAfterFirstLayout();
    }

    /**
     * The figures are asked for once the page has been laid out in its window: counting them on another
     * core while the window lays out its first frame made that frame ~0.1 s later (README, Performance);
     * the spinner shows until they come.
     */
    private void loadAfterFirstLayout() {
        sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o,
                    Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                sceneProperty().removeListener(this);
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(vm::load);
                    }
                });
            }
        });
    }

    private void render() {
        cards.getChildren().clear();
        cards.getChildren().add(card(Messages.get("overview.total"), Integer.toString(vm.total()), "overview-total", null));
        for (TaskState s : FOUR) {
            cards.getChildren().add(card(s.label(), vm.countText(s), "overview-" + s.name().toLowerCase().replace('_', '-'),
                    switch (s) {
                        case DONE_ON_TIME -> Styles.SUCCESS;
                        case DONE_LATE -> Styles.WARNING;
                        case OPEN_OVERDUE -> Styles.DANGER;
                        default -> Styles.ACCENT;
                    }));
        }
        chart.getData().clear();
        // Series in the order of FOUR: app.css gives default-color0..3 the states' colours.
        for (TaskState s : FOUR) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(s.label());
            // A category axis runs bottom-up: add in reverse so the units read A → Z from the top.
            List<Map.Entry<String, Map<TaskState, Integer>>> units = new ArrayList<>(vm.byUnit.entrySet());
            Collections.reverse(units);
            for (Map.Entry<String, Map<TaskState, Integer>> e : units) {
                series.getData().add(new XYChart.Data<>(e.getValue().getOrDefault(s, 0), e.getKey()));
            }
            chart.getData().add(series);
        }
        chart.setPrefHeight(Math.max(220, 90 + 34 * vm.byUnit.size()));
        List<ReminderLine> lines = vm.reminderLines();
        reminders.getItems().setAll(lines);
        // Up to ~14 lines in view (a long reminder wraps onto two); the list scrolls for the rest.
        reminders.setPrefHeight(Math.min(lines.size(), 14) * REMINDER_LINE + 4);
    }

    /**
     * A lead unit's heading (bold), or one of its tasks as a link that opens it (red when overdue); Enter on a
     * selected task opens it too. A cell shows many lines in turn as the list scrolls.
     */
    private final class ReminderCell extends ListCell<ReminderLine> {
        private final Label unit = new Label();
        private final Hyperlink link = new Hyperlink();

        ReminderCell() {
            unit.getStyleClass().add(Styles.TEXT_BOLD);
            link.setWrapText(true);
            link.setPadding(new Insets(0, 0, 0, 16));
            // As wide as the list (less the cell's padding and the scroll bar), and as tall as its text needs:
            // a long reminder wraps onto a second line, never cut or scrolled sideways.
            link.prefWidthProperty().bind(reminders.widthProperty().subtract(40));
            link.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReminderLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                link.setOnAction(null);
                return;
            }
            switch (line) {
                case ReminderLine.Unit u -> {
                    unit.setText(u.name() + " (" + u.count() + ")");
                    setGraphic(unit);
                }
                case ReminderLine.Task t -> {
                    TaskRow r = t.row();
                    link.setText(Messages.get("overview.reminderItem", VnFormat.date(r.dueOn()), r.state().label(),
                            r.content()));
                    link.getStyleClass().removeAll(Styles.DANGER, Styles.ACCENT);
                    link.getStyleClass().add(r.state() == TaskState.OPEN_OVERDUE ? Styles.DANGER : Styles.ACCENT);
                    link.setVisited(false); // the cell showed another task before
                    link.setOnAction(e -> openTask.accept(r));
                    setGraphic(link);
                }
            }
        }
    }

    /** A figure with its title; the figure is never cut ("1293 (56,1 %)" widens its card). */
    static VBox card(String title, String value, String id, String style) {
        Label v = new Label(value);
        v.setId(id);
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.getStyleClass().add(Styles.TITLE_2);
        if (style != null) {
            v.getStyleClass().add(style);
        }
        Label t = new Label(title);
        t.setWrapText(true);
        t.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, v, t);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.setPrefWidth(205);
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 8;");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
