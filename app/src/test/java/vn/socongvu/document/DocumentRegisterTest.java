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
