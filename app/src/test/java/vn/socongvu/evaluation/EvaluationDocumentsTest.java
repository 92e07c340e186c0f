package vn.socongvu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocxText;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.Nd30Rules;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.document.XlsxReader;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.task.TaskSource;

/**
 * The evaluation papers built from hand-made figures (no database), written by the engine and read back as the clerk
 * would read them: the phiếu of a person (who, the criteria, each product, each deduction and objective cause, the
 * rates, the points, the rating and why it was forced, both signatures), the period's table (a row a person, the count
 * per rating, the ceiling per unit and group, the products), the year's report and table; each .docx within the
 * rules of Nghị định 30.
 */
class EvaluationDocumentsTest {
    static final CommuneIdentity ID = new CommuneIdentity("Bình Thành", "Thái Nguyên", "",
            "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH", "Bình Thành");
    static final Signer CHAIR = new Signer(1, "Nguyễn Văn Hùng", "Chủ tịch", SignAuthority.TM, 1, true);
    static final Signer VICE = new Signer(2, "Hoàng Thị Thu Hà", "Phó Chủ tịch", SignAuthority.KT, 2, true);
    static final Unit LEADERSHIP = new Unit(1, "Lãnh đạo UBND xã", null, UnitKind.values()[0], null, null, true);
    static final Unit ECONOMY = new Unit(2, "Phòng Kinh tế", null, UnitKind.values()[0], null, null, true);
    static final Staff HUNG = staff(1, "Nguyễn Văn Hùng", LEADERSHIP, "Chủ tịch UBND xã", true);
    static final Staff HA = staff(2, "Hoàng Thị Thu Hà", LEADERSHIP, "Phó Chủ tịch UBND xã", true);
    static final Staff BINH = staff(10, "Trần Văn Bình", ECONOMY, "Trưởng phòng", true);
    static final Staff TAM = staff(11, "Đỗ Minh Tâm", ECONOMY, "Phó Trưởng phòng", true);
    static final Staff LAN = staff(12, "Lê Thị Lan", ECONOMY, "Chuyên viên", false);
    static final Staff MAI = staff(13, "Phạm Thị Mai", ECONOMY, "Chuyên viên", false);
    static final EvaluationDocuments.Context CONTEXT = new EvaluationDocuments.Context(ID, List.of(VICE, CHAIR),
            List.of(HUNG, HA, BINH, TAM, LAN, MAI), List.of(LEADERSHIP, ECONOMY), LocalDate.of(2026, 10, 5));
    static final EvaluationPeriod Q3 = EvaluationPeriod.quarter(2026, 3);

    @TempDir
    Path tmp;

    static Staff staff(long id, String name, Unit unit, String title, boolean leader) {
        return new Staff(id, name, unit.id(), unit.name(), title, leader ? StaffCategory.CAN_BO : StaffCategory.CONG_CHUC,
                leader, null, null, true);
    }

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Product product(long occ, String content, LocalDate due, LocalDate done, double weight, int failures,
                           String reason, Exemption quality, Exemption delay, boolean carried) {
        boolean completed = done != null;
        boolean onTime = completed && !done.isAfter(due);
        double q = completed ? Math.max(0, 1 - 0.25 * (quality == null ? failures : 0)) : 0;
        double p = !completed ? 0 : onTime || delay != null ? 1 : 0.75;
        return new Product(occ, occ + 100, content, null, TaskSource.PLAN, due, done, null, carried, weight, completed,
                onTime, failures, reason, quality, delay, completed ? 1 : 0, q, p);
    }

