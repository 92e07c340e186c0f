package vn.socongvu.registerbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.ui.kit.ScreenModelTest;

/** Sổ văn bản đi without the window: the year and type chosen, the book printed and saved as Excel. */
class RegisterBookViewModelTest extends ScreenModelTest {
    RegisterBookViewModel vm;

    @BeforeEach
    void open() {
        s = TestServices.binhThanh(tmp, TODAY);
        s.register().register(2026, DocumentKind.CONG_VAN, 12, "V/v báo cáo số liệu", LocalDate.of(2026, 3, 2));
        s.register().register(2026, DocumentKind.THONG_BAO, 4, "Thông báo lịch trực Tết", LocalDate.of(2026, 2, 5));
        s.register().register(2025, DocumentKind.THONG_BAO, 30, "Thông báo năm trước", LocalDate.of(2025, 12, 5));
        vm = new RegisterBookViewModel(s.registerBook(), s.settings(), dialogs, runner, TODAY);
    }

    @Test
    void theYearAndTypeChosenShowTheirNumbersAndPrintAsTheBook() {
        vm.open();
        assertEquals(List.of(2026, 2025), vm.years);
        assertEquals(2026, vm.year.get());
        assertEquals(List.of("04/TB-UBND", "12/UBND"), vm.lines.stream().map(l -> l.entry().symbol()).toList());
        assertEquals("2 số đã cấp trong năm 2026 (tất cả các loại).", vm.statusProperty().get());
        vm.kind.set(DocumentKind.THONG_BAO);
        assertEquals(List.of("04/TB-UBND"), vm.lines.stream().map(l -> l.entry().symbol()).toList());
        vm.year.set(2025);
        assertEquals(List.of("30/TB-UBND"), vm.lines.stream().map(l -> l.entry().symbol()).toList());
        OfficialDocument d = vm.document();
        assertEquals(DocumentKind.DANH_SACH, d.kind());
        assertEquals("Văn bản đi đăng ký năm 2025 – Thông báo (TB)", d.title());
        assertEquals("so-dang-ky-van-ban-di-2025-tb.docx", vm.fileName());
        assertTrue(vm.kinds.contains(null) && vm.kinds.contains(DocumentKind.GIAY_MOI)
                && !vm.kinds.contains(DocumentKind.DANH_SACH), "every numbered type, and all of them");
    }

    @Test
    void theBookIsSavedAsAnExcelWorkbookWhereTheClerkChooses() throws Exception {
        vm.open();
        Path target = tmp.resolve("so-van-ban");
        dialogs.choose(target);
        vm.saveExcel();
        Path written = tmp.resolve("so-van-ban.xlsx");
        assertTrue(Files.size(written) > 1000, "the .xlsx is written, its extension added");
        assertTrue(vm.statusProperty().get().contains("so-van-ban.xlsx"), vm.statusProperty().get());
    }
}
