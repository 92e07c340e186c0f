package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The checker itself: what it accepts and that each rule it names is found broken where it is. */
class Nd30RulesTest {
    private static final OfficialDocument.Issuer ISSUER = new OfficialDocument.Issuer("UBND tỉnh Thái Nguyên",
            "Ủy ban nhân dân\nxã Bình Thành", "Bình Thành");
    private static final Signature SIGNER = new Signature(List.of("TM. Ủy ban nhân dân"), "Chủ tịch", "Nguyễn Văn Hùng");

    private static OfficialDocument doc(DocumentKind kind, String number, List<Block> body) {
        return new OfficialDocument(kind, "UBND", number, LocalDate.of(2026, 1, 5), ISSUER, "Về việc kiểm tra công vụ",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương", "Căn cứ Kế hoạch số 06/KH-UBND"), body,
                List.of("Thường trực HĐND xã", "Lưu: VT"), SIGNER, null);
    }

    private static List<Block> body() {
        return List.of(Block.Heading.of(1, "Mục đích, yêu cầu"), Block.Paragraph.of("Nâng cao kỷ luật, kỷ cương."),
                Block.Heading.of(1, "Nội dung"), Block.Heading.of(2, "Kiểm tra"), Block.Paragraph.of("Hằng quý."));
    }

    private static List<String> rules(OfficialDocument d) throws IOException {
        return rules(d, x -> { });
    }