    /**
     * Lan: nine weighted products in eight (one weighs 2): two late and deducted (one carried over from the quarter
     * before), one late with an objective cause, one failed quality assessment, one not completed. Hand-computed:
     * quantity 8/9 = 88,9 %, quality 7,75/9 = 86,1 %, progress 7,5/9 = 83,3 %; 70 × 258,3 / 300 = 60,3 points; 26
     * general points; 86,3 in all: "hoàn thành tốt".
     */
    static PersonScore lan() {
        Exemption flood = new Exemption("Mưa lũ chia cắt thôn Đồng Tâm", "Trần Văn Bình", d(8, 29));
        List<Product> products = List.of(
                product(1, "Thống kê diện tích lúa bị thiệt hại do bão số 3", d(6, 20), d(7, 10), 1, 0, null, null, null,
                        true),
                product(2, "Tham mưu kế hoạch kiểm tra an toàn thực phẩm quý III", d(7, 15), d(7, 10), 1, 0, null, null,
                        null, false),
                product(3, "Báo cáo kết quả thực hiện chương trình nông thôn mới tháng 7", d(7, 31), d(8, 5), 1, 0, null,
                        null, null, false),
                product(4, "Rà soát hồ sơ đất đai tồn đọng", d(8, 20), d(8, 28), 2, 0, null, null, flood, false),
                product(5, "Tổng hợp số liệu sản xuất vụ mùa", d(8, 31), d(8, 30), 1, 1, "Số liệu thiếu 3 thôn", null,
                        null, false),
                product(6, "Kiểm tra điều kiện kinh doanh các cơ sở ăn uống", d(9, 15), d(9, 12), 1, 0, null, null, null,
                        false),
                product(7, "Cập nhật cơ sở dữ liệu hộ kinh doanh", d(9, 25), d(9, 24), 1, 0, null, null, null, false),
                product(8, "Dự thảo báo cáo kinh tế - xã hội 9 tháng", d(9, 30), null, 1, 0, null, null, null, false));
        double cost = 70.0 / 300 * 25 / 9;
        return new PersonScore(LAN.id(), LAN.fullName(), LAN.jobTitle(), ECONOMY.id(), ECONOMY.name(), false, products,
                9, 8, 4, 7, 800.0 / 9, 775.0 / 9, 750.0 / 9, null, null, true, 70 * (2325.0 / 9) / 300,
                List.of(new Deduction(Deduction.Kind.PROGRESS, 1, 101, products.get(0).content(), 1, cost),
                        new Deduction(Deduction.Kind.PROGRESS, 3, 103, products.get(2).content(), 1, cost),
                        new Deduction(Deduction.Kind.QUALITY, 5, 105, products.get(4).content(), 1, cost)),
                new GeneralCriteria(5, 4.5, 4, 4.5, 4, 4, "Tích cực, cần chủ động hơn trong tham mưu",
                        "Trần Văn Bình", d(10, 2)), 26,
                26 + 70 * (2325.0 / 9) / 300, Rating.GOOD, Rating.GOOD, List.of(), List.of(), List.of());
    }

    /** Bình, the head of the unit: 95,9 points, but reprimanded in the year: "không hoàn thành". */
    static PersonScore binh() {
        List<Product> products = List.of(
                product(21, "Xây dựng kế hoạch phát triển kinh tế năm 2027", d(9, 30), d(9, 25), 1, 0, null, null, null,
                        false),
                product(22, "Chỉ đạo tổng kết vụ mùa", d(9, 20), d(9, 18), 1, 0, null, null, null, false));
        return new PersonScore(BINH.id(), BINH.fullName(), BINH.jobTitle(), ECONOMY.id(), ECONOMY.name(), true,
                products, 2, 2, 2, 2, 100, 100, 100, 100.0, 85.0, true, 67.9, List.of(),
                new GeneralCriteria(5, 5, 4, 5, 4.5, 4.5, null, "Nguyễn Văn Hùng", d(10, 3)), 28, 95.9,
                Rating.NOT_COMPLETED, Rating.EXCELLENT,
                List.of(new DisciplineFact(7, 3, "Sử dụng xe công vào việc riêng", DisciplineMeasure.REPRIMAND,
                        "15/QĐ-UBND", d(8, 12), true)),
                List.of(), List.of("bị xử lý kỷ luật khiển trách (Quyết định số 15/QĐ-UBND ngày 12/08/2026)"));
    }

    /** Mai: no product in the quarter, general criteria not entered. */
    static PersonScore mai() {
        return new PersonScore(MAI.id(), MAI.fullName(), MAI.jobTitle(), ECONOMY.id(), ECONOMY.name(), false, List.of(),
                0, 0, 0, 0, 0, 0, 0, null, null, false, 0, List.of(), null, 0, 0, Rating.NOT_COMPLETED,
                Rating.NOT_COMPLETED, List.of(), List.of(), List.of());
    }

    /** Tâm, the deputy: 92 points, "xuất sắc" — with Bình's group the unit's leaders have one "xuất sắc", no "tốt". */
    static PersonScore tam() {
        return new PersonScore(TAM.id(), TAM.fullName(), TAM.jobTitle(), ECONOMY.id(), ECONOMY.name(), true, List.of(),
                0, 0, 0, 0, 0, 0, 0, 100.0, 85.0, false, 64, List.of(),
                new GeneralCriteria(5, 5, 5, 4, 4, 5, null, null, null), 28, 92, Rating.EXCELLENT, Rating.EXCELLENT,
                List.of(), List.of(), List.of());
    }

