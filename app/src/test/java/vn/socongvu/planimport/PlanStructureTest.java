package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocxText;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.document.WordPlan;

/**
 * The structure of the task tree on hard cases modelled on real commune plans, each as typed text and as a
 * .docx with Word's own numbering: tasks written as labelled fields, unnumbered text inside a task section,
 * typed and Word numbering mixed, restarted and multi-level lists, pointers to an appendix. Every case asserts
 * the whole tree — numbering, text, lead unit, deadline — and what was not placed.
 */
class PlanStructureTest {
    private static final List<Unit> UNITS = UnitMatcherTest.typical();
    /** The tree both forms of the plan must give. */
    private static final List<String> CCHC_TREE = List.of(
            "II. NHIỆM VỤ TRỌNG TÂM",
            "  1. Cải cách thể chế",
            "    Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành."
                    + " | Văn phòng HĐND và UBND HIGH | Công an xã | 2022-12-15 HIGH"
                    + " | KQ: Kịp thời phát hiện, đề xuất sửa đổi văn bản không còn phù hợp.",
            "  2. Cải cách thủ tục hành chính",
            "    Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa."
                    + " | Trung tâm Phục vụ hành chính công HIGH |  | ONGOING HIGH"
                    + " | KQ: Người dân dễ tiếp cận, tra cứu thủ tục.",
            "  3. Cải cách tổ chức bộ máy",
            "    Rà soát chức năng, nhiệm vụ của các phòng, ban chuyên môn."
                    + " | Công an xã MEDIUM |  | 2022-09-30 HIGH",
            "  4. Hiện đại hóa hành chính",
            "    Sử dụng phần mềm quản lý văn bản và điều hành trong xử lý công việc."
                    + " | Văn phòng HĐND và UBND HIGH | Phòng Văn hóa – Xã hội | 2022-06-30 HIGH"
                    + " | KQ: Văn bản đi, đến được xử lý trên môi trường mạng.",
            "  5. Tổ chức Hội nghị tập huấn nghiệp vụ cải cách hành chính cho cán bộ, công chức"
                    + " | Văn phòng HĐND và UBND HIGH |  | 2022-03-31 HIGH"
                    + " | KQ: Cán bộ, công chức nắm vững quy trình giải quyết thủ tục hành chính.",
            "III. TỔ CHỨC THỰC HIỆN",
            "  1. Văn phòng HĐND và UBND xã",
            "    Tham mưu UBND xã theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch."
                    + " | Văn phòng HĐND và UBND HIGH |  | 2022-12-31 LOW");

    @TempDir
    Path dir;

    /** The tree, one line an item: numbering and text; for a task, its lead, cooperating units, schedule, result. */
    static List<String> outline(PlanProposal p) {
        List<String> out = new ArrayList<>();
        p.sections().forEach(s -> outline(s, "", out));
        return out;
    }

    private static void outline(ProposedTask t, String indent, List<String> out) {
        String head = indent + (t.label().isEmpty() ? "" : t.label() + " ") + t.text();
        if (t.isGroup()) {
            out.add(head);
            t.children().forEach(c -> outline(c, indent + "  ", out));
            return;
        }
        Schedule s = t.schedule().value();
        out.add(head + " | " + (t.lead().found() ? t.lead().value().unitName() + " " + t.lead().confidence() : "-")
                + " | " + String.join(", ", t.cooperating().stream().map(UnitRef::unitName).toList())
                + " | " + (s == null ? "-" : (s.deadline() != null ? s.deadline() : s.recurrence()) + " "
                + t.schedule().confidence())
                + (t.expectedResult().isEmpty() ? "" : " | KQ: " + t.expectedResult()));
    }

    private static List<String> unplaced(PlanProposal p, List<TextParagraph> ps) {
        return p.unplaced().stream().map(u -> {
            assertEquals(ps.get(u.paragraph()).displayed(), u.text(), "the paragraph it says");
            return u.reason().substring("planImport.unplaced.".length()) + ": " + u.text();
        }).toList();
    }

    private static PlanProposal read(List<TextParagraph> ps) {
        return PlanRecognizer.recognize(ps, UNITS);
    }

    // ---- a commune's "Kế hoạch cải cách hành chính": tasks as labelled fields --------------------------------

