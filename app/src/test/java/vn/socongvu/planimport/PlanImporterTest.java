package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.FieldError;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentReadException;
import vn.socongvu.document.PlainText;
import vn.socongvu.document.PlanDocx;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Comparison;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.text.VnFormat;

/**
 * The importer on the development set (../shared/samples, kept as test resources and also written as .docx with
 * a header table, signature table, page header/footer and sentences broken over two paragraphs), on a table plan,
 * and on bad input; saving all or nothing. The README's accuracy report is what these tests assert.
 */
class PlanImporterTest {
    static final String BINH_THANH = "plan-binh-thanh-2026-ky-luat-ky-cuong.txt";
    static final String DAN_TIEN = "plan-dan-tien-2026-chan-chinh-le-loi.txt";

    @TempDir
    Path dir;

    private Services withTypicalUnits() {
        Services s = TestServices.at(dir.resolve("data"), LocalDate.of(2026, 3, 1));
        TypicalUnits.drafts().forEach(s.directory()::saveUnit);
        return s;
    }

    private static Path sample(String name) throws Exception {
        return Path.of(PlanImporterTest.class.getResource("/plans/" + name).toURI());
    }

    /** "label lead/confidence": the lead unit of every task the plan states one for (not guessed). */
    private static List<String> statedLeads(PlanProposal p) {
        return p.leafTasks().stream().filter(t -> t.lead().found() && t.lead().confidence() != Confidence.LOW)
                .map(t -> t.lead().value().unitName()).toList();
    }

    private static List<String> statedSchedules(PlanProposal p) {
        return p.leafTasks().stream().filter(t -> t.schedule().confidence() != Confidence.LOW
                        || !t.schedule().value().phrase().isEmpty())
                .map(t -> t.label() + " " + t.schedule().value().recurrence()).toList();
    }

    private void assertBinhThanh(PlanProposal p) {
        assertEquals(31, p.leafTasks().size());
        assertEquals(List.of(6, 1, 3).stream().mapToInt(Integer::intValue).sum(), statedLeads(p).size(),
                "the units of Tổ chức thực hiện: Phòng VH-XH 6, Văn phòng 1, Trung tâm PVHCC 3");
        assertEquals(List.of("Phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội",
                "Phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "Văn phòng HĐND và UBND",
                "Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công",
                "Trung tâm Phục vụ hành chính công"), statedLeads(p));
        ProposedTask office = p.sections().get(1).children().get(1).children().get(0);
        assertEquals(List.of("Phòng Văn hóa – Xã hội"), office.cooperating().stream().map(UnitRef::unitName).toList(),
                "\"Phối hợp với Phòng Văn hoá – Xã hội\"");
        // The 21 tasks for "all units" get the unit that follows the plan up, as a guess.
        List<ProposedTask> guessed = p.leafTasks().stream().filter(t -> t.lead().confidence() == Confidence.LOW).toList();
        assertEquals(21, guessed.size());
        assertTrue(guessed.stream().allMatch(t -> t.lead().value().unitName().equals("Phòng Văn hóa – Xã hội")));
        assertEquals(List.of("1.1. ONGOING", "1.8. YEARLY", "- ONGOING", "- ONGOING"), statedSchedules(p),
                "Thường xuyên; hằng năm; Thường xuyên tiến hành rà soát; giám sát … thường xuyên");
        assertTrue(p.leafTasks().stream().filter(t -> t.schedule().value().phrase().isEmpty())
                .allMatch(t -> t.schedule().value().deadline().equals(LocalDate.of(2026, 12, 31))
                        && t.schedule().confidence() == Confidence.LOW), "no deadline stated: the year's end, a guess");
        assertEquals(List.of(), p.targets(), "the plan sets no figure");
        assertEquals(7, p.recipients().size());
        assertEquals("Âu Văn Đước", p.signer().value());
    }