    static EvaluationSheet sheet(Long unitId, PersonScore... people) {
        return new EvaluationSheet(Q3, unitId, d(10, 4), List.of(people), List.of(), EvaluationSettings.defaults());
    }

    Path write(OfficialDocument d, String name) {
        return SafeFiles.write(tmp.resolve(name), o -> DocxWriter.write(d, o));
    }

    Path write(Spreadsheet s, String name) {
        return SafeFiles.write(tmp.resolve(name), o -> XlsxWriter.write(s, o));
    }

    /** The text of the file as read back, each paragraph (each table cell) on a line, NFC, one space between words. */
    static List<String> read(Path docx) {
        return DocxText.read(docx).stream().map(TextParagraph::displayed)
                .map(t -> Normalizer.normalize(t, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0\\u2028]+", " ").strip())
                .toList();
    }

    static boolean has(List<String> lines, String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    @Test
    void thePhieuShowsThePersonTheCriteriaEachProductEveryDeductionThePointsTheRatingAndBothSignatures()
            throws Exception {
        OfficialDocument d = EvaluationDocuments.personSheetOf(sheet(ECONOMY.id(), lan(), binh()), lan(), CONTEXT);
        assertEquals(DocumentKind.PHIEU_DANH_GIA, d.kind());
        assertEquals(null, d.number(), "a form, not numbered in the register");
        Path file = write(d, "phieu.docx");
        assertEquals(List.of(), Nd30Rules.check(Files.readAllBytes(file)));
        List<String> lines = read(file);
        String all = String.join("\n", lines);

        assertTrue(has(lines, "PHIẾU THEO DÕI, ĐÁNH GIÁ") && has(lines, "Kỳ theo dõi, đánh giá: quý III năm 2026"), all);
        assertTrue(has(lines, "Họ và tên: Lê Thị Lan") && has(lines, "Chức vụ, chức danh: Chuyên viên")
                && has(lines, "Đơn vị công tác: Phòng Kinh tế"), all);
        assertTrue(has(lines, "từ ngày 01/07/2026 đến ngày 30/09/2026; số liệu tính đến ngày 04/10/2026"), all);
        // I. The six criteria with their points, the sum of 30, the remark.
        int criteria = lines.indexOf("Phẩm chất chính trị");
        assertEquals(List.of("Phẩm chất chính trị", "5", "5"), lines.subList(criteria, criteria + 3));
        int sum = lines.indexOf("Cộng");
        assertEquals(List.of("Cộng", "30", "26"), lines.subList(sum, sum + 3));
        assertTrue(has(lines, "Nhận xét của người đánh giá: Tích cực, cần chủ động hơn trong tham mưu."), all);
        assertTrue(has(lines, "không có vi phạm bị xử lý kỷ luật"), all);
        // II. Every product, its dates, weight, progress and quality.
        int p4 = lines.indexOf("Rà soát hồ sơ đất đai tồn đọng");
        assertEquals(List.of("4", "Rà soát hồ sơ đất đai tồn đọng", "20/08/2026", "28/08/2026", "2",
                "Trễ hạn, có lý do", "Đạt"), lines.subList(p4 - 1, p4 + 6));
        int p1 = lines.indexOf("Thống kê diện tích lúa bị thiệt hại do bão số 3 (kỳ trước chuyển sang)");
        assertEquals("Trễ hạn", lines.get(p1 + 4), all);
        int p5 = lines.indexOf("Tổng hợp số liệu sản xuất vụ mùa");
        assertEquals("Chưa đạt (1 lần)", lines.get(p5 + 5), all);
        int p8 = lines.indexOf("Dự thảo báo cáo kinh tế - xã hội 9 tháng");
        assertEquals(List.of("30/09/2026", "Chưa hoàn thành", "1"), lines.subList(p8 + 1, p8 + 4));
        assertTrue(lines.get(p8 + 4).startsWith("Tổng số đã quy đổi"), "no progress nor quality when not completed");
        assertTrue(has(lines, "được giao 9; đã hoàn thành 8, trong đó đúng hạn 4; bảo đảm yêu cầu chất lượng 7."), all);
        assertTrue(has(lines, "a) Về số lượng (đã hoàn thành so với được giao): 88,9 %."), all);
        assertTrue(has(lines, "b) Về chất lượng (bảo đảm yêu cầu, sau khi khấu trừ): 86,1 %."), all);
        assertTrue(has(lines, "c) Về tiến độ (đúng hạn, sau khi khấu trừ): 83,3 %."), all);
        // Each deduction with its product, in the products' order, then the objective cause.
        List<String> dashes = lines.stream().filter(l -> l.startsWith("- Sản phẩm số")).toList();
        assertEquals(List.of(
                "- Sản phẩm số 1: hoàn thành trễ hạn (hạn 20/06/2026, hoàn thành 10/07/2026), trừ 25 % điểm tiến độ của "
                        + "sản phẩm (giảm 0,6 điểm);",
                "- Sản phẩm số 3: hoàn thành trễ hạn (hạn 31/07/2026, hoàn thành 05/08/2026), trừ 25 % điểm tiến độ của "
                        + "sản phẩm (giảm 0,6 điểm);",
                "- Sản phẩm số 5: 1 lần chưa đạt yêu cầu chất lượng (Số liệu thiếu 3 thôn), trừ 25 % điểm chất lượng "
                        + "của sản phẩm (giảm 0,6 điểm);",
                "- Sản phẩm số 4: trễ hạn do nguyên nhân khách quan (Mưa lũ chia cắt thôn Đồng Tâm; xác nhận: Trần Văn "
                        + "Bình, ngày 29/08/2026), không trừ điểm."), dashes);
        assertTrue(has(lines, "Điểm đạt được: 60,3/70 điểm (bình quân ba tỷ lệ"), all);
        // III. The total and the rating.
        assertTrue(has(lines, "Tổng điểm: 86,3 điểm (tiêu chí chung: 26/30 điểm; kết quả thực hiện nhiệm vụ: "
                + "60,3/70 điểm)."), all);
        assertTrue(has(lines, "Xếp loại: Hoàn thành tốt nhiệm vụ."), all);
        // The person (left) and the head of the unit (right) sign side by side.
        // The person (left) and the head of the unit (right) sign side by side, under everything else.
        assertEquals(List.of("NGƯỜI ĐƯỢC ĐÁNH GIÁ CHUYÊN VIÊN Lê Thị Lan", "NGƯỜI ĐÁNH GIÁ TRƯỞNG PHÒNG Trần Văn Bình"),
                lines.subList(lines.size() - 2, lines.size()));
        assertTrue(has(lines, "Bình Thành, ngày 05 tháng 10 năm 2026"), all);
    }

    @Test
    void aLeaderDisciplinedInTheYearIsNotCompletedWhateverThePointsAndTheChairmanAssesses() throws Exception {
        Path file = write(EvaluationDocuments.personSheetOf(sheet(ECONOMY.id(), lan(), binh()), binh(), CONTEXT),
                "binh.docx");
        assertEquals(List.of(), Nd30Rules.check(Files.readAllBytes(file)));
        List<String> lines = read(file);
        String all = String.join("\n", lines);
        assertTrue(has(lines, "- Sử dụng xe công vào việc riêng: Khiển trách (Quyết định số 15/QĐ-UBND ngày "
                + "12/08/2026), là căn cứ xếp loại không hoàn thành nhiệm vụ."), all);
        assertTrue(has(lines, "d) Kết quả thực hiện nhiệm vụ của đơn vị phụ trách: 100 %."), all);
        assertTrue(has(lines, "e) Tổ chức triển khai thực hiện nhiệm vụ của đơn vị: 85 %."), all);
        assertTrue(has(lines, "60 % từ kết quả của cá nhân, 20 % từ kết quả của đơn vị, 20 % từ việc tổ chức"), all);
        assertTrue(has(lines, "Tổng điểm: 95,9 điểm"), all);
        assertTrue(has(lines, "Xếp loại: Không hoàn thành nhiệm vụ."), all);
        assertTrue(has(lines, "Theo số điểm đạt mức “Hoàn thành xuất sắc nhiệm vụ”, nhưng xếp loại không hoàn thành "
                + "nhiệm vụ vì: bị xử lý kỷ luật khiển trách (Quyết định số 15/QĐ-UBND ngày 12/08/2026)."), all);
        assertEquals("NGƯỜI ĐÁNH GIÁ CHỦ TỊCH Nguyễn Văn Hùng", lines.getLast());
    }

    /**
     * Tâm, a deputy head without products of their own while the unit had some: the own share is taken at the
     * organising figure (EvaluationRules); no rates of their own are printed. Without the unit's products either, the
     * points are the general criteria's and the unit's figures are not printed.
     */
    @Test
    void aLeaderWithoutOwnProductsIsScoredOnTheUnit() throws Exception {
        PersonScore t = tam();
        PersonScore withUnit = new PersonScore(t.staffId(), t.fullName(), t.jobTitle(), t.unitId(), t.unitName(), true,
                List.of(), 0, 0, 0, 0, 0, 0, 0, 100.0, 85.0, true, 62.3, List.of(), t.general(), 28, 90.3,
                Rating.EXCELLENT, Rating.EXCELLENT, List.of(), List.of(), List.of());
        List<String> lines = read(write(EvaluationDocuments.personSheetOf(sheet(ECONOMY.id(), withUnit), withUnit,
                CONTEXT), "tam.docx"));
        String all = String.join("\n", lines);
        assertTrue(has(lines, "Không có sản phẩm, công việc của cá nhân để tính tỷ lệ"), all);
        assertTrue(has(lines, "a) Kết quả thực hiện nhiệm vụ của đơn vị phụ trách: 100 %."), all);
        assertTrue(has(lines, "b) Tổ chức triển khai thực hiện nhiệm vụ của đơn vị: 85 %."), all);
        assertTrue(has(lines, "Điểm đạt được: 62,3/70 điểm (đối với người đứng đầu: 60 % từ kết quả của cá nhân, tính "
                + "bằng kết quả tổ chức thực hiện vì không có sản phẩm riêng;"), all);

        lines = read(write(EvaluationDocuments.personSheetOf(sheet(ECONOMY.id(), t), t, CONTEXT), "tam2.docx"));
        all = String.join("\n", lines);
        assertFalse(has(lines, "Kết quả thực hiện nhiệm vụ của đơn vị phụ trách"), all);
        assertTrue(has(lines, "Điểm đạt được: 64/70 điểm (không có sản phẩm trong kỳ: điểm tiêu chí chung quy đổi"), all);
    }

    @Test
    void aPersonWithoutProductsOrCriteriaGetsAPhieuThatSaysSoWithBlanksToFill() throws Exception {
        Path file = write(EvaluationDocuments.personSheetOf(sheet(ECONOMY.id(), mai()), mai(), CONTEXT), "mai.docx");
        assertEquals(List.of(), Nd30Rules.check(Files.readAllBytes(file)));
        List<String> lines = read(file);
        String all = String.join("\n", lines);
        int criteria = lines.indexOf("Phẩm chất chính trị");
        assertEquals(List.of("Phẩm chất chính trị", "5", "2"), lines.subList(criteria, criteria + 3), "no points yet");
        assertTrue(has(lines, "Người đánh giá chưa chấm điểm tiêu chí chung"), all);
        assertTrue(has(lines, "không có sản phẩm, công việc nào được giao"), all);
        assertTrue(has(lines, "Không có lần khấu trừ nào"), all);
        assertTrue(has(lines, "Chưa xếp loại: trong kỳ không có sản phẩm, công việc được giao và người đánh giá chưa "
                + "chấm điểm tiêu chí chung."), all);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Xếp loại:") || l.startsWith("Tổng điểm:")), all);
    }

    @Test
    void whoAssesses() {
        assertEquals(List.of("NGƯỜI ĐÁNH GIÁ", "Trưởng phòng", "Trần Văn Bình"), parts(CONTEXT.assessor(LAN.id(),
                ECONOMY.id(), false, LAN.jobTitle())), "the head of the unit, for its staff");
        assertEquals("Trần Văn Bình", CONTEXT.assessor(TAM.id(), ECONOMY.id(), true, TAM.jobTitle()).name(),
                "and for the deputy");
        assertEquals("Nguyễn Văn Hùng", CONTEXT.assessor(BINH.id(), ECONOMY.id(), true, BINH.jobTitle()).name(),
                "the chairman, for the head");
        assertEquals("Nguyễn Văn Hùng", CONTEXT.assessor(HA.id(), LEADERSHIP.id(), true, HA.jobTitle()).name(),
                "the chairman, for a vice-chairman");
        assertEquals(List.of("NGƯỜI ĐÁNH GIÁ", "CẤP CÓ THẨM QUYỀN", ""), parts(CONTEXT.assessor(HUNG.id(),
                LEADERSHIP.id(), true, HUNG.jobTitle())), "the chairman is assessed above the commune");
        EvaluationDocuments.Context headless = new EvaluationDocuments.Context(ID, List.of(CHAIR), List.of(LAN),
                List.of(ECONOMY), d(10, 5));
        assertEquals("Nguyễn Văn Hùng", headless.assessor(LAN.id(), ECONOMY.id(), false, LAN.jobTitle()).name(),
                "a unit without a head: the chairman");
    }

    private static List<String> parts(Signature s) {
        List<String> out = new ArrayList<>(s.authorityLines());
        out.add(s.title());
        out.add(s.name());
        return out;
    }

    @Test
    void thePeriodTableHasARowAPersonTheCountPerRatingTheCeilingAndTheProducts() throws Exception {
        EvaluationSheet sheet = sheet(ECONOMY.id(), binh(), tam(), lan(), mai());
        Path file = write(EvaluationDocuments.periodTableOf(sheet, CONTEXT), "bang.xlsx");
        assertEquals("bang-danh-gia-quy-iii-nam-2026-phong-kinh-te.xlsx",
                EvaluationDocuments.periodFileName(sheet, CONTEXT));
        List<XlsxReader.ReadSheet> sheets = XlsxReader.read(file, 1000);
        assertEquals(List.of("Tổng hợp", "Tỷ lệ xuất sắc", "Sản phẩm"), sheets.stream().map(XlsxReader.ReadSheet::name)
                .toList());
        List<XlsxReader.ReadRow> rows = sheets.get(0).rows();
        assertTrue(rows.stream().anyMatch(r -> r.cell(0).contains("Quý III năm 2026 — Phòng Kinh tế")), rows::toString);
        XlsxReader.ReadRow lan = row(rows, "Lê Thị Lan");
        assertEquals(List.of("3", "Lê Thị Lan", "Chuyên viên", "9.0", "8.0", "4.0", "88.9%", "86.1%", "83.3%", "60.3",
                "26.0", "86.3", "Tốt", "", "1", "", "", ""), lan.cells().subList(0, 18));
        XlsxReader.ReadRow binh = row(rows, "Trần Văn Bình");
        assertEquals("Không hoàn thành", binh.cell(12));
        assertTrue(binh.cell(17).contains("bị xử lý kỷ luật khiển trách"), binh.toString());
        XlsxReader.ReadRow mai = row(rows, "Phạm Thị Mai");
        assertEquals(List.of("", "", "", "", "", "", "0.0", "", "", "Chưa đánh giá", "", "", "", ""),
                mai.cells().subList(3, 17), "no product counts nor rates without products; not rated, counted nowhere");
        assertEquals("Không có sản phẩm trong kỳ; chưa chấm tiêu chí chung", mai.cell(17));
        List<String> totals = computed(file, 0, "Tổng cộng");
        // Xuất sắc 1 (Tâm), Tốt 1 (Lan), Hoàn thành 0, Không hoàn thành 1 (Bình); Mai is not rated.
        assertEquals(List.of("1", "1", "0", "1"), totals.subList(13, 17));
        assertEquals("11.0", totals.get(3), "the weighted products assigned, summed");

        // The leaders' group has one "xuất sắc" and no "tốt": none allowed, one too many; the staff group is fine.
        List<XlsxReader.ReadRow> ceiling = sheets.get(1).rows();
        XlsxReader.ReadRow leaders = row(ceiling, "Lãnh đạo");
        assertEquals(List.of("Phòng Kinh tế", "Lãnh đạo", "1", "0", "0", "Vượt 1 người"), leaders.cells().subList(1, 7));
        XlsxReader.ReadRow staff = row(ceiling, "Cán bộ, công chức");
        assertEquals(List.of("0", "1", "0", "Bảo đảm"), staff.cells().subList(3, 7));

        List<XlsxReader.ReadRow> products = sheets.get(2).rows();
        assertEquals(10, products.stream().filter(r -> r.cell(0).matches("\\d+")).count(), "every product, once");
        XlsxReader.ReadRow late = row(products, "Rà soát hồ sơ đất đai tồn đọng");
        assertEquals(List.of("Lê Thị Lan", "Rà soát hồ sơ đất đai tồn đọng", "20/08/2026", "28/08/2026", "2.0",
                "Trễ hạn, có lý do", "Đạt", "Lý do khách quan: Mưa lũ chia cắt thôn Đồng Tâm"),
                late.cells().subList(1, 9));
    }

    @Test
    void theCeilingIsCountedPerUnitAndGroupOfPosts() {
        List<EvaluationDocuments.Rated> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(new EvaluationDocuments.Rated(2, "Phòng Kinh tế", false, Rating.GOOD));
        }
        people.add(new EvaluationDocuments.Rated(2, "Phòng Kinh tế", false, Rating.EXCELLENT));
        people.add(new EvaluationDocuments.Rated(2, "Phòng Kinh tế", false, Rating.EXCELLENT));
        people.add(new EvaluationDocuments.Rated(2, "Phòng Kinh tế", true, Rating.GOOD));
        people.add(new EvaluationDocuments.Rated(3, "Công an xã", false, Rating.COMPLETED));
        List<EvaluationDocuments.CeilingRow> rows = EvaluationDocuments.ceilingRows(people, 0.20);
        assertEquals(List.of(new EvaluationDocuments.CeilingRow(2, "Phòng Kinh tế", true, 0, 1, 0),
                new EvaluationDocuments.CeilingRow(2, "Phòng Kinh tế", false, 2, 5, 1)), rows);
        assertEquals(List.of(false, true), rows.stream().map(EvaluationDocuments.CeilingRow::exceeded).toList());
    }

    /** The cells of the row holding {@code label} as Excel shows them, formulas computed. */
    static List<String> computed(Path file, int sheet, String label) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter format = new DataFormatter();
            for (Row r : wb.getSheetAt(sheet)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(r.getCell(c) == null ? "" : format.formatCellValue(r.getCell(c), eval));
                }
                if (cells.contains(label)) {
                    return cells;
                }
            }
        }
        throw new AssertionError(label + " not in " + file);
    }

    static XlsxReader.ReadRow row(List<XlsxReader.ReadRow> rows, String text) {
        return rows.stream().filter(r -> r.cells().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + rows));
    }

    static YearScore yearOf(PersonScore p, double q1, double q2, double q3, Rating rating) {
        List<YearScore.PeriodTotal> parts = List.of(
                new YearScore.PeriodTotal(EvaluationPeriod.quarter(2026, 1), q1, Rating.of(q1), true, true),
                new YearScore.PeriodTotal(EvaluationPeriod.quarter(2026, 2), q2, Rating.of(q2), true, true),
                new YearScore.PeriodTotal(EvaluationPeriod.quarter(2026, 3), q3, Rating.of(q3), true, true),
                new YearScore.PeriodTotal(EvaluationPeriod.quarter(2026, 4), 0, Rating.NOT_COMPLETED, false, false));
        double mean = (q1 + q2 + q3) / 3;
        return new YearScore(p.staffId(), p.fullName(), p.jobTitle(), p.unitId(), p.unitName(), p.leader(), parts, mean,
                rating, Rating.of(mean), p.forcedBy());
    }

    static YearSheet year() {
        PersonScore chair = new PersonScore(HUNG.id(), HUNG.fullName(), HUNG.jobTitle(), LEADERSHIP.id(),
                LEADERSHIP.name(), true, List.of(), 0, 0, 0, 0, 0, 0, 0, null, null, false, 0, List.of(), null, 0, 0,
                Rating.NOT_COMPLETED, Rating.NOT_COMPLETED, List.of(), List.of(), List.of());
        return new YearSheet(2026, null, EvaluationPeriod.Kind.QUARTER, List.of(
                yearOf(lan(), 84, 88, 86.3, Rating.GOOD), yearOf(binh(), 93, 95, 95.9, Rating.NOT_COMPLETED),
                yearOf(tam(), 91, 90, 92, Rating.EXCELLENT), yearOf(chair, 90, 92, 94, Rating.EXCELLENT)),
                List.of(), EvaluationSettings.defaults());
    }

    @Test
    void theYearReportCountsEachLevelOverallAndPerUnitListsEveryoneAndIsSignedForTheCommittee() throws Exception {
        OfficialDocument d = EvaluationDocuments.yearReportOf(year(), CONTEXT);
        assertEquals(DocumentKind.BAO_CAO, d.kind());
        assertEquals("Chủ tịch", d.signature().title());
        assertEquals("Nguyễn Văn Hùng", d.signature().name());
        Path file = write(d, "nam.docx");
        assertEquals("tong-hop-danh-gia-nam-2026.docx", EvaluationDocuments.yearFileName(year(), CONTEXT, "docx"));
        // A draft numbered by hand ("Số:    /BC-UBND"), as every report before it is given its number.
        assertEquals(Set.of("header.numbered"), Nd30Rules.check(Files.readAllBytes(file)).stream()
                .map(Nd30Rules.Violation::rule).collect(Collectors.toSet()));
        List<String> lines = read(file);
        String all = String.join("\n", lines);
        assertTrue(has(lines, "Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026"), all);
        assertTrue(has(lines, "từ kết quả theo dõi, đánh giá hằng quý"), all);
        assertTrue(has(lines, "Tổng số cán bộ, công chức được đánh giá, xếp loại: 4 người"), all);
        assertTrue(has(lines, "- Hoàn thành xuất sắc nhiệm vụ: 02 người (50 %);"), all);
        assertTrue(has(lines, "- Hoàn thành nhiệm vụ: 0 người (0 %);"), all);
        assertTrue(has(lines, "- Hoàn thành tốt nhiệm vụ: 01 người (25 %);"), all);
        assertTrue(has(lines, "- Không hoàn thành nhiệm vụ: 01 người (25 %)."), all);
        assertTrue(has(lines, "Có 01 người xếp loại không hoàn thành nhiệm vụ không phụ thuộc số điểm"), all);
        // Two leader groups: the commune's leaders (1 xuất sắc, no tốt) and the unit's (1 xuất sắc, no tốt).
        assertTrue(has(lines, "- Lãnh đạo UBND xã, nhóm lãnh đạo: 1 xuất sắc, 0 tốt, tối đa 0 xuất sắc;"), all);
        int perUnit = lines.indexOf("Phòng Kinh tế");
        assertEquals(List.of("Phòng Kinh tế", "3", "1", "1", "0", "1"), lines.subList(perUnit, perUnit + 6));
        int total = lines.indexOf("Tổng cộng");
        assertEquals(List.of("Tổng cộng", "4", "2", "1", "0", "1"), lines.subList(total, total + 6));
        int lanRow = lines.indexOf("Lê Thị Lan");
        assertEquals(List.of("Lê Thị Lan", "Chuyên viên", "Phòng Kinh tế", "86,1", "Tốt"),
                lines.subList(lanRow, lanRow + 5));
        int binhRow = lines.indexOf("Trần Văn Bình");
        assertEquals(List.of("Không hoàn thành", "Do kỷ luật, vi phạm"),
                lines.subList(binhRow + 4, binhRow + 6));
        assertTrue(has(lines, "- Sở Nội vụ tỉnh Thái Nguyên;") && has(lines, "- Lưu: VT."), all);
        assertTrue(has(lines, "TM. ỦY BAN NHÂN DÂN") && has(lines, "CHỦ TỊCH"), all);
    }

    @Test
    void theYearTableHasEachQuarterTheMeanTheCountsAndTheUnits() throws Exception {
        Path file = write(EvaluationDocuments.yearTableOf(year(), CONTEXT), "nam.xlsx");
        List<XlsxReader.ReadSheet> sheets = XlsxReader.read(file, 1000);
        assertEquals(List.of("Xếp loại năm", "Theo đơn vị", "Tỷ lệ xuất sắc"), sheets.stream()
                .map(XlsxReader.ReadSheet::name).toList());
        List<XlsxReader.ReadRow> rows = sheets.get(0).rows();
        XlsxReader.ReadRow head = row(rows, "Quý I");
        assertEquals(List.of("Quý I", "Quý II", "Quý III", "Quý IV", "Điểm bình quân", "Xếp loại"),
                head.cells().subList(4, 10));
        XlsxReader.ReadRow lan = row(rows, "Lê Thị Lan");
        assertEquals(List.of("84.0", "88.0", "86.3", "", "86.1", "Tốt"), lan.cells().subList(4, 10));
        assertEquals(List.of("2", "1", "0", "1"), computed(file, 0, "Tổng cộng").subList(10, 14));
        assertEquals(List.of("3", "1", "1", "0", "1", "2", "66.7%"), computed(file, 1, "Phòng Kinh tế").subList(2, 9));
        assertEquals(List.of("4", "2", "1", "0", "1", "3", "75.0%"), computed(file, 1, "Tổng cộng").subList(2, 9));
    }

    @Test
    void fileNamesNameThePeriodThePersonAndTheUnit() {
        assertEquals("phieu-danh-gia-quy-iii-nam-2026-le-thi-lan.docx", EvaluationDocuments.personFileName(Q3, lan()));
        assertEquals("phieu-danh-gia-thang-7-nam-2026-le-thi-lan.docx",
                EvaluationDocuments.personFileName(EvaluationPeriod.month(2026, 7), lan()));
        assertEquals("bang-danh-gia-quy-iii-nam-2026.xlsx", EvaluationDocuments.periodFileName(sheet(null, lan()),
                CONTEXT));
    }
}