    @Test
    void labelledFieldsAreOneTaskTyped() {
        List<TextParagraph> ps = CommunePlans.text(CommunePlans.CCHC_HEAD, CommunePlans.CCHC_BODY, CommunePlans.CCHC_TAIL);
        PlanProposal p = read(ps);
        assertEquals(CCHC_TREE, outline(p));
        assertEquals(List.of(), unplaced(p, ps));
        assertEquals(6, p.leafTasks().size(), "one task per item, never one per field");
    }

    /** The same plan as Word writes it: every number Word's own, the fields a lettered level, bullets Word's. */
    @Test
    void labelledFieldsAreOneTaskWithWordNumbering() throws Exception {
        Path file = CommunePlans.cchcDocx(dir.resolve("cchc-2022.docx"));
        List<TextParagraph> ps = PlanRecognizer.joined(DocxText.read(file));
        PlanProposal p = PlanRecognizer.recognize(ps, UNITS);
        assertEquals(CCHC_TREE, outline(p));
        assertEquals(List.of(), unplaced(p, ps));
    }

    // ---- unnumbered text inside a task section ---------------------------------------------------------------

    @Test
    void unnumberedTextInsideASectionNeverEndsItsTasks() {
        List<TextParagraph> ps = CommunePlans.text(CommunePlans.SECTION_II_WITH_PROSE);
        PlanProposal p = read(ps);
        assertEquals(List.of(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "  1. Tăng cường tuyên truyền, quán triệt các quy định về kỷ luật, kỷ cương hành chính; thực hiện "
                        + "thường xuyên. | Văn phòng HĐND và UBND LOW |  | ONGOING LOW",
                "  2. Rà soát, sửa đổi Quy chế làm việc của UBND xã, hoàn thành trước ngày 30/6/2026."
                        + " | Văn phòng HĐND và UBND LOW |  | 2026-06-30 MEDIUM",
                "  3. Công an xã tăng cường kiểm tra việc chấp hành giờ giấc làm việc hằng quý."
                        + " | Công an xã MEDIUM |  | QUARTERLY LOW",
                "  4. Thực hiện nghiêm chế độ báo cáo định kỳ 6 tháng. Trong đó, báo cáo 6 tháng gửi trước ngày "
                        + "15/6/2026 qua Văn phòng HĐND và UBND xã. | Văn phòng HĐND và UBND LOW |  | 2026-06-15 MEDIUM",
                "  5. Phòng Văn hóa – Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp công khai kết quả "
                        + "trên Trang thông tin điện tử xã. | Phòng Văn hóa – Xã hội MEDIUM | Trung tâm Dịch vụ tổng hợp"
                        + " | 2026-12-31 LOW",
                "  6. Kiểm tra đột xuất việc thực hiện nhiệm vụ tại Bộ phận Một cửa; thời gian hoàn thành: tháng "
                        + "9/2026. | Văn phòng HĐND và UBND LOW |  | 2026-09-30 HIGH",
                "  7. Đánh giá, xếp loại cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ; thời hạn: 15/12/2026."
                        + " | Văn phòng HĐND và UBND LOW |  | 2026-12-15 HIGH",
                "IV. TỔ CHỨC THỰC HIỆN",
                "  1. Văn phòng HĐND và UBND xã",
                "    - Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã."
                        + " | Văn phòng HĐND và UBND HIGH |  | 2026-12-31 LOW"), outline(p));
        assertEquals(List.of(
                "prose: Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể của "
                        + "đơn vị mình.",
                "prose: Ghi chú: các đơn vị gửi báo cáo bằng văn bản điện tử.",
                "unnumberedTask: Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 7/2026.",
                "otherPart: Kinh phí thực hiện từ ngân sách xã năm 2026."), unplaced(p, ps),
                "the introduction to the items and the closing words are neither tasks nor left out");
    }

