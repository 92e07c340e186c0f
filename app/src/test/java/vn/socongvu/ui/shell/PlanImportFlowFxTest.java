package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.plan.Plan;
import vn.socongvu.planimport.UnitRef;
import vn.socongvu.planimport.ui.PlanImportLauncher;
import vn.socongvu.planimport.ui.ReviewItem;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;

/**
 * Issue 10's review through the real window: Kế hoạch → Nhập kế hoạch → Dán văn bản, the proposal beside the
 * original, drop / undo / merge, a fault shown on its task with nothing saved, then one save of all of it.
 */
@ExtendWith(ApplicationExtension.class)
class PlanImportFlowFxTest {
    @TempDir
    static Path tmp;
    Services services;

    @Start
    void start(Stage stage) {
        services = TestServices.binhThanh(tmp.resolve("data-" + System.nanoTime()), LocalDate.of(2026, 3, 12));
        FxWindows.show(stage, services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String samplePlan() throws Exception {
        try (var in = PlanImportFlowFxTest.class.getResourceAsStream("/planimport/ke-hoach-mau.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Kế hoạch → Nhập kế hoạch → Dán văn bản kế hoạch…, the text pasted, "Đọc văn bản". */
    private static void paste(FxRobot r, String text) throws Exception {
        r.clickOn("#nav-plans");
        MenuButton menu = r.lookup("#plan-import").queryAs(MenuButton.class);
        // The paste dialog waits for the clerk: open it without waiting for it to close.
        Platform.runLater(() -> menu.getItems().get(1).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#plan-paste-text").tryQuery().isPresent());
        r.interact(() -> r.lookup("#plan-paste-text").queryAs(TextArea.class).setText(text));
        Button read = r.lookup((Node n) -> n instanceof Button b && "Đọc văn bản".equals(b.getText())).queryButton();
        r.interact(read::fire);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<ReviewItem> tree(FxRobot r) {
        return r.lookup("#review-tree").queryAs(TreeTableView.class);
    }

    private static List<TreeItem<ReviewItem>> rows(TreeTableView<ReviewItem> tree) {
        List<TreeItem<ReviewItem>> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<ReviewItem> n, List<TreeItem<ReviewItem>> out) {
        for (TreeItem<ReviewItem> c : n.getChildren()) {
            out.add(c);
            collect(c, out);
        }
    }

    /** Selects the task whose numbering and text start with {@code start}. */
    private static ReviewItem choose(FxRobot r, String start) {
        TreeTableView<ReviewItem> tree = tree(r);
        TreeItem<ReviewItem> row = rows(tree).stream().filter(t -> t.getValue().display().startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no task " + start));
        r.interact(() -> tree.getSelectionModel().select(row));
        return row.getValue();
    }

    private static String summary(FxRobot r) {
        return r.lookup("#review-summary").queryAs(Label.class).getText();
    }

    @Test
    void pastedPlanIsReviewedEditedAndSavedAtOnce(FxRobot r) throws Exception {
        paste(r, samplePlan());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#plan-review").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary(r).startsWith("10 nhiệm vụ · 3 chỉ tiêu · 1 đơn vị mới"), summary(r));
        assertTrue(r.lookup("#review-count").queryAs(Label.class).getText().matches("Còn \\d+ mục cần xem lại"));

        // A guess is marked, and its source sentence is the one highlighted in the original text.
        ReviewItem posting = choose(r, "b) Đăng tải tin");
        assertTrue(posting.needsReview(), "its lead unit is the plan's follow-up unit, guessed");
        WaitForAsyncUtils.waitForFxEvents();
        TextParagraph source = r.lookup(".review-source").queryAs(ListCell.class).getItem() instanceof TextParagraph p
                ? p : null;
        assertNotNull(source);
        assertTrue(source.text().startsWith("b) Đăng tải tin, bài về chuyển đổi số"), source.text());
        r.clickOn("#review-accept");
        assertFalse(posting.needsReview(), "accepted by the clerk");

        // Drop, take it back, drop again.
        choose(r, "c) Trang bị máy quét");
        r.clickOn("#review-drop");
        assertTrue(summary(r).startsWith("9 nhiệm vụ"), summary(r));
        r.clickOn("#review-undo");
        assertTrue(summary(r).startsWith("10 nhiệm vụ"), summary(r));
        choose(r, "c) Trang bị máy quét");
        r.clickOn("#review-drop");
        assertTrue(summary(r).startsWith("9 nhiệm vụ"), summary(r));

        // Two bullets that are one task: merged, the surer deadline kept.
        choose(r, "- Sơ kết 6 tháng");
        r.clickOn("#review-merge");
        assertTrue(summary(r).startsWith("8 nhiệm vụ"), summary(r));
        assertTrue(r.lookup("#review-text").queryAs(TextArea.class).getText().endsWith("thời gian hoàn thành: 15/12/2026."));
        assertEquals(LocalDate.of(2026, 12, 15), r.lookup("#review-deadline").queryAs(DatePicker.class).getValue());

        // A task left without its lead unit is marked on the task; nothing is saved.
        choose(r, "a) Tuyên truyền");
        @SuppressWarnings("unchecked")
        ComboBox<UnitRef> lead = r.lookup("#review-lead-unit").queryAs(ComboBox.class);
        r.interact(() -> lead.setValue(null));
        r.clickOn("#review-save");
        assertTrue(r.lookup("#review-message").queryAs(Label.class).getText().startsWith("Chưa lưu: còn 1 chỗ"),
                r.lookup("#review-message").queryAs(Label.class).getText());
        assertTrue(r.lookup("#review-lead-error").queryAs(Label.class).getText().contains("chưa có đơn vị chủ trì"));
        assertTrue(services.plans().plans(2026, true).isEmpty(), "nothing saved before every fault is mended");

        // Mended: a unit chosen, a recurrence changed; then one save.
        r.interact(() -> lead.setValue(lead.getItems().stream().filter(u -> u.unitName().equals("Công an xã"))
                .findFirst().orElseThrow()));
        assertEquals("", r.lookup("#review-lead-error").queryAs(Label.class).getText());
        choose(r, "b) Cập nhật, làm sạch");
        r.interact(() -> r.lookup("#review-recurrence").queryComboBox().getSelectionModel().select(Recurrence.QUARTERLY));
        r.clickOn("#review-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#plan-review").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<Plan> plans = services.plans().plans(2026, true);
        assertEquals(1, plans.size());
        Plan plan = plans.get(0);
        assertEquals("Thực hiện chuyển đổi số và cải cách thủ tục hành chính trên địa bàn xã năm 2026", plan.title());
        assertEquals("27/KH-UBND", plan.number(), "the commune's own plan goes into the register with its number");
        List<Task> tasks = services.tasks().planTasks(plan.id());
        List<Task> leaves = tasks.stream().filter(t -> !t.group()).toList();
        assertEquals(8, leaves.size());
        assertTrue(leaves.stream().noneMatch(t -> t.content().startsWith("Trang bị máy quét")), "dropped");
        Task merged = leaves.stream().filter(t -> t.content().startsWith("Kiểm tra việc giải quyết hồ sơ trễ hạn"))
                .findFirst().orElseThrow();
        assertTrue(merged.content().contains("Sơ kết 6 tháng"));
        assertEquals(LocalDate.of(2026, 12, 15), merged.deadline());
        long police = services.directory().activeUnits().stream().filter(u -> u.name().equals("Công an xã"))
                .findFirst().orElseThrow().id();
        Task outreach = leaves.stream().filter(t -> t.content().startsWith("Tuyên truyền")).findFirst().orElseThrow();
        assertEquals(police, outreach.leadUnitId());
        assertEquals(Recurrence.QUARTERLY, leaves.stream().filter(t -> t.content().startsWith("Cập nhật, làm sạch"))
                .findFirst().orElseThrow().recurrence());
        assertTrue(services.directory().activeUnits().stream().anyMatch(u -> u.name().equals("Đoàn Thanh niên xã")),
                "the unit new to the directory was added");

        // The plan list shows the new plan open, and says what was saved.
        TableView<?> list = r.lookup("#plan-table").queryAs(TableView.class);
        assertEquals(plan, list.getSelectionModel().getSelectedItem());
        assertTrue(r.lookup("#plan-message").queryAs(Label.class).getText().startsWith("Đã lưu kế hoạch"),
                r.lookup("#plan-message").queryAs(Label.class).getText());
    }

    @Test
    void aHeadingsUnitIsSetForItsTasksAndAnItemIsMovedByKeysAndUndone(FxRobot r) throws Exception {
        paste(r, samplePlan());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#plan-review").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // "Đơn vị cho cả mục" → "Đơn vị chủ trì cho cả mục…" on a heading: one unit for its three tasks.
        choose(r, "2. Hoàn thiện hạ tầng");
        MenuButton units = r.lookup("#review-branch-units").queryAs(MenuButton.class);
        assertFalse(units.isDisabled(), "a heading is selected");
        Platform.runLater(() -> units.getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#review-branch-lead-unit").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<UnitRef> unit = r.lookup("#review-branch-lead-unit").queryAs(ComboBox.class);
        r.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.unitName().equals("Phòng Kinh tế"))
                .findFirst().orElseThrow()));
        DialogPane pane = r.lookup("#review-branch-lead-dialog").queryAs(DialogPane.class);
        r.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> leads = new ArrayList<>();
        for (String task : List.of("a) Rà soát", "b) Cập nhật", "c) Trang bị")) {
            choose(r, task);
            leads.add(lead(r));
        }
        assertEquals(List.of("Phòng Kinh tế", "Phòng Kinh tế", "Phòng Kinh tế"), leads);
        choose(r, "a) Tuyên truyền");
        assertEquals("Phòng Văn hóa – Xã hội", lead(r), "outside the heading: as it was");

        // Alt+Shift+← on a task: up a level, after its heading; "Hoàn tác" puts it back.
        ReviewItem scanner = choose(r, "c) Trang bị máy quét");
        TreeItem<ReviewItem> heading = rows(tree(r)).stream().filter(t -> t.getValue().display()
                .startsWith("2. Hoàn thiện")).findFirst().orElseThrow();
        r.interact(() -> tree(r).requestFocus());
        r.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<ReviewItem> moved = rows(tree(r)).stream().filter(t -> t.getValue() == scanner).findFirst()
                .orElseThrow();
        assertEquals(heading.getParent(), moved.getParent(), "a sibling of its former heading");
        assertEquals(scanner, tree(r).getSelectionModel().getSelectedItem().getValue(), "still selected");
        assertEquals(2, heading.getChildren().size());
        r.clickOn("#review-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows(tree(r)).stream().anyMatch(t -> t.getValue().display().startsWith("c) Trang bị")
                && t.getParent().getValue().display().startsWith("2. Hoàn thiện")), "back under its heading");

        // Ctrl+M: the new heading picked in a list, Enter chooses it.
        choose(r, "c) Trang bị máy quét");
        r.interact(() -> tree(r).requestFocus());
        r.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#review-move-targets").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<ReviewItem> targets = r.lookup("#review-move-targets").queryAs(ListView.class);
        r.interact(() -> {
            targets.getSelectionModel().select(targets.getItems().stream()
                    .filter(i -> i.display().startsWith("3. Kiểm tra, đánh giá")).findFirst().orElseThrow());
            targets.requestFocus();
        });
        r.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#review-move-targets").tryQuery().isEmpty());
        assertTrue(rows(tree(r)).stream().anyMatch(t -> t.getValue().display().startsWith("c) Trang bị")
                && t.getParent().getValue().display().startsWith("3. Kiểm tra")), "moved under the heading chosen");
    }

    /** The lead unit in the form below the tree, of the task selected. */
    private static String lead(FxRobot r) {
        WaitForAsyncUtils.waitForFxEvents();
        Object u = r.lookup("#review-lead-unit").queryComboBox().getValue();
        return u instanceof UnitRef ref ? ref.unitName() : "";
    }

    @Test
    void textThatIsNotAPlanIsRefusedWithItsReason(FxRobot r) throws Exception {
        paste(r, "Kính gửi các phòng, ban.\nĐề nghị các đơn vị báo cáo kết quả trước ngày 15/12.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(".dialog-pane").tryQuery()
                .map(n -> ((DialogPane) n).getContentText() != null).orElse(false));
        String text = r.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("nhiệm vụ"), text);
        assertTrue(r.lookup("#plan-review").tryQuery().isEmpty());
        assertTrue(services.plans().plans(2026, true).isEmpty());
    }

    @Test
    void anEmptyWordFileIsRefusedWithItsReasonNotAnError(FxRobot r) throws Exception {
        Path empty = Files.createFile(tmp.resolve("rong-" + System.nanoTime() + ".docx"));
        r.clickOn("#nav-plans");
        // What "Nhập từ tệp…" does once the clerk has picked the file.
        Platform.runLater(() -> PlanImportLauncher.read(r.lookup("#nav-plans").query()
                .getScene().getWindow(), services.planImporter(), empty, saved -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup(".dialog-pane").tryQuery()
                .map(n -> ((DialogPane) n).getContentText() != null).orElse(false));
        var pane = r.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().startsWith("Tệp " + empty.getFileName() + " trống (0 byte)"),
                pane.getContentText());
        assertTrue(r.lookup("#plan-review").tryQuery().isEmpty());
        r.interact(() -> pane.getScene().getWindow().hide());
    }
}
