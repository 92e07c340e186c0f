package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.socongvu.text.VnFormat;

class DocumentTextTest {

    @Test
    void dateLineHasLeadingZerosForDaysBelowTenAndForJanuaryAndFebruary() {
        assertEquals("Bình Thành, ngày 05 tháng 01 năm 2026",
                DocumentText.placeAndDate("Bình Thành", LocalDate.of(2026, 1, 5), 2026));
        assertEquals("Bình Thành, ngày 09 tháng 02 năm 2026",
                DocumentText.placeAndDate("Bình Thành", LocalDate.of(2026, 2, 9), 2026));
        assertEquals("Bình Thành, ngày 14 tháng 3 năm 2026",
                DocumentText.placeAndDate("Bình Thành", LocalDate.of(2026, 3, 14), 2026));
        assertEquals("Bình Thành, ngày 01 tháng 12 năm 2026",
                DocumentText.placeAndDate("Bình Thành", LocalDate.of(2026, 12, 1), 2026));
        assertEquals("Dân Tiến, ngày       tháng       năm 2027", DocumentText.placeAndDate("Dân Tiến", null, 2027));
    }

    @Test
    void legalBasesEndWithSemicolonsAndTheLastWithAFullStop() {
        assertEquals(List.of("Căn cứ Luật A;", "Căn cứ Nghị định B;", "Căn cứ Kế hoạch C."),
                DocumentText.legalBases(List.of("Căn cứ Luật A", "Căn cứ Nghị định B;", " Căn cứ Kế hoạch C; ", "  ")));
    }

    @Test
    void recipientsAreDashedAndPunctuated() {
        assertEquals(List.of("- Thường trực HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT, VHXH."),
                DocumentText.recipients(List.of("Thường trực HĐND xã", "- Lãnh đạo UBND xã;", "Lưu: VT, VHXH")));
    }

    @Test
    void headingsAreNumberedPerLevelAndRestartUnderAHigherOne() {
        List<Block> body = List.of(Block.Heading.of(1, "A"), Block.Heading.of(2, "a1"), Block.Heading.of(2, "a2"),
                Block.Heading.of(3, "x"), Block.Paragraph.of("p"), Block.Heading.of(1, "B"), Block.Heading.of(2, "b1"),
                Block.Heading.of(3, "y"), new Block.Heading(2, "5.", "kept"), Block.Heading.of(1, "C"));
        assertEquals(Arrays.asList("I.", "1.", "2.", "a)", null, "II.", "1.", "a)", "5.", "III."),
                DocumentText.headingLabels(body));
        assertEquals("XIV.", DocumentText.headingLabel(1, 14));
    }

    @Test
    void numbersCarryTheTypeCodeAndALeadingZero() {
        assertEquals("06/KH-UBND", DocumentKind.KE_HOACH.formatNumber(6, "UBND"));
        assertEquals("125/BC-UBND", DocumentKind.BAO_CAO.formatNumber(125, "UBND"));
        assertEquals("12/BB-UBND", DocumentKind.BIEN_BAN.formatNumber(12, "UBND"));
        assertEquals("07/UBND", DocumentKind.CONG_VAN.formatNumber(7, "UBND"));
        assertEquals(DocumentKind.QUYET_DINH, DocumentKind.byCode("QĐ"));
    }

    @Test
    void textIsNormalisedToComposedForm() {
        String decomposed = "Ho\u0300a Bi\u0300nh";
        assertEquals("Hòa Bình", DocumentText.nfc(decomposed));
        assertEquals(8, DocumentText.nfc(decomposed).length());
    }

    @Test
    void aPercentageIsHeldToItsNumberWhoeverWroteTheText() {
        String nbsp = "\u00A0";
        assertEquals("đạt 85,7" + nbsp + "%; 100" + nbsp + "% hồ sơ", DocumentText.nfc("đạt 85,7 %; 100  % hồ sơ"));
        assertEquals("85,7%, tỷ lệ %", DocumentText.nfc("85,7%, tỷ lệ %"), "no space, or no number: as written");
        assertEquals("60" + nbsp + "%", VnFormat.percent(60.0));
        assertEquals("85,7" + nbsp + "%", DocumentText.keepPercent("85,7" + nbsp + "%"));
    }
}