    /**
     * Words that read like the plan's closing ("Trong quá trình …, nếu có vướng mắc, … báo cáo") inside a section
     * are prose there: the tasks after them are read, and only the real closing, after the last item, ends the part.
     */
    @Test
    void closingLikeWordsInsideASectionDoNotEndItsTasks() {
        List<TextParagraph> ps = CommunePlans.text(new String[] {"ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "KẾ HOẠCH",
            "Phòng, chống thiên tai năm 2026", "II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác chuẩn bị",
            "a) Ban Chỉ huy Quân sự xã xây dựng phương án ứng phó thiên tai; hoàn thành trong tháng 4/2026.",
            "Trong quá trình chuẩn bị, nếu có phát sinh vướng mắc, các đơn vị kịp thời báo cáo Ban Chỉ huy xã.",
            "b) Công an xã bảo đảm an ninh, trật tự khi có thiên tai xảy ra; thực hiện thường xuyên.",
            "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND và UBND xã: theo dõi, tổng hợp báo cáo; hằng năm.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND xã.",
            "Trên đây là Kế hoạch phòng, chống thiên tai năm 2026./."});
        PlanProposal p = read(ps);
        List<String> tree = outline(p);
        assertTrue(tree.stream().anyMatch(l -> l.startsWith("    b) Công an xã bảo đảm an ninh")), tree::toString);
        assertTrue(tree.stream().anyMatch(l -> l.startsWith("  1. Văn phòng HĐND và UBND xã")), tree::toString);
        assertEquals(List.of("prose: Trong quá trình chuẩn bị, nếu có phát sinh vướng mắc, các đơn vị kịp thời báo "
                + "cáo Ban Chỉ huy xã."), unplaced(p, ps), "the words inside the section listed; the closing not");
    }

    /**
     * A section whose tasks are written without numbers: each paragraph that states work is a task; in "Tổ chức
     * thực hiện" such paragraphs assign areas to units and are listed for the clerk, not made tasks.
     */
    @Test
    void tasksWrittenWithoutNumbers() {
        List<TextParagraph> ps = CommunePlans.text(new String[] {"ỦY BAN NHÂN DÂN XÃ AN PHÚ", "KẾ HOẠCH",
            "Phòng, chống thiên tai năm 2026", "II. NHIỆM VỤ",
            "Kiện toàn Ban Chỉ huy phòng, chống thiên tai xã; hoàn thành trước ngày 31/3/2026.",
            "Ban Chỉ huy Quân sự xã tổ chức diễn tập ứng phó bão lũ trong quý II/2026.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Văn phòng HĐND và UBND xã – chủ trì tham mưu các nội dung về cải cách thể chế.",
            "Trên đây là Kế hoạch phòng, chống thiên tai năm 2026./."});
        PlanProposal p = read(ps);
        assertEquals(List.of(
                "II. NHIỆM VỤ",
                "  Kiện toàn Ban Chỉ huy phòng, chống thiên tai xã; hoàn thành trước ngày 31/3/2026. | - |  "
                        + "| 2026-03-31 MEDIUM",
                "  Ban Chỉ huy Quân sự xã tổ chức diễn tập ứng phó bão lũ trong quý II/2026."
                        + " | Ban Chỉ huy Quân sự xã MEDIUM |  | 2026-06-30 MEDIUM"), outline(p));
        assertEquals(List.of("unnumberedTask: Văn phòng HĐND và UBND xã – chủ trì tham mưu các nội dung về cải cách "
                + "thể chế."), unplaced(p, ps));
    }

    // ---- typed and Word numbering mixed; restarted and multi-level lists ------------------------------------