    private void assertDanTien(PlanProposal p) {
        assertEquals(31, p.leafTasks().size());
        assertEquals(List.of("Phòng Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "Trung tâm Dịch vụ tổng hợp"),
                statedLeads(p));
        assertEquals(28, p.leafTasks().stream().filter(t -> t.lead().confidence() == Confidence.LOW
                && t.lead().value().unitName().equals("Phòng Văn hóa – Xã hội")).count(),
                "the rest go, as a guess, to the unit that \"Chủ trì, theo dõi, đôn đốc\" the plan");
        assertEquals(List.of("b) YEARLY", "c) YEARLY", "c) YEARLY", "f) YEARLY", "- HALF_YEARLY"), statedSchedules(p),
                "hằng năm / hàng năm in II.2.b, II.4.c, II.6.c, II.6.f; định kỳ 6 tháng, hằng năm in IV.2");
        assertEquals(List.of(Comparison.REDUCE_BY, Comparison.AT_LEAST, Comparison.EQUAL),
                p.targets().stream().map(ProposedTarget::comparison).toList());
        assertEquals(List.of(10.0, 95.0, 100.0), p.targets().stream().map(ProposedTarget::value).toList());
        assertTrue(p.targets().get(0).description().startsWith("Xây dựng kế hoạch tổ chức hội nghị hằng năm"),
                p.targets().get(0).description());
        assertEquals(9, p.recipients().size());
        assertEquals("Mông Thị Tuyết Nhung", p.signer().value());
    }

    /** A progress that records what it was told, cancelled or not from the start. */
    private static Progress recording(List<String> told, boolean cancelled) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                told.add(message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    @Test
    void theWarmUpReadsAWordFileAndTheSamplePlanAndSavesNothing() throws Exception {
        try (Services s = withTypicalUnits()) {
            List<String> told = new ArrayList<>();
            s.planImporter().warmUp(recording(told, false));
            // The Word file was read (else the warm-up stops before the sample), then the whole sample recognised.
            String sample = new String(PlanImporter.class.getResourceAsStream(PlanImporter.SAMPLE_PLAN).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(told.contains(Messages.get("planImport.step.recognize",
                    VnFormat.integer(PlainText.paragraphs(sample).size()))), told.toString());
            assertFalse(s.planImporter().readText(sample).proposal().leafTasks().isEmpty());
            assertTrue(s.plans().plans(null, true).isEmpty());
        }
    }

    @Test
    void theWarmUpStopsWhenCancelledWithoutFailing() throws Exception {
        try (Services s = withTypicalUnits()) {
            List<String> told = new ArrayList<>();
            s.planImporter().warmUp(recording(told, true));
            assertEquals(List.of(), told); // stopped after the Word file, before the sample was recognised
        }
    }

    @Test
    void theDevelopmentSetAsText() throws Exception {
        try (Services s = withTypicalUnits()) {
            assertBinhThanh(s.planImporter().read(sample(BINH_THANH)).proposal());
            assertDanTien(s.planImporter().read(sample(DAN_TIEN)).proposal());
        }
    }

    @Test
    void theDevelopmentSetAsWordFiles() throws Exception {
        try (Services s = withTypicalUnits()) {
            Path bt = PlanDocx.fromSample(sample(BINH_THANH), "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", dir.resolve("bt.docx"));
            PlanImporter.Reading r = s.planImporter().read(bt);
            assertBinhThanh(r.proposal());
            assertEquals("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", r.proposal().issuer().value(), "from the header's table");
            assertEquals("Bình Thành", r.proposal().place().value());
            assertEquals("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", r.proposal().signerTitle().value(), "from the signature's table");
            assertFalse(r.paragraphs().stream().anyMatch(p -> p.text().contains("Chân trang")), "no footer");
            // The sample breaks 1.4 over two lines ("tổ chức, cá" | "nhân; giảm …"): one task, one paragraph again.
            ProposedTask broken = r.proposal().leafTasks().get(3);
            assertTrue(broken.text().contains("của tổ chức, cá nhân; giảm thời gian") && broken.text()
                    .endsWith("cho người dân, doanh nghiệp."), broken.text());
            assertTrue(r.paragraphs().get(broken.source()).text().startsWith("1.4. Thực hiện đồng bộ"));

            Path dt = PlanDocx.fromSample(sample(DAN_TIEN), "ỦY BAN NHÂN DÂN XÃ DÂN TIẾN", dir.resolve("dt.docx"));
            assertDanTien(s.planImporter().read(dt).proposal());
        }
    }

    @Test
    void savingWritesTheWholePlanInOneGo() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanImporter.Reading r = s.planImporter().read(sample(DAN_TIEN));
            int units = s.directory().units().size();
            PlanImporter.Saved saved = s.planImporter().save(r.proposal());
            assertEquals(31, saved.tasks());
            assertEquals(3, saved.targets());
            assertEquals(0, saved.newUnits());
            assertFalse(saved.registered(), "no number in the plan: a draft");
            assertEquals(units, s.directory().units().size());
            assertEquals(2026, s.plans().plan(saved.planId()).year());
            assertEquals(1, s.plans().plan(saved.planId()).legalBases().size());
            assertEquals(9, s.plans().plan(saved.planId()).recipients().size());
            assertEquals(3, s.plans().targets(saved.planId()).size());
            List<Task> tasks = s.tasks().planTasks(saved.planId());
            assertEquals(31 + saved.groups(), tasks.size());
            Task report = tasks.stream().filter(t -> t.content().startsWith("Chủ trì, theo dõi, đôn đốc")).findFirst()
                    .orElseThrow();
            assertEquals(Recurrence.HALF_YEARLY, report.recurrence());
            assertEquals("Phòng Văn hóa – Xã hội", s.directory().unit(report.leadUnitId()).orElseThrow().name());
            Task section = tasks.stream().filter(t -> "IV.".equals(t.label())).findFirst().orElseThrow();
            assertTrue(section.group());
            assertEquals(section.id(), tasks.stream().filter(t -> t.id() == report.parentId()).findFirst()
                    .orElseThrow().parentId(), "the tree as the plan has it: IV. › 2. › the task");
            assertFalse(s.plans().history(saved.planId()).isEmpty(), "the plan's creation is in the audit log");
            assertFalse(s.tasks().history(report.id()).isEmpty());
        }
    }

    @Test
    void aTableOfTasksWithNewUnitsAndTheCommunesOwnNumber() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"});
        rows.add(new String[] {"I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""});
        rows.add(new String[] {"1", "Rà soát, công bố thủ tục hành chính", "VP HĐND-UBND", "Phòng VH-XH\nCông an xã",
                "Quý II/2027"});
        rows.add(new String[] {"2", "Số hóa hồ sơ, kết quả giải quyết", "TT PVHCC", "", "30/9/2027"});
        rows.add(new String[] {"II", "TUYÊN TRUYỀN", "", "", ""});
        rows.add(new String[] {"3", "Tuyên truyền cải cách hành chính trên loa truyền thanh", "Hội Nông dân xã",
                "Đoàn Thanh niên xã", "Thường xuyên"});
        rows.add(new String[] {"4", "Báo cáo kết quả cải cách hành chính", "Phòng Văn hoá - Xã hội", "", "Hằng quý"});
        try (Services s = withTypicalUnits()) {
            Path file = PlanDocx.withTaskTable(dir.resolve("table.docx"), rows);
            PlanProposal p = s.planImporter().read(file).proposal();
            assertEquals("12/KH-UBND", p.number().value());
            assertEquals(LocalDate.of(2027, 1, 10), p.date().value());
            List<ProposedTask> tasks = p.leafTasks();
            assertEquals(4, tasks.size());
            assertEquals(List.of("I.", "II."), p.sections().get(0).children().stream().map(ProposedTask::label).toList(),
                    "the table's heading rows group its tasks, under II. NHIỆM VỤ CỤ THỂ");
            assertEquals(List.of("Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công", "Hội Nông dân xã",
                    "Phòng Văn hóa – Xã hội"), tasks.stream().map(t -> t.lead().value().unitName()).toList());
            assertTrue(tasks.get(2).lead().value().isNew());
            assertEquals(List.of("Phòng Văn hóa – Xã hội", "Công an xã"),
                    tasks.get(0).cooperating().stream().map(UnitRef::unitName).toList());
            assertEquals(LocalDate.of(2027, 6, 30), tasks.get(0).schedule().value().deadline());
            assertEquals(LocalDate.of(2027, 9, 30), tasks.get(1).schedule().value().deadline());
            assertEquals(Recurrence.ONGOING, tasks.get(2).schedule().value().recurrence());
            assertEquals(Recurrence.QUARTERLY, tasks.get(3).schedule().value().recurrence());
            assertEquals(List.of(100.0, 90.0), p.targets().stream().map(ProposedTarget::value).toList());

            PlanImporter.Saved saved = s.planImporter().save(p);
            assertTrue(saved.registered(), "the commune's own plan, number free: in the register");
            assertEquals("12/KH-UBND", s.plans().plan(saved.planId()).number());
            assertEquals(2, saved.newUnits(), "Hội Nông dân xã and Đoàn Thanh niên xã");
            assertTrue(s.directory().units().stream().anyMatch(u -> u.name().equals("Hội Nông dân xã")
                    && u.kind() == UnitKind.MASS_ORGANISATION));
        }
    }

    @Test
    void aTaskWithoutLeadUnitOrDeadlineSavesNothing() throws Exception {
        try (Services s = TestServices.at(dir.resolve("data"), LocalDate.of(2026, 3, 1))) {
            // No directory, no unit named: the tasks have no lead; no year: no deadline to guess.
            PlanImporter.Reading r = s.planImporter().readText("""
                    KẾ HOẠCH
                    Tuyên truyền pháp luật
                    II. NHIỆM VỤ
                    1. Tổ chức hội nghị tuyên truyền
                    2. Giao Hội Phụ nữ xã chủ trì phát tờ rơi, hoàn thành trước ngày 30/6/2026
                    """);
            Map<String, String> before = TestServices.checksums(s);
            ValidationException e = assertThrows(ValidationException.class, () -> s.planImporter().save(r.proposal()));
            List<String> messages = e.errors().stream().map(FieldError::message).toList();
            assertTrue(messages.contains("Hãy nhập năm của kế hoạch (ví dụ 2026)."), messages.toString());
            assertTrue(messages.contains("Nhiệm vụ 1. Tổ chức hội nghị tuyên truyền: chưa có đơn vị chủ trì."),
                    messages.toString());
            assertTrue(messages.contains("Nhiệm vụ 1. Tổ chức hội nghị tuyên truyền: chưa có thời hạn hoặc chu kỳ."),
                    messages.toString());
            assertEquals(3, e.errors().size(), "task 2 names its unit and its deadline");
            assertEquals(before, TestServices.checksums(s), "nothing saved");
            ProposedTask second = r.proposal().leafTasks().get(1);
            assertTrue(second.lead().value().isNew());
            assertEquals("Hội Phụ nữ xã", second.lead().value().unitName());
        }
    }

    /** The review's "Hủy" while saving: the transaction rolls back, new units included. */
    @Test
    void aCancelledSaveLeavesNothingBehind() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanImporter.Reading r = s.planImporter().read(sample(DAN_TIEN));
            Map<String, String> before = TestServices.checksums(s);
            int[] written = {0};
            Progress cancelAfterThree = new Progress() {
                @Override
                public void update(double fraction, String message) {
                    written[0]++;
                }

                @Override
                public boolean isCancelled() {
                    return written[0] >= 3;
                }
            };
            assertThrows(Progress.CancelledException.class,
                    () -> s.planImporter().save(r.proposal(), cancelAfterThree));
            assertEquals(3, written[0], "three tasks were written before the clerk cancelled");
            assertEquals(before, TestServices.checksums(s), "nothing saved");
        }
    }

