package vn.socongvu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VnTextTest {

    @Test
    void foldRemovesDiacriticsAndCase() {
        assertEquals("van phong hdnd va ubnd", VnText.fold("Văn phòng  HĐND và UBND"));
        assertEquals("duong", VnText.fold("Đường"));
        assertEquals("", VnText.fold(null));
    }

    @Test
    void searchIsDiacriticsInsensitiveAndWordBased() {
        assertTrue(VnText.matches("Văn phòng HĐND và UBND", "van phong"));
        assertTrue(VnText.matches("Văn phòng HĐND và UBND", "ubnd VĂN"));
        assertTrue(VnText.matches("Phòng Văn hóa – Xã hội", "xa hoi"));
        assertFalse(VnText.matches("Phòng Kinh tế", "van phong"));
        assertTrue(VnText.matches("anything", "  "));
    }

    @Test
    void cleanNormalisesToNfcAndTrims() {
        String decomposed = "Ho\u0300a"; // "Hòa" typed with a combining grave accent
        assertEquals("Hòa", VnText.clean("  " + decomposed + "  "));
        assertEquals("a b", VnText.clean("a   b"));
        assertNull(VnText.clean("   "));
    }

    @Test
    void vietnameseCollationOrdersLettersAsTheAlphabet() {
        List<String> names = new ArrayList<>(List.of("Đức", "Ân", "Dũng", "Ăn", "An", "Bình", "Ê", "Em", "Ủy ban", "Văn"));
        names.sort(VnText.comparing(s -> s));
        // Vietnamese alphabet: a ă â b c d đ e ê …; u ư v
        assertEquals(List.of("An", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Em", "Ê", "Ủy ban", "Văn"), names);
    }

    @Test
    void theKeptKeysOrderExactlyAsTheCollatorComparesAndNullsGoLast() {
        List<String> words = new ArrayList<>(List.of("hòa", "Hòa", "hoà", "Hoa", "hóa", "họa", "Hỏa", "hoa", "Đào", "dao",
                "Dạo", "ủy ban", "Ủy ban", "uy ban", "Ư", "u", "Ý", "y", "Ỳ", "An", "ăn", "Ân"));
        for (int i = 0; i < 200; i++) {
            words.add("Nhiệm vụ số " + (i * 7919 % 1000)); // repeated texts, each key made once
        }
        Collections.shuffle(words, new Random(7));
        Collator c = VnText.collator();
        for (String a : words) {
            for (String b : words) {
                assertEquals(Integer.signum(c.compare(a, b)), Integer.signum(VnText.<String>comparing(s -> s).compare(a, b)),
                        a + " / " + b);
            }
        }
        Comparator<String> kept = VnText.comparing(s -> s);
        List<String> sorted = new ArrayList<>(words);
        sorted.add(3, null);
        sorted.sort(kept);
        List<String> byCollator = new ArrayList<>(words);
        byCollator.sort(c::compare);
        byCollator.add(null);
        assertEquals(byCollator, sorted);
    }

    @Test
    void upperCaseKeepsDiacritics() {
        assertEquals("XÃ BÌNH THÀNH", VnText.upper("xã Bình Thành"));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("05/01/2026", VnFormat.date(LocalDate.of(2026, 1, 5)));
        assertEquals(LocalDate.of(2026, 1, 5), VnFormat.parseDate("5/1/2026"));
        assertEquals(LocalDate.of(2026, 1, 5), VnFormat.parseDate("05/01/2026"));
        assertNull(VnFormat.parseDate("31/02/2026"));
        assertNull(VnFormat.parseDate("2026-01-05x"));
        assertNull(VnFormat.parseDate("hôm nay"));
    }

    @Test
    void numbersUseDotForThousandsAndCommaForDecimals() {
        assertEquals("1.234,5", VnFormat.number(1234.5, 1));
        assertEquals("12.345", VnFormat.integer(12345));
    }

    @Test
    void weekdaysInVietnamese() {
        assertEquals("Thứ Hai", VnFormat.weekday(LocalDate.of(2026, 11, 23)));
        assertEquals("Chủ nhật", VnFormat.weekday(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void slugCutsBetweenWords() {
        assertEquals("hop-giao-ban-thang-11", VnText.slug("Họp giao ban tháng 11", 50));
        assertEquals("kiem-tra-cong-vu", VnText.slug("Kiểm tra công vụ đột xuất", 19));
        assertEquals("abcdefghij", VnText.slug("abcdefghijklmnop", 10), "one long word is cut where it must");
    }
}