    /**
     * Typed headings with Word's lists under them (a Word-numbered "1." under a typed "1." is its child), the
     * second list restarted at 1, Word bullets as subtasks, a typed "3." going on where a Word "2." of the same
     * level left off, and a section numbered as Word's outline "1.", "1.1.".
     */
    @Test
    void wordNumberingUnderTypedNumberingNestsAsWritten() throws Exception {
        Path file;
        try (WordPlan w = new WordPlan()) {
            BigInteger tasks = w.list("decimal|%1.", "bullet|•");
            BigInteger again = w.restarting(tasks, 0, 1);
            BigInteger outline = w.list("decimal|%1.", "decimal|%1.%2.");
            w.p("ỦY BAN NHÂN DÂN XÃ PHÚ XUÂN").p("Số: 08/KH-UBND").p("Phú Xuân, ngày 15 tháng 02 năm 2026")
                    .p("KẾ HOẠCH").bold("Chuyển đổi số năm 2026")
                    .bold("I. NHIỆM VỤ")
                    .bold("1. Phát triển chính quyền số")
                    .item(tasks, 0, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; hoàn thành trước ngày "
                            + "30/9/2026.")
                    .item(tasks, 0, "Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến.")
                    .item(tasks, 1, "Tại Bộ phận Một cửa: hằng tháng.")
                    .item(tasks, 1, "Tại các thôn: hằng quý.")
                    .bold("2. Phát triển xã hội số")
                    .item(again, 0, "Tuyên truyền kỹ năng số cho người dân; thực hiện thường xuyên.")
                    .item(again, 0, "Đoàn Thanh niên phối hợp hướng dẫn cài đặt ứng dụng định danh điện tử.")
                    .p("3. Công an xã rà soát dữ liệu dân cư; thời hạn: 30/6/2026.")
                    .bold("II. TỔ CHỨC THỰC HIỆN")
                    .item(outline, 0, "Văn phòng HĐND và UBND xã", true)
                    .item(outline, 1, "Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch.")
                    .item(outline, 1, "Tham mưu sơ kết 6 tháng, tổng kết năm.")
                    .p("Trên đây là Kế hoạch chuyển đổi số năm 2026 của UBND xã./.")
                    .p("Nơi nhận:").p("- Như trên;").p("CHỦ TỊCH").p("Hoàng Thị Lan");
            file = w.save(dir.resolve("chuyen-doi-so.docx"));
        }
        List<TextParagraph> ps = PlanRecognizer.joined(DocxText.read(file));
        PlanProposal p = read(ps);
        assertEquals(List.of(
                "I. NHIỆM VỤ",
                "  1. Phát triển chính quyền số",
                "    1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; hoàn thành trước ngày 30/9/2026."
                        + " | Văn phòng HĐND và UBND LOW |  | 2026-09-30 MEDIUM",
                "    2. Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến.",
                "      - Tại Bộ phận Một cửa: hằng tháng. | Trung tâm Phục vụ hành chính công MEDIUM |  | MONTHLY MEDIUM",
                "      - Tại các thôn: hằng quý. | Trung tâm Phục vụ hành chính công MEDIUM |  | QUARTERLY MEDIUM",
                "  2. Phát triển xã hội số",
                "    1. Tuyên truyền kỹ năng số cho người dân; thực hiện thường xuyên."
                        + " | Văn phòng HĐND và UBND LOW |  | ONGOING LOW",
                "    2. Đoàn Thanh niên phối hợp hướng dẫn cài đặt ứng dụng định danh điện tử."
                        + " | Văn phòng HĐND và UBND LOW |  | 2026-12-31 LOW",
                "  3. Công an xã rà soát dữ liệu dân cư; thời hạn: 30/6/2026. | Công an xã MEDIUM |  | 2026-06-30 HIGH",
                "II. TỔ CHỨC THỰC HIỆN",
                "  1. Văn phòng HĐND và UBND xã",
                "    1.1. Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch."
                        + " | Văn phòng HĐND và UBND HIGH |  | 2026-12-31 LOW",
                "    1.2. Tham mưu sơ kết 6 tháng, tổng kết năm. | Văn phòng HĐND và UBND HIGH |  | HALF_YEARLY MEDIUM"),
                outline(p));
        assertEquals(List.of(), unplaced(p, ps));
    }

    // ---- pointers to an appendix -----------------------------------------------------------------------------

