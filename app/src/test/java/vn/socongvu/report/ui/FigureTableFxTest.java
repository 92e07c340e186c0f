package vn.socongvu.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import vn.socongvu.document.Spreadsheet;
import vn.socongvu.report.ReportTable;
import vn.socongvu.report.TraceKey;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Theme;

/** A figure table of Báo cáo: only the rows in sight are nodes; numbers open their records by click or Enter. */
@ExtendWith(ApplicationExtension.class)
class FigureTableFxTest {
    static final int ROWS = 3_000;
    final AtomicReference<String> opened = new AtomicReference<>();
    FigureTable table;

    @Start
    void start(Stage stage) {
        List<Spreadsheet.Column> columns = List.of(Spreadsheet.Column.ordinal(), Spreadsheet.Column.text("Kế hoạch", 40),
                Spreadsheet.Column.count("Tổng số", 10), Spreadsheet.Column.count("Quá hạn", 10));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String plan = "Kế hoạch số " + i;
            rows.add(new ReportTable.Row(List.of(i, plan, i % 7, 0), Arrays.asList(null, null,
                    TraceKey.of(TraceKey.Area.TASKS_BY_PLAN, plan, null),
                    TraceKey.of(TraceKey.Area.TASKS_BY_PLAN, plan, "OVERDUE"))));
        }
        ReportTable t = new ReportTable("Biểu 02", "Biểu 02. Theo kế hoạch", columns, rows, "Tổng cộng",
                Arrays.asList(null, null, TraceKey.of(TraceKey.Area.TASKS_BY_PLAN, null, null), null));
        table = new FigureTable(0, t, (key, shown) -> opened.set(key.group() + "/" + key.column() + " = " + shown));
        stage.setScene(new Scene(table, 900, 500));
        Theme.apply(stage.getScene());
        stage.show();
    }

    @Test
    void onlyTheRowsInSightAreBuiltAndTheTotalsComeLast(FxRobot r) {
        assertEquals(ROWS + 1, table.getItems().size(), "every row and the totals row");
        int built = r.lookup(".report-table .table-row-cell").queryAll().size();
        assertTrue(built > 5 && built < 60, "row nodes built: " + built);
        r.interact(() -> table.scrollTo(ROWS));
        r.interact(() -> { });
        Hyperlink total = r.lookup("#fig-0-total-2").queryAs(Hyperlink.class);
        int sum = 0;
        for (int i = 1; i <= ROWS; i++) {
            sum += i % 7;
        }
        assertEquals(VnFormat.integer(sum), total.getText());
        assertTrue(total.getParent().getParent().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("total")), "the totals row is marked");
        // A zero is a number, not a link: nothing behind it to open.
        assertTrue(r.lookup("#fig-0-" + (ROWS - 1) + "-3").tryQuery().isPresent());
        assertTrue(r.lookup("#fig-0-" + (ROWS - 1) + "-3").query().getStyleClass().contains("report-cell"));
    }

    @Test
    void aNumberOpensItsRecordsByClickAndByEnter(FxRobot r) {
        r.interact(() -> r.lookup("#fig-0-2-2").queryAs(Hyperlink.class).fire());
        assertEquals("Kế hoạch số 3/null = 3", opened.get());

        opened.set(null);
        r.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(4, table.getColumns().get(2));
            table.getFocusModel().focus(4, table.getColumns().get(2));
        });
        r.type(KeyCode.ENTER);
        assertEquals("Kế hoạch số 5/null = 5", opened.get());

        opened.set(null);
        r.interact(() -> {
            table.getSelectionModel().clearAndSelect(4, table.getColumns().get(3));
            table.getFocusModel().focus(4, table.getColumns().get(3));
        });
        r.type(KeyCode.ENTER);
        assertNull(opened.get(), "a zero has no records to open");
    }
}
