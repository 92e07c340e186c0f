package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import vn.socongvu.planimport.Unplaced;
import vn.socongvu.planimport.ui.ReviewItem;

/**
 * The review's list of paragraphs not placed, in the real window: shown under the original text, a paragraph
 * chosen there is selected and scrolled to in the original, "Thêm làm nhiệm vụ" puts it in the tree after the
 * chosen task and takes it off the list.
 */
@ExtendWith(ApplicationExtension.class)
class PlanReviewUnplacedFxTest {
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ BÌNH THÀNH
            Số: 30/KH-UBND
            Bình Thành, ngày 12 tháng 3 năm 2026
            KẾ HOẠCH
            Tăng cường kỷ luật, kỷ cương hành chính năm 2026
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Tăng cường tuyên truyền các quy định về kỷ luật, kỷ cương; thực hiện thường xuyên.
            2. Rà soát Quy chế làm việc của UBND xã, hoàn thành trước ngày 30/6/2026.
            3. Công an xã kiểm tra việc chấp hành giờ giấc làm việc hằng quý.
            Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 7/2026.
            4. Đánh giá, xếp loại cán bộ, công chức; thời hạn: 15/12/2026.
            III. KINH PHÍ
            Kinh phí thực hiện từ ngân sách xã năm 2026.
            Trên đây là Kế hoạch của UBND xã./.
            """;

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

    @SuppressWarnings("unchecked")
    @Test
    void aParagraphNotPlacedIsShownInTheOriginalAndAddedAsATask(FxRobot r) throws Exception {
        r.clickOn("#nav-plans");
        MenuButton menu = r.lookup("#plan-import").queryAs(MenuButton.class);
        Platform.runLater(() -> menu.getItems().get(1).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> r.lookup("#plan-paste-text").tryQuery().isPresent());
        r.interact(() -> r.lookup("#plan-paste-text").queryAs(TextArea.class).setText(PLAN));
        Button read = r.lookup((Node n) -> n instanceof Button b && "Đọc văn bản".equals(b.getText())).queryButton();
        r.interact(read::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> r.lookup("#plan-review").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<Unplaced> list = r.lookup("#review-unplaced").queryAs(ListView.class);
        assertTrue(list.isVisible());
        assertEquals(List.of("Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 7/2026.",
                "Kinh phí thực hiện từ ngân sách xã năm 2026."), list.getItems().stream().map(Unplaced::text).toList());
        Button add = r.lookup("#review-add-unplaced").queryButton();
        assertTrue(add.isDisabled(), "nothing chosen yet");

        ListView<TextParagraph> original = r.lookup("#review-original").queryAs(ListView.class);
        Unplaced review = list.getItems().get(0);
        r.interact(() -> list.getSelectionModel().select(0));
        assertEquals(review.paragraph(), original.getSelectionModel().getSelectedIndex(),
                "the paragraph chosen is the one selected in the original text");

        TreeTableView<ReviewItem> tree = r.lookup("#review-tree").queryAs(TreeTableView.class);
        TreeItem<ReviewItem> third = tree.getRoot().getChildren().get(0).getChildren().get(2);
        r.interact(() -> tree.getSelectionModel().select(third));
        r.interact(() -> list.getSelectionModel().select(0));
        assertFalse(add.isDisabled());
        r.interact(add::fire);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> tasks = tree.getRoot().getChildren().get(0).getChildren().stream()
                .map(t -> t.getValue().display()).toList();
        assertEquals("Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 7/2026.", tasks.get(3), tasks.toString());
        assertEquals(5, tasks.size());
        assertEquals(tasks.get(3), tree.getSelectionModel().getSelectedItem().getValue().display(),
                "the new task is selected");
        TextParagraph source = (TextParagraph) r.lookup(".review-source").queryAs(ListCell.class).getItem();
        assertEquals(review.paragraph(), source.index(), "and its paragraph highlighted as its source");
        assertEquals(List.of("Kinh phí thực hiện từ ngân sách xã năm 2026."),
                list.getItems().stream().map(Unplaced::text).toList());
    }
}
