package vn.socongvu.document.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.print.Printer;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.socongvu.document.SampleDocuments;

@ExtendWith(ApplicationExtension.class)
class DocumentPreviewFxTest {
    @TempDir
    static Path tmp;
    Services services;
    DocumentPreview preview;
    Stage stage;

    @Start
    void start(Stage owner) {
        services = TestServices.demo(tmp.resolve("data-" + System.nanoTime()));
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        stage = DocumentPreview.show(owner,
                new SampleDocuments(services.settings(), services.directory(), LocalDate.of(2026, 1, 5)).plan(),
                "ke-hoach.docx");
        preview = (DocumentPreview) stage.getScene().getRoot();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheDocumentOnA4Pages(FxRobot r) {
        int pages = preview.pages().size(); // the sample plan's length follows the demo's data of this year
        assertTrue(pages >= 2, pages + " pages");
        assertEquals(pages + " trang", r.lookup("#preview-pages").queryAs(Label.class).getText());
        assertEquals(DocumentPages.PAGE_W, preview.pages().get(0).getPrefWidth());
        assertEquals(DocumentPages.PAGE_H, preview.pages().get(0).getPrefHeight());
        r.interact(() -> r.lookup("#preview-zoom").queryComboBox().getSelectionModel().select(Integer.valueOf(50)));
        assertEquals(0.5, preview.pages().get(0).getScaleX());
    }

    @Test
    void savesAWordFileThenOffersToOpenIt(FxRobot r) throws Exception {
        Path target = tmp.resolve("usb-" + System.nanoTime()).resolve("ke-hoach.docx");
        r.interact(() -> preview.save(target));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !r.lookup("#preview-saved-dialog").queryAll().isEmpty());
        assertTrue(Files.size(target) > 5_000);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("KẾ HOẠCH")));
        }
        assertTrue(r.lookup("#preview-status").queryAs(Label.class).getText().startsWith("Đã lưu"));
        DialogPane dialog = r.lookup("#preview-saved-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getButtonTypes().stream().anyMatch(b -> b.getText().equals("Mở thư mục")));
        r.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void aFailedSaveSaysWhyAndLeavesNoFile(FxRobot r) throws Exception {
        Path notADir = Files.writeString(tmp.resolve("not-a-folder-" + System.nanoTime()), "x");
        r.interact(() -> preview.save(notADir.resolve("ke-hoach.docx")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> r.lookup("#preview-status").queryAs(Label.class).getText().startsWith("Không ghi được tệp"));
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot r) {
        if (Printer.getDefaultPrinter() == null) {
            r.clickOn("#preview-print");
            assertTrue(r.lookup("#preview-status").queryAs(Label.class).getText().contains("chưa có máy in"));
        }
    }
}
