package vn.socongvu.meeting.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.ui.kit.Ui;

/** A month of meetings, Monday first: each day lists its meetings by time; a click opens one. */
final class MeetingCalendar extends VBox {
    private static final int SHOWN_PER_DAY = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] WEEKDAYS = {Messages.get("meetings.calendar.day1"),
        Messages.get("meetings.calendar.day2"), Messages.get("meetings.calendar.day3"),
        Messages.get("meetings.calendar.day4"), Messages.get("meetings.calendar.day5"),
        Messages.get("meetings.calendar.day6"), Messages.get("meetings.calendar.day7")};
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<MeetingRow> rows;
    private final Consumer<MeetingRow> open;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final HBox head;

    MeetingCalendar(ObjectProperty<YearMonth> month, ObservableList<MeetingRow> rows, Consumer<MeetingRow> open) {
        super(8);
        this.month = month;
        this.rows = rows;
        this.open = open;
        setId("meeting-calendar");
        Button prev = Ui.button("meetings.calendar.prev", "calendar-prev", () -> month.set(month.get().minusMonths(1)));
        Button next = Ui.button("meetings.calendar.next", "calendar-next", () -> month.set(month.get().plusMonths(1)));
        Button today = Ui.button("meetings.calendar.today", "calendar-today", () -> month.set(YearMonth.now()));
        for (Button b : List.of(prev, next, today)) {
            b.getStyleClass().add(Styles.FLAT);
        }
        title.setId("calendar-title");
        title.getStyleClass().add(Styles.TITLE_4);
        head = Ui.bar(prev, title, next, Ui.spacer(), today); // the buttons and the month whole
        grid.getStyleClass().add("meeting-calendar");
        grid.setHgap(2);
        grid.setVgap(2);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        // The month fills the room; where its days hold more than fits (a small screen), it scrolls.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        Ui.listen(this, month, (o, a, b) -> build()); // builds it now as well
        Ui.listenList(this, rows, (ListChangeListener<MeetingRow>) c -> build());
    }

    /** An action under the month's buttons, on the right ("In lịch tuần"): the head has no room left at 1280 px. */
    void addAction(Button action) {
        HBox bar = Ui.bar(Ui.spacer(), action);
        getChildren().add(getChildren().indexOf(head) + 1, bar);
    }

    private void build() {
        YearMonth m = month.get();
        title.setText(Messages.get("meetings.calendar.title", m.getMonthValue(), Integer.toString(m.getYear())));
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            Label h = new Label(WEEKDAYS[c]);
            h.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            h.setMaxWidth(Double.MAX_VALUE);
            h.setAlignment(Pos.CENTER);
            grid.add(h, c, 0);
        }
        LocalDate first = m.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int weeks = (int) Math.ceil((first.getDayOfWeek().getValue() - 1 + m.lengthOfMonth()) / 7.0);
        grid.getRowConstraints().add(new RowConstraints());
        for (int w = 0; w < weeks; w++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(-1);
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(Region.USE_PREF_SIZE);
            grid.getRowConstraints().add(rc);
            for (int d = 0; d < 7; d++) {
                grid.add(day(start.plusDays(w * 7L + d), m), d, w + 1);
            }
        }
    }

    private VBox day(LocalDate date, YearMonth m) {
        VBox cell = new VBox(1);
        cell.getStyleClass().add("calendar-day");
        cell.setPadding(new Insets(2, 4, 2, 4));
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        boolean inMonth = YearMonth.from(date).equals(m);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!inMonth) {
            cell.getStyleClass().add("calendar-other-month");
        } else if (weekend) {
            cell.getStyleClass().add("calendar-weekend");
        }
        Label n = new Label(Integer.toString(date.getDayOfMonth()));
        n.getStyleClass().add(Styles.TEXT_SMALL);
        if (date.equals(LocalDate.now())) {
            n.getStyleClass().add(Styles.ACCENT);
        }
        cell.getChildren().add(n);
        if (!inMonth) {
            return cell;
        }
        List<MeetingRow> today = rows.stream().filter(r -> r.startsAt().toLocalDate().equals(date))
                .sorted(Comparator.comparing(MeetingRow::startsAt)).toList();
        for (int i = 0; i < Math.min(SHOWN_PER_DAY, today.size()); i++) {
            MeetingRow r = today.get(i);
            // The time and the kind of meeting, whole on a day's narrow width; the title in the tooltip and
            // in the meeting it opens.
            Hyperlink link = new Hyperlink(TIME.format(r.startsAt()) + " " + r.kind().label());
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.getStyleClass().add(Styles.TEXT_SMALL);
            if (r.incompleteFile()) {
                link.getStyleClass().add(Styles.DANGER);
            }
            link.setMaxWidth(Double.MAX_VALUE);
            link.setTooltip(new Tooltip(r.kind().label() + "\n" + r.title()));
            link.setOnAction(e -> open.accept(r));
            cell.getChildren().add(link);
        }
        if (today.size() > SHOWN_PER_DAY) {
            Label more = new Label(Messages.get("meetings.calendar.more", today.size() - SHOWN_PER_DAY));
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            cell.getChildren().add(more);
        }
        return cell;
    }
}
