package vn.socongvu.document.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
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

/** The preview's pages follow the .docx's rules: the signature keeps body text with it, a link is not justified. */
@ExtendWith(ApplicationExtension.class)
class DocumentPagesFxTest {
    private static final OfficialDocument.Issuer ISSUER = new OfficialDocument.Issuer("UBND tỉnh Thái Nguyên",
            "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static OfficialDocument notice(List<Block> body) {
        return new OfficialDocument(DocumentKind.THONG_BAO, "UBND", "45/TB-UBND", LocalDate.of(2026, 1, 5), ISSUER,
                "Kết luận của Chủ tịch tại cuộc họp giao ban", List.of(), body,
                List.of("Các đơn vị thuộc UBND xã", "Lưu: VT"),
                new Signature(List.of("TM. Ủy ban nhân dân"), "Chủ tịch", "Nguyễn Văn Hùng"), null);
    }

    @Test
    void theSignatureNeverStandsAloneOnTheLastPage(FxRobot r) {
        List<String> alone = new ArrayList<>();
        r.interact(() -> {
            for (int n = 10; n <= 40; n++) { // some length puts the closing block at a page's end
                List<Block> body = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    body.add(Block.Paragraph.of("Đoạn " + (i + 1) + " của thông báo kết luận cuộc họp giao ban."));
                }
                List<Pane> pages = DocumentPages.pages(notice(body));
                VBox last = (VBox) pages.getLast().getChildren().get(0);
                if (pages.size() > 1 && !(last.getChildren().get(0) instanceof TextFlow)) {
                    alone.add(n + " paragraphs: the last page opens with " + last.getChildren().get(0));
                }
            }
        });
        assertEquals(List.of(), alone);
    }

    @Test
    void aParagraphHoldingALinkIsNotJustified(FxRobot r) {
        String link = "https://meet.thainguyen.gov.vn/phong-hop-truc-tuyen/ubnd-xa-binh-thanh?id=8f3a2c91d4";
        List<TextAlignment> aligns = new ArrayList<>();
        r.interact(() -> {
            List<Pane> pages = DocumentPages.pages(notice(List.of(Block.Paragraph.of("Địa điểm: " + link + "."),
                    Block.Paragraph.of("Thành phần: lãnh đạo UBND xã và các đơn vị."))));
            VBox content = (VBox) pages.getFirst().getChildren().get(0);
            content.getChildren().stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast)
                    .filter(f -> f.getChildren().stream().anyMatch(c -> c instanceof Text t
                            && (t.getText().startsWith("Địa điểm") || t.getText().startsWith("Thành phần"))))
                    .forEach(f -> aligns.add(f.getTextAlignment()));
        });
        assertEquals(List.of(TextAlignment.LEFT, TextAlignment.JUSTIFY), aligns);
    }
}
