package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes in a plan the clerk picks (issue 29, item 9): refused early with a message, never read whole
 * into memory. The big files are made here, at test time: sparse files for the sizes, and zip bombs (a .docx of a
 * few MB whose document part inflates to a gigabyte) written by streaming through the deflater.
 */
class DocumentLimitsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    @TempDir
    Path dir;

    /** A file of {@code size} bytes that takes no room on the disk (all zeros). */
    private Path sparse(String name, long size) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        return f;
    }

    private static String message(Runnable read) {
        return assertThrows(DocumentReadException.class, read::run).userMessage();
    }

    @Test
    void aTwoHundredMegabyteTextPlanIsRefusedBeforeItIsRead() throws Exception {
        Path huge = sparse("ke-hoach.txt", 200L * 1024 * 1024);
        // Read, its zeros would be refused as "not text": the size is what refuses it, before any byte is read.
        String m = message(() -> PlainText.read(huge));
        assertTrue(m.startsWith("Tệp ke-hoach.txt quá lớn (200 MB; tối đa 4 MB)"), m);
        // Just over the limit is refused; a plan of a few hundred KB is read.
        Path over = sparse("hon.txt", PlainText.MAX_BYTES + 1);
        assertTrue(message(() -> PlainText.read(over)).contains("quá lớn"));
        Path plan = Files.writeString(dir.resolve("kh.txt"), "KẾ HOẠCH\n".repeat(30_000), StandardCharsets.UTF_8);
        assertEquals(30_000, PlainText.read(plan).size());
    }

    @Test
    void aDocxBiggerThanAnyPlanIsRefusedBeforeItIsOpened() throws Exception {
        Path huge = sparse("ke-hoach.docx", DocxText.MAX_FILE_BYTES + 1);
        String m = message(() -> DocxText.read(huge));
        assertTrue(m.startsWith("Tệp ke-hoach.docx quá lớn"), m);
    }

    @Test
    void emptyMissingAndFolderFilesGetTheirOwnMessage() throws Exception {
        Path empty = Files.createFile(dir.resolve("rong.docx"));
        assertTrue(message(() -> DocxText.read(empty)).startsWith("Tệp rong.docx trống (0 byte)"));
        Path emptyText = Files.createFile(dir.resolve("rong.txt"));
        assertTrue(message(() -> PlainText.read(emptyText)).startsWith("Tệp rong.txt trống (0 byte)"));
        Path missing = dir.resolve("khong-co.docx");
        assertTrue(message(() -> DocxText.read(missing)).startsWith("Không tìm thấy tệp khong-co.docx"));
        assertTrue(message(() -> PlainText.read(dir.resolve("khong-co.txt"))).startsWith("Không tìm thấy tệp"));
        Path folder = Files.createDirectory(dir.resolve("thu-muc.docx"));
        assertTrue(message(() -> DocxText.read(folder)).startsWith("thu-muc.docx là một thư mục"));
        assertTrue(message(() -> PlainText.read(folder)).startsWith("thu-muc.docx là một thư mục"));
    }

    /** A real .docx whose document part is replaced by {@code body} (streamed, so it can be gigabytes). */
    private Path docxWithDocumentPart(String name, BodyWriter body) throws Exception {
        Path good = dir.resolve("good-" + name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(good)) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.write(o);
        }
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_SPEED); // a gigabyte deflated in seconds
            for (Enumeration<? extends ZipEntry> es = in.entries(); es.hasMoreElements();) {
                ZipEntry e = es.nextElement();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                            + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
                    body.write(zip);
                    zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        Files.delete(good);
        return out;
    }

    @FunctionalInterface
    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() throws Exception {
        // 1 GiB of one paragraph repeated: about 7 MB on the disk (deflated at its fastest), a 140-fold expansion.
        byte[] para = ("<w:p><w:r><w:t>" + "A".repeat(1000) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.US_ASCII);
        Path bomb = docxWithDocumentPart("bom.docx", out -> {
            for (long written = 0; written < (1L << 30); written += para.length) {
                out.write(para);
            }
        });
        assertTrue(Files.size(bomb) < 16L * 1024 * 1024, "the bomb is small: " + Files.size(bomb));
        long before = usedHeap();
        String m = message(() -> DocxText.read(bomb));
        assertTrue(m.startsWith("Tệp bom.docx khi giải nén lớn bất thường"), m);
        assertTrue(usedHeap() - before < 256L * 1024 * 1024, "not inflated into memory");
    }

    @Test
    void aPartInflatingPastTheLimitIsRefusedEvenAtAnOrdinaryRatio() throws Exception {
        // Text that compresses as text does (random letters: ~60%), 20 MB of it: no bomb by its ratio, but more
        // than any plan's document part, and more than the window's heap could parse (16 MB already fails in 144).
        Random random = new Random(29);
        Path big = docxWithDocumentPart("lon.docx", out -> {
            byte[] letters = new byte[1000];
            for (long written = 0; written < 20L * 1024 * 1024; written += letters.length + 30) {
                for (int i = 0; i < letters.length; i++) {
                    letters[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.US_ASCII));
                out.write(letters);
                out.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertTrue(Files.size(big) < DocxText.MAX_FILE_BYTES, "the file itself is under the file limit");
        String m = message(() -> DocxText.read(big));
        assertTrue(m.startsWith("Tệp lon.docx khi giải nén lớn bất thường"), m);
    }

    @Test
    void aPlanOfOrdinarySizeStillReads() throws Exception {
        // 2 MB of document part (well over a 100-page plan), of varied sentences: read whole.
        String[] words = ("Ủy ban nhân dân xã chủ trì phối hợp với Công an Văn phòng Thống kê rà soát kiểm tra báo cáo "
                + "kết quả thực hiện nhiệm vụ kỷ luật kỷ cương hành chính trước ngày tháng năm quý hằng").split(" ");
        Random random = new Random(9);
        int[] count = {0};
        Path plan = docxWithDocumentPart("kh.docx", out -> {
            for (long written = 0; written < 2L * 1024 * 1024;) {
                StringBuilder p = new StringBuilder("<w:p><w:r><w:t>").append(++count[0]).append('.');
                for (int i = 0; i < 25; i++) {
                    p.append(' ').append(words[random.nextInt(words.length)]);
                }
                byte[] b = p.append(" ").append(random.nextInt(31) + 1).append('/').append(random.nextInt(12) + 1)
                        .append("/2026.</w:t></w:r></w:p>").toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        });
        assertEquals(count[0], DocxText.read(plan).size());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
