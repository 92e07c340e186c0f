package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.document.PlanDocx;
import vn.socongvu.planimport.PlanScore.Labels;
import vn.socongvu.planimport.PlanScore.Score;
import vn.socongvu.task.Recurrence;

/**
 * The scorer itself on a small plan whose mistakes are known, and the development set scored against its hand
 * labels, read as text and as Word files: the figures docs/plan-import.md reports ("How it does"), printed as
 * {@code SCORE …} lines.
 */
class PlanScoreTest {
    private static final String SMALL = """
            ỦY BAN NHÂN DÂN XÃ AN PHÚ
            Số: 12/KH-UBND
            An Phú, ngày 05 tháng 3 năm 2026
            KẾ HOẠCH
            Kiểm tra công vụ năm 2026
            Căn cứ Luật Cán bộ, công chức;
            Căn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND tỉnh.
            II. NHIỆM VỤ
            1. Công an xã kiểm tra đột xuất tại bộ phận một cửa, hằng quý.
            2. Phòng Kinh tế công khai kết quả kiểm tra, hoàn thành trước ngày 15/12/2026.
            3. Tổng hợp, báo cáo kết quả.
            III. TỔ CHỨC THỰC HIỆN
            Các cơ quan, đơn vị triển khai thực hiện./.
            Nơi nhận:
            - UBND tỉnh;
            - Lưu: VT.
            CHỦ TỊCH
            Trần Văn Bình
            """;

    @TempDir
    Path dir;

    private Services withTypicalUnits() {
        Services s = TestServices.at(dir.resolve("data"), LocalDate.of(2026, 3, 1));
        TypicalUnits.drafts().forEach(s.directory()::saveUnit);
        return s;
    }

    @Test
    void theScorerCountsWhatWasFoundMissedAndWrong() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanProposal p = s.planImporter().readText(SMALL).proposal();
            Labels labels = new PlanScore.Builder("small", 2, 3)
                    .every("Công an xã kiểm tra đột xuất", "Công an xã", Recurrence.QUARTERLY)
                    .due("Phòng Kinh tế công khai", "Văn phòng HĐND và UBND", 2026, 12, 14)
                    .open("Tổ chức hội nghị tổng kết", null)
                    .build();
            Score score = PlanScore.score(labels, p);
            assertEquals(3, score.real());
            assertEquals(3, score.proposed(), score.report());
            assertEquals(2, score.found(), score.report());
            assertEquals(2, score.matchedProposals(), "\"Tổng hợp, báo cáo\" matches no real task: an extra");
            assertEquals(List.of("Tổ chức hội nghị tổng kết"), score.missed());
            assertEquals(List.of("Tổ chức hội nghị tổng kết"), score.dropped(), "not shown to the clerk either");
            assertEquals(List.of("3. Tổng hợp, báo cáo kết quả."), score.extra());
            assertEquals(1, score.leadsRight());
            assertEquals(2, score.leadsStated());
            assertTrue(score.wrongLeads().get(0).contains("→ Phòng Kinh tế (not Văn phòng HĐND và UBND)"),
                    score.wrongLeads().toString());
            assertEquals(1, score.schedulesRight(), "15/12 read, 14/12 labelled");
            assertTrue(score.basesRight());
            assertEquals(2, score.recipientsRead());
            assertEquals(false, score.recipientsRight());
            assertEquals(2.0 / 3, score.recall(), 1e-9);
            assertEquals(2.0 / 3, score.precision(), 1e-9);
            assertEquals(0.5, score.leadRight(), 1e-9);
        }
    }

    @Test
    void aSecondProposalOfTheSameTaskIsAnExtraNotASecondFind() throws Exception {
        try (Services s = withTypicalUnits()) {
            PlanProposal p = s.planImporter().readText(SMALL.replace("3. Tổng hợp, báo cáo kết quả.",
                    "3. Công an xã kiểm tra đột xuất lần hai.")).proposal();
            Labels labels = new PlanScore.Builder("twice", 2, 2)
                    .every("Công an xã kiểm tra đột xuất", "Công an xã", Recurrence.QUARTERLY)
                    .due("Phòng Kinh tế công khai", "Phòng Kinh tế", 2026, 12, 15)
                    .build();
            Score score = PlanScore.score(labels, p);
            assertEquals(1.0, score.recall());
            assertEquals(2, score.matchedProposals());
            assertEquals(3, score.proposed());
            assertEquals(1.0, score.leadRight(), score.report());
            assertEquals(1.0, score.scheduleRight());
        }
    }

    /** The development set, as docs/plan-import.md's table has it: every figure right. */
    @Test
    void theDevelopmentSetScoresAsTheDocsSay() throws Exception {
        try (Services s = withTypicalUnits()) {
            for (boolean word : new boolean[]{false, true}) {
                for (Labels labels : List.of(DevelopmentSet.binhThanh(), DevelopmentSet.danTien())) {
                    String file = labels == null ? "" : labels.name().startsWith("Bình")
                            ? PlanImporterTest.BINH_THANH : PlanImporterTest.DAN_TIEN;
                    Path sample = Path.of(PlanScoreTest.class.getResource("/plans/" + file).toURI());
                    Path read = word ? PlanDocx.fromSample(sample, "ỦY BAN NHÂN DÂN XÃ",
                            dir.resolve(file.replace(".txt", ".docx"))) : sample;
                    Score score = PlanScore.score(labels, s.planImporter().read(read).proposal());
                    System.out.println("SCORE development set, " + (word ? ".docx" : ".txt") + ": "
                            + score.report());
                    assertEquals(31, score.found(), score.report());
                    assertEquals(31, score.proposed(), score.report());
                    assertEquals(labels.name().startsWith("Bình") ? 10 : 3, score.leadsStated());
                    assertEquals(1.0, score.leadRight(), score.report());
                    assertEquals(labels.name().startsWith("Bình") ? 4 : 5, score.schedulesStated());
                    assertEquals(1.0, score.scheduleRight(), score.report());
                    assertTrue(score.basesRight() && score.recipientsRight(), score.report());
                    assertEquals(List.of(), score.dropped());
                }
            }
        }
    }
}
