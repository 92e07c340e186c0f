package vn.socongvu.document;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Test fixtures: a sample plan (../shared/samples, Markdown-ish text) written as the .docx a commune would
 * send — the header (issuer, national motto, number, place and date) and the signature block (recipients,
 * signer) laid out in two-column tables as Nghị định 30 has them, a page header and footer, every line of the
 * text its own Word paragraph (so a sentence the sample breaks over two lines is two paragraphs, as a stray
 * line break leaves it), bold where the sample marks it.
 */
public final class PlanDocx {
    private PlanDocx() {
    }

    public static Path fromSample(Path sample, String issuer, Path out) throws Exception {
        List<String> lines = Files.readAllLines(sample).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang đầu trang — không đọc");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Chân trang 1/9");
            int kind = lines.indexOf(lines.stream().filter(l -> clean(l).equals("KẾ HOẠCH")).findFirst().orElseThrow());
            List<String> number = new ArrayList<>();
            for (String l : lines.subList(0, kind)) {
                number.add(clean(l));
            }
            XWPFTable header = doc.createTable(2, 2);
            cell(header.getRow(0).getCell(0), List.of(issuer), true);
            cell(header.getRow(0).getCell(1), List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), true);
            cell(header.getRow(1).getCell(0), number.stream().filter(l -> l.startsWith("Số")).toList(), false);
            cell(header.getRow(1).getCell(1), number.stream().filter(l -> !l.startsWith("Số")).toList(), false);
            int recipients = -1;
            for (int i = kind; i < lines.size(); i++) {
                if (clean(lines.get(i)).startsWith("Nơi nhận")) {
                    recipients = i;
                    break;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setText(clean(lines.get(i)));
                r.setBold(lines.get(i).contains("**") || lines.get(i).startsWith("#"));
            }
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (String l : lines.subList(recipients, lines.size())) {
                (left.isEmpty() || clean(l).startsWith("-") ? left : right).add(clean(l));
            }
            XWPFTable signature = doc.createTable(1, 2);
            cell(signature.getRow(0).getCell(0), left, false);
            cell(signature.getRow(0).getCell(1), right, true);
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean bold) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFRun r = p.createRun();
            r.setText(lines.get(i));
            r.setBold(bold);
        }
    }

    /** The line without its Markdown marks; a signer's title broken with two trailing spaces stays one line. */
    private static String clean(String line) {
        return line.replaceFirst("^#+\\s*", "").replace("**", "").replaceAll("(?<![*])\\*(?![*])", "").strip();
    }

    /** A province-style plan: its tasks in a table with TT, content, lead, cooperating and deadline columns. */
    public static Path withTaskTable(Path out, List<String[]> rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String t : List.of("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Số: 12/KH-UBND", "An Phú, ngày 10 tháng 01 năm 2027",
                    "KẾ HOẠCH", "Cải cách hành chính năm 2027", "Căn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2027 của UBND tỉnh;",
                    "I. MỤC TIÊU", "1. Chỉ tiêu: 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hài lòng đạt từ 90% trở lên.",
                    "II. NHIỆM VỤ CỤ THỂ", "(Chi tiết tại bảng dưới đây)")) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setText(t);
                r.setBold(t.equals("Cải cách hành chính năm 2027"));
            }
            XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    if (!rows.get(r)[c].isEmpty()) {
                        cell(table.getRow(r).getCell(c), List.of(rows.get(r)[c].split("\n")), r == 0);
                    }
                }
            }
            for (String t : List.of("III. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai thực hiện kế hoạch này./.", "Nơi nhận:",
                    "- UBND tỉnh;", "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Bình")) {
                doc.createParagraph().createRun().setText(t);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }
}
