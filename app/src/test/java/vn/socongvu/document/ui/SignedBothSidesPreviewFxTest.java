package vn.socongvu.document.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;

/** The preview of a paper signed on both sides (minutes, Mẫu 1.9): the Nơi nhận under the left signature. */
@ExtendWith(ApplicationExtension.class)
class SignedBothSidesPreviewFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    @Test
    void recipientsComeUnderTheLeftSignature(FxRobot r) {
        OfficialDocument d = new OfficialDocument(DocumentKind.BIEN_BAN, "UBND", "05/BB-UBND", LocalDate.of(2026, 11, 5),
                new OfficialDocument.Issuer("UBND tỉnh Thái Nguyên", "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành"),
                "Họp giao ban tháng 11", List.of(), List.of(Block.Paragraph.of("Cuộc họp kết thúc vào 10 giờ./.")),
                List.of("Các thành viên dự họp", "Lưu: VT, hồ sơ"), Signature.personal("Chủ trì", "Nguyễn Văn Hùng"),
                Signature.personal("Thư ký", "Lê Thị Lan"));
        AtomicReference<List<Pane>> pages = new AtomicReference<>();
        r.interact(() -> pages.set(DocumentPages.pages(d)));
        List<String> all = new ArrayList<>();
        pages.get().forEach(p -> texts(p, all));
        int secretary = all.indexOf("Lê Thị Lan");
        int recipients = all.indexOf("Nơi nhận:");
        assertTrue(all.contains("THƯ KÝ") && all.contains("CHỦ TRÌ"), all.toString());
        assertTrue(secretary >= 0 && recipients > secretary, "under the secretary's name: " + all);
        assertTrue(all.indexOf("- Lưu: VT, hồ sơ.") > all.indexOf("- Các thành viên dự họp;"), all.toString());
        assertTrue(all.indexOf("CHỦ TRÌ") > all.indexOf("- Lưu: VT, hồ sơ."), "the chair's column after: " + all);
    }
}
