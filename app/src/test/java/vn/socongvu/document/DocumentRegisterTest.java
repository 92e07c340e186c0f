package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;

class DocumentRegisterTest {
    @TempDir
    Path tmp;

    @Test
    void proposesTheNextNumberPerYearAndKindAndRefusesADuplicate() {
        try (Services s = TestServices.empty(tmp)) {
            DocumentRegister reg = s.register();
            assertEquals(1, reg.proposeNext(2026, DocumentKind.KE_HOACH));
            DocumentRegister.Entry e = reg.register(2026, DocumentKind.KE_HOACH, 6, "Kế hoạch kiểm tra công vụ",
                    LocalDate.of(2026, 1, 5));
            assertEquals("06/KH-UBND", e.symbol());
            assertEquals(7, reg.proposeNext(2026, DocumentKind.KE_HOACH));
            assertEquals(1, reg.proposeNext(2026, DocumentKind.BAO_CAO), "each kind has its own sequence");
            assertEquals(1, reg.proposeNext(2027, DocumentKind.KE_HOACH), "numbers restart each year");

            ValidationException dup = assertThrows(ValidationException.class,
                    () -> reg.register(2026, DocumentKind.KE_HOACH, 6, "Khác", LocalDate.of(2026, 4, 1)));
            String msg = dup.forField("number").orElseThrow().message();
            assertTrue(msg.contains("06/KH-UBND") && msg.contains("Kế hoạch kiểm tra công vụ") && msg.contains(": 7."), msg);

            // The same number in another year or of another kind is fine.
            reg.register(2027, DocumentKind.KE_HOACH, 6, "Kế hoạch năm sau", LocalDate.of(2027, 1, 4));
            reg.register(2026, DocumentKind.BAO_CAO, 6, "Báo cáo", LocalDate.of(2026, 3, 10));
            assertEquals(1, reg.entries(2026, DocumentKind.KE_HOACH).size());
            assertEquals(1, s.audit().history(s.db().dsl(), DocumentRegister.ENTITY, e.id()).stream()
                    .filter(a -> "document.field.number".equals(a.field())).count());
        }
    }

    @Test
    void aNumberTypedThatIsAlreadyGivenIsWarnedWithTheNextFreeOne() {
        try (Services s = TestServices.empty(tmp)) {
            DocumentRegister reg = s.register();
            reg.register(2026, DocumentKind.BIEN_BAN, 1, "Biên bản họp giao ban", LocalDate.of(2026, 1, 5));
            reg.register(2026, DocumentKind.BIEN_BAN, 2, "Biên bản kiểm tra", LocalDate.of(2026, 2, 5));
            assertEquals(3, reg.proposeNext(2026, DocumentKind.BIEN_BAN));
            String w = reg.numberWarning(2026, DocumentKind.BIEN_BAN, " 2 ").orElseThrow();
            assertTrue(w.contains("02/BB-UBND") && w.contains("Biên bản kiểm tra") && w.contains(": 3."), w);
            assertTrue(reg.numberWarning(2026, DocumentKind.BIEN_BAN, "3").isEmpty(), "free");
            assertTrue(reg.numberWarning(2027, DocumentKind.BIEN_BAN, "2").isEmpty(), "another year");
            assertTrue(reg.numberWarning(2026, DocumentKind.THONG_BAO, "2").isEmpty(), "another kind");
            assertTrue(reg.numberWarning(2026, DocumentKind.BIEN_BAN, "hai").isEmpty(), "the save says what is wrong");
            // the services ask for the year of their document's date
            assertTrue(s.meetings().numberWarning(LocalDate.of(2026, 9, 1), "1").orElseThrow().contains("giao ban"));
            assertTrue(s.plans().numberWarning(LocalDate.of(2026, 9, 1), "1").isEmpty(), "a plan's own sequence");
        }
    }

    @Test
    void theYearIsTheDocumentDates() {
        try (Services s = TestServices.empty(tmp)) {
            DocumentRegister.Entry e = s.register().register(2026, DocumentKind.BIEN_BAN, 1, "Biên bản",
                    LocalDate.of(2027, 1, 2));
            assertEquals(2027, e.year());
        }
    }

    @Test
    void refusesANumberBelowOneAndAnEmptyTitle() {
        try (Services s = TestServices.empty(tmp)) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> s.register().register(2026, DocumentKind.THONG_BAO, 0, " ", null));
            assertTrue(e.forField("number").isPresent());
            assertTrue(e.forField("title").isPresent());
        }
    }
}
