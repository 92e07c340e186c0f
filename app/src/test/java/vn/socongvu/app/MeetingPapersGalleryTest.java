package vn.socongvu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.XlsxWriter;

/**
 * The gallery holds the papers around the meetings and the register book, made from the demo's records: each
 * numbered (as given, or as the register would propose, no two alike) and signed, written as Word; nothing saved.
 */
class MeetingPapersGalleryTest {
    @TempDir
    Path tmp;

    @Test
    void theInvitationTheNoticeTheWeeklyScheduleAndTheRegisterBookAreInTheGalleryNumberedAndSigned() throws Exception {
        try (Services s = TestServices.demo(tmp)) {
            Map<String, String> before = TestServices.checksums(s);
            LocalDate today = s.tasks().today();
            Map<String, DocumentGallery.Sample> samples = DocumentGallery.of(s, today).stream()
                    .collect(Collectors.toMap(DocumentGallery.Sample::fileName, Function.identity()));
            Set<String> numbers = new HashSet<>();
            for (String name : List.of("giay-moi.docx", "thong-bao-ket-luan.docx", "lich-cong-tac-tuan.docx")) {
                OfficialDocument d = samples.get(name).document();
                assertNotNull(d, name);
                assertNotNull(d.number(), name + " is shown numbered");
                assertTrue(d.number().endsWith(name.startsWith("giay") ? "/GM-UBND" : "/TB-UBND"), d.number());
                assertTrue(numbers.add(d.number()), "no two papers of the gallery share a number: " + d.number());
                assertEquals("TL. CHỦ TỊCH", d.signature().authorityLines().get(0), name);
                assertEquals("- Lưu: VT.", d.recipients().get(d.recipients().size() - 1), name);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DocxWriter.write(d, out);
                assertTrue(out.size() > 5000, name);
            }
            OfficialDocument book = samples.get("so-dang-ky-van-ban-di.docx").document();
            assertEquals(DocumentKind.DANH_SACH, book.kind());
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            DocxWriter.write(book, docx);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            XlsxWriter.write(samples.get("so-dang-ky-van-ban-di.xlsx").workbook(), xlsx);
            assertTrue(docx.size() > 5000 && xlsx.size() > 3000);
            assertEquals(before, TestServices.checksums(s), "the gallery writes nothing");
        }
    }
}