    /** The rules broken by the document as written, after {@code edit} changed the file. */
    private static List<String> rules(OfficialDocument d, Consumer<XWPFDocument> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(d, out);
        try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            edit.accept(x);
            ByteArrayOutputStream edited = new ByteArrayOutputStream();
            x.write(edited);
            return Nd30Rules.check(edited.toByteArray()).stream().map(Nd30Rules.Violation::rule).toList();
        }
    }

    private static XWPFRun run(XWPFDocument x, String startsWith) {
        List<XWPFParagraph> all = new ArrayList<>(x.getParagraphs());
        for (XWPFTable t : x.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
        }
        return all.stream().filter(p -> p.getText().startsWith(startsWith)).findFirst().orElseThrow().getRuns().get(0);
    }

    @Test
    void whatTheEngineWritesIsAccepted() throws IOException {
        assertEquals(List.of(), rules(doc(DocumentKind.KE_HOACH, "06/KH-UBND", body())));
        OfficialDocument congVan = new OfficialDocument(DocumentKind.CONG_VAN, "UBND", "125/UBND",
                LocalDate.of(2026, 3, 12), ISSUER, "đôn đốc thực hiện nhiệm vụ", List.of(),
                List.of(Block.Paragraph.of("Ủy ban nhân dân xã đề nghị các đơn vị hoàn thành nhiệm vụ đúng hạn.")),
                List.of("Như trên", "Lưu: VT"), SIGNER, null);
        assertEquals(List.of(), rules(congVan));
    }

    @Test
    void aDecisionsCentredLinesAndAKinhGuiAreNotBodyParagraphs() throws IOException {
        List<Block> body = List.of(Block.Paragraph.of("Kính gửi: Các đơn vị thuộc UBND xã."),
                new Block.Paragraph(null, List.of(Block.Span.bold("QUYẾT ĐỊNH:"))),
                Block.Paragraph.of("Điều 1. Thành lập Đoàn kiểm tra công vụ."));
        Consumer<XWPFDocument> layout = x -> x.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("QUYẾT ĐỊNH:") || p.getText().startsWith("Kính gửi"))
                .forEach(p -> {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setIndentationFirstLine(0);
                });
        assertEquals(List.of(), rules(doc(DocumentKind.QUYET_DINH, "108/QĐ-UBND", body), layout));
        assertEquals(List.of("body.justified", "body.indent"), rules(doc(DocumentKind.QUYET_DINH, "108/QĐ-UBND",
                List.of(Block.Paragraph.of("Điều 1. Thành lập Đoàn kiểm tra."))), x -> x.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Điều 1")).forEach(p -> {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setIndentationFirstLine(0);
                })));
    }

    @Test
    void theProposalAfterTheCanCuLinesIsTheLastOfTheBases() throws IOException {
        OfficialDocument d = new OfficialDocument(DocumentKind.QUYET_DINH, "UBND", "45/QĐ-UBND", LocalDate.of(2026, 1, 5),
                ISSUER, "Về việc thành lập Đoàn kiểm tra công vụ", List.of("Căn cứ Luật Tổ chức chính quyền địa phương",
                "Căn cứ Kế hoạch số 06/KH-UBND", "Theo đề nghị của Chánh Văn phòng HĐND và UBND xã"), body(),
                List.of("Như Điều 3", "Lưu: VT"), SIGNER, null);
        assertEquals(List.of(), rules(d));
        assertEquals(List.of("bases"), rules(d, x -> run(x, "Theo đề nghị").setText(
                "Theo đề nghị của Chánh Văn phòng HĐND và UBND xã;", 0)));
    }

    @Test
    void aRecordSignedOnBothSidesHasItsRecipientsUnderTheLeftSignature() throws IOException {
        OfficialDocument record = new OfficialDocument(DocumentKind.BIEN_BAN, "UBND", "07/BB-UBND",
                LocalDate.of(2026, 1, 5), ISSUER, "Kiểm tra công vụ tại Văn phòng", List.of(), body(),
                List.of("Văn phòng HĐND và UBND xã", "Lưu: VT, hồ sơ"),
                Signature.personal("Trưởng đoàn kiểm tra", "Phạm Thu Hà"),
                Signature.personal("Đại diện đơn vị được kiểm tra", "Trần Thị Mai"));
        assertEquals(List.of(), rules(record));
        assertEquals(List.of("recipients"), rules(record, x -> run(x, "- Lưu").setText("- Lưu: VT, hồ sơ;", 0)));
        assertEquals(List.of("signature.left.name"), rules(record, x -> run(x, "Trần Thị Mai").setBold(false)));
    }

    @Test
    void aDraftIsNotNumberedNorDated() throws IOException {
        OfficialDocument d = doc(DocumentKind.BAO_CAO, null, body());
        OfficialDocument draft = new OfficialDocument(d.kind(), d.issuerCode(), null, null, d.issuer(), d.title(),
                d.legalBases(), d.body(), d.recipients(), d.signature(), null);
        assertEquals(List.of("header.numbered", "header.dated"), rules(draft));
    }

    @Test
    void aListIsUnnumberedAndUnsignedByDesignAnotherPaperIsNot() throws IOException {
        OfficialDocument list = new OfficialDocument(DocumentKind.DANH_SACH, "UBND", null, LocalDate.of(2026, 1, 5),
                ISSUER, "Nhiệm vụ được giao", List.of(), body(), List.of(), null, null);
        assertEquals(List.of(), rules(list));
        // The same paper under another type name is a paper that has lost its number.
        assertEquals(List.of("header.number"), rules(list, x -> run(x, "DANH SÁCH").setText("BẢNG KÊ", 0)));
    }

    @Test
    void emptySectionsAndPlaceholdersAreFound() throws IOException {
        List<Block> empty = List.of(Block.Heading.of(1, "Kết quả"), Block.Heading.of(1, "Kiến nghị"),
                Block.Paragraph.of("Không."), Block.Heading.of(2, "Đánh giá"), Block.Heading.of(2, "Tồn tại"),
                Block.Paragraph.of("…………………………………………"), Block.Heading.of(1, "Kết luận"));
        assertEquals(List.of("emptySection", "emptySection", "placeholder", "emptySection"),
                rules(doc(DocumentKind.BAO_CAO, "12/BC-UBND", empty)));
    }

    @Test
    void brokenLayoutIsFoundRuleByRule() throws IOException {
        OfficialDocument d = doc(DocumentKind.KE_HOACH, "06/KH-UBND", body());
        assertEquals(List.of("margins"), rules(d, x -> x.getDocument().getBody().getSectPr().getPgMar()
                .setLeft(BigInteger.valueOf(1134))));
        assertEquals(List.of("font"), rules(d, x -> run(x, "Nâng cao").setFontFamily("Arial")));
        assertEquals(List.of("header.date"), rules(d, x -> run(x, "Bình Thành, ngày").setText(
                "Bình Thành, ngày 5 tháng 1 năm 2026", 0)));
        assertEquals(List.of("header.number"), rules(d, x -> run(x, "Số:").setText("Số: 6/KH-UBND", 0)));
        assertEquals(List.of("bases"), rules(d, x -> run(x, "Căn cứ Kế hoạch").setText("Căn cứ Kế hoạch số 06", 0)));
        assertEquals(List.of("body.size"), rules(d, x -> run(x, "Nâng cao").setFontSize(12)));
        assertEquals(List.of("recipients"), rules(d, x -> run(x, "- Lưu").setText("- Thường trực Đảng ủy.", 0)));
        assertEquals(List.of("signature.name"), rules(d, x -> run(x, "Nguyễn Văn Hùng").setBold(false)));
        assertEquals(List.of("header.issuer"), rules(d, x -> run(x, "ỦY BAN NHÂN DÂN").setBold(false)));
        assertTrue(rules(d, x -> x.getParagraphs().stream().filter(p -> p.getText().startsWith("Hằng quý"))
                .forEach(p -> p.setIndentationFirstLine(0))).contains("body.indent"));
    }
}