    /**
     * "(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)" under an item: the appendix's table after the signature
     * gives that item its tasks (the table's group of the same title); the pointer is never a task's text.
     */
    @Test
    void aPointerToTheAppendixTakesItsTasksFromTheTable() throws Exception {
        Path file;
        try (WordPlan w = new WordPlan()) {
            w.p("ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG").p("Số: 21/KH-UBND").p("Đông Hưng, ngày 10 tháng 3 năm 2026")
                    .p("KẾ HOẠCH").bold("Thực hiện công tác dân vận chính quyền năm 2026")
                    .bold("II. NHIỆM VỤ, GIẢI PHÁP")
                    .bold("1. Cải cách thủ tục hành chính")
                    .p("(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)")
                    .bold("2. Tiếp công dân")
                    .p("Công an xã phối hợp giữ gìn trật tự tại nơi tiếp công dân; thực hiện thường xuyên.")
                    .p("Trên đây là Kế hoạch của UBND xã./.")
                    .p("Nơi nhận:").p("- Như trên;").p("CHỦ TỊCH").p("Phạm Văn Đức")
                    .bold("PHỤ LỤC").p("Danh mục nhiệm vụ cụ thể")
                    .table(List.of(
                            new String[] {"TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"},
                            new String[] {"I", "Cải cách thủ tục hành chính", "", ""},
                            new String[] {"1", "Niêm yết công khai thủ tục hành chính", "Trung tâm Phục vụ hành chính "
                                    + "công", "31/3/2026"},
                            new String[] {"2", "Số hóa kết quả giải quyết thủ tục", "Văn phòng HĐND và UBND xã",
                                    "30/11/2026"}));
            file = w.save(dir.resolve("dan-van.docx"));
        }
        List<TextParagraph> ps = PlanRecognizer.joined(DocxText.read(file));
        PlanProposal p = read(ps);
        assertEquals(List.of(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "  1. Cải cách thủ tục hành chính",
                "    1. Niêm yết công khai thủ tục hành chính | Trung tâm Phục vụ hành chính công HIGH |  "
                        + "| 2026-03-31 HIGH",
                "    2. Số hóa kết quả giải quyết thủ tục | Văn phòng HĐND và UBND HIGH |  | 2026-11-30 HIGH",
                "  2. Tiếp công dân",
                "    Công an xã phối hợp giữ gìn trật tự tại nơi tiếp công dân; thực hiện thường xuyên."
                        + " | Công an xã MEDIUM |  | ONGOING LOW"), outline(p));
        assertEquals(List.of(), unplaced(p, ps));
    }

    /** The same pointer in a file without the appendix (a plan pasted as text): listed, never a task's text. */
    @Test
    void aPointerWithoutItsAppendixIsListedNotATask() {
        List<TextParagraph> ps = CommunePlans.text(new String[] {"ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm 2026", "II. NHIỆM VỤ, GIẢI PHÁP",
            "1. Cải cách thủ tục hành chính (chi tiết tại Phụ lục I kèm theo)",
            "2. Tiếp công dân",
            "(Danh mục nhiệm vụ cụ thể tại Phụ lục II kèm theo)",
            "3. Công an xã giữ gìn trật tự tại nơi tiếp công dân; thực hiện thường xuyên.",
            "Trên đây là Kế hoạch của UBND xã./."});
        PlanProposal p = read(ps);
        assertEquals(List.of(
                "II. NHIỆM VỤ, GIẢI PHÁP",
                "  1. Cải cách thủ tục hành chính | - |  | 2026-12-31 LOW",
                "  2. Tiếp công dân | - |  | 2026-12-31 LOW",
                "  3. Công an xã giữ gìn trật tự tại nơi tiếp công dân; thực hiện thường xuyên."
                        + " | Công an xã MEDIUM |  | ONGOING LOW"), outline(p), "no lead for what the file does not hold");
        assertEquals(List.of(
                "pointer: 1. Cải cách thủ tục hành chính (chi tiết tại Phụ lục I kèm theo)",
                "pointer: (Danh mục nhiệm vụ cụ thể tại Phụ lục II kèm theo)"), unplaced(p, ps));
    }

    /** Reading a 30-task plan (fields, Word numbering) stays well under a second in-process. */
    @Test
    void aThirtyTaskPlanIsReadWellUnderASecond() throws Exception {
        List<String> body = new ArrayList<>(List.of(CommunePlans.CCHC_HEAD));
        body.add("II. NHIỆM VỤ TRỌNG TÂM");
        for (int i = 1; i <= 30; i++) {
            body.add(i + ". Nhiệm vụ số " + i);
            body.add("a. Nội dung: Rà soát, cập nhật hồ sơ lĩnh vực " + i + " tại Bộ phận Một cửa.");
            body.add("b. Yêu cầu: Hồ sơ đầy đủ, đúng quy định.");
            body.add("c. Trách nhiệm thực hiện: Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã.");
            body.add("d. Thời gian hoàn thành: " + (i % 28 + 1) + "/11/2022.");
        }
        body.addAll(List.of(CommunePlans.CCHC_TAIL));
        List<TextParagraph> ps = CommunePlans.text(body.toArray(String[]::new));
        read(ps); // the first run loads the classes
        long start = System.nanoTime();
        PlanProposal p = read(ps);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(30, p.leafTasks().size());
        assertTrue(ms < 500, ms + " ms");
    }
}