    /** A unit the clerk types in the review: the directory's unit when it names one in full, else a new one. */
    @Test
    void aTypedUnitIsTheDirectorysWhenItNamesOneElseNew() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanImporter importer = s.planImporter();
            UnitRef vhxh = importer.unit(" phòng  VH-XH ");
            assertEquals("Phòng Văn hóa – Xã hội", vhxh.unitName());
            assertFalse(vhxh.isNew());
            UnitRef party = importer.unit("Văn phòng Đảng ủy");
            assertTrue(party.isNew(), "shares its first words with Văn phòng HĐND và UBND, but is another unit");
            assertEquals("Văn phòng Đảng ủy", party.unitName());
            assertNull(importer.unit("  "));
            assertEquals(s.directory().activeUnits().size(), importer.units().size());
        }
    }

    @Test
    void emptyTooLongAndNonPlanDocumentsAreRefusedWithAMessage() throws Exception {
        try (Services s = TestServices.empty(dir.resolve("data"))) {
            Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
            assertEquals("Văn bản không có nội dung nào để đọc.",
                    assertThrows(DocumentReadException.class, () -> s.planImporter().read(empty)).userMessage());
            assertTrue(assertThrows(DocumentReadException.class, () -> s.planImporter().readText("Kính gửi anh chị"))
                    .userMessage().startsWith("Không tìm thấy nhiệm vụ nào"));
            StringBuilder huge = new StringBuilder("KẾ HOẠCH\nThử\nII. NHIỆM VỤ\n");
            for (int i = 1; i <= PlanImporter.MAX_PARAGRAPHS + 1; i++) {
                huge.append(i).append(". Nhiệm vụ thứ ").append(i).append(".\n");
            }
            assertTrue(assertThrows(DocumentReadException.class, () -> s.planImporter().readText(huge.toString()))
                    .userMessage().startsWith("Văn bản quá dài"));
        }
    }

    @Test
    void aTwoHundredMegabyteTextPlanAndAnEmptyWordFileAreRefusedBeforeReading() throws Exception {
        try (Services s = TestServices.empty(dir.resolve("data"))) {
            Path huge = dir.resolve("ke-hoach.txt");
            try (var raf = new RandomAccessFile(huge.toFile(), "rw")) {
                raf.setLength(200L * 1024 * 1024); // sparse: no room taken on the disk
            }
            assertTrue(assertThrows(DocumentReadException.class, () -> s.planImporter().read(huge)).userMessage()
                    .startsWith("Tệp ke-hoach.txt quá lớn (200 MB; tối đa 4 MB)"));
            Path empty = Files.createFile(dir.resolve("rong.docx"));
            assertTrue(assertThrows(DocumentReadException.class, () -> s.planImporter().read(empty)).userMessage()
                    .startsWith("Tệp rong.docx trống (0 byte)"));
        }
    }

    @Test
    void aThreeHundredPagePlanIsReadWhole() throws Exception {
        // ~40 paragraphs a page: 300 pages of tasks, each with a unit and a deadline.
        StringBuilder text = new StringBuilder("Số: 3/KH-UBND\nAn Phú, ngày 02 tháng 01 năm 2026\nKẾ HOẠCH\nThử\n"
                + "II. NHIỆM VỤ\n");
        int count = 0;
        for (int g = 1; g <= 400; g++) {
            text.append(g).append(". Lĩnh vực ").append(g).append('\n');
            for (int k = 1; k <= 29; k++) {
                text.append(g).append('.').append(k).append(". Phòng VH-XH chủ trì, phối hợp với Công an xã rà soát nội dung ")
                        .append(count++).append(". Thời gian hoàn thành: 15/12/2026.\n");
            }
        }
        try (Services s = withTypicalUnits()) {
            PlanProposal p = s.planImporter().readText(text.toString()).proposal();
            assertEquals(count, p.leafTasks().size());
            assertTrue(p.leafTasks().stream().allMatch(t -> t.lead().value().unitName().equals("Phòng Văn hóa – Xã hội")
                    && t.cooperating().size() == 1 && t.schedule().confidence() == Confidence.HIGH));
        }
    }

    @Test
    void unitsOfTheDirectoryAreFoundAsTheyAreWrittenThere() {
        List<Unit> units = List.of(new Unit(7, "Văn phòng - Thống kê", "VP-TK", UnitKind.OFFICE,
                null, null, true));
        UnitMatcher m = new UnitMatcher(units);
        assertEquals(Confidence.HIGH, m.match("Văn phòng - TK").orElseThrow().confidence());
        assertNull(m.match("Phòng Kinh tế").orElse(null));
    }
}
