package vn.socongvu.document.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.ui.kit.ViewModelFixture;

/** The preview's "Lưu thành tệp Word…" without a window: the file asked for, written, then offered to open. */
class DocumentPreviewModelTest extends ViewModelFixture {
    DocumentPreviewModel vm;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, LocalDate.of(2026, 1, 5));
    }

    @BeforeEach
    void setUp() {
        vm = new DocumentPreviewModel(new SampleDocuments(services.settings(), services.directory(),
                LocalDate.of(2026, 1, 5)).plan(), "ke-hoach.docx", dialogs, tasks);
    }

    @Test
    void saveChoosesAFileWritesItAndOffersToOpenItOrItsFolder() throws Exception {
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        dialogs.choose(usb.resolve("ke-hoach-moi")).act(1); // typed without .docx; then "Mở thư mục"
        vm.chooseAndSave();
        Path saved = usb.resolve("ke-hoach-moi.docx");
        assertEquals("save preview.save: ke-hoach.docx", dialogs.shown.get(0), "the proposed name");
        assertTrue(dialogs.last().startsWith("info app.title: ") && dialogs.last().contains(saved.toString()),
                dialogs.last());
        assertEquals(List.of(usb), dialogs.opened, "the folder, as chosen");
        assertEquals(saved, vm.lastSavedProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Đã lưu"), vm.statusProperty().get());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(saved))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("KẾ HOẠCH")));
        }

        dialogs.choose(usb.resolve("ban-sao.docx")).act(0);
        vm.chooseAndSave();
        assertEquals(List.of(usb, usb.resolve("ban-sao.docx")), dialogs.opened, "then the file itself");
        assertEquals(List.of("preview.save", "preview.save"), tasks.ran);
    }

    @Test
    void cancellingTheChoiceSavesNothingAndAFailedWriteIsSaidInTheStatus() throws Exception {
        vm.chooseAndSave();
        assertEquals(List.of(), tasks.ran);
        assertEquals("", vm.statusProperty().get());

        Path notADir = Files.writeString(tmp.resolve("not-a-folder"), "x");
        dialogs.choose(notADir.resolve("ke-hoach.docx"));
        vm.chooseAndSave();
        assertTrue(vm.statusProperty().get().startsWith("Không ghi được tệp"), vm.statusProperty().get());
        assertEquals(List.of(), dialogs.reported, "the clerk's own mistake is no unexpected error");
        assertFalse(Files.exists(notADir.resolve("ke-hoach.docx")));
    }
}
