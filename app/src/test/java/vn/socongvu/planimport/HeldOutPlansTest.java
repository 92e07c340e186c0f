package vn.socongvu.planimport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.planimport.PlanScore.Score;

/**
 * Issue 33's targets on the held-out-style plans of {@link HeldOutPlans}, each read from its Word file with the
 * directory holding the typical units and scored against its hand labels ({@link PlanScore}): task recall ≥ 90 %,
 * precision ≥ 85 %, lead unit right ≥ 85 %, deadline or recurrence right ≥ 85 %, legal bases and recipients
 * counted right, no real task dropped without a message. Each plan's scores are printed as a {@code SCORE …} line
 * (docs/plan-import.md, "How it does").
 */
class HeldOutPlansTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> eachHeldOutPlanMeetsTheIssuesTargets() throws Exception {
        List<HeldOutPlans.Plan> plans = HeldOutPlans.all(dir);
        return plans.stream().map(plan -> DynamicTest.dynamicTest(plan.labels().name(), () -> {
            try (Services s = TestServices.at(dir.resolve("data-" + System.nanoTime()), LocalDate.of(2026, 4, 10))) {
                TypicalUnits.drafts().forEach(s.directory()::saveUnit);
                Score score = PlanScore.score(plan.labels(), s.planImporter().read(plan.file()).proposal());
                System.out.println("SCORE held-out-style: " + score.report());
                String report = score.report();
                assertAll(plan.labels().name(),
                        () -> assertTrue(score.recall() >= 0.90, "recall ≥ 90%\n" + report),
                        () -> assertTrue(score.precision() >= 0.85, "precision ≥ 85%\n" + report),
                        () -> assertTrue(score.leadRight() >= 0.85, "lead right ≥ 85%\n" + report),
                        () -> assertTrue(score.scheduleRight() >= 0.85, "deadline or recurrence right ≥ 85%\n" + report),
                        () -> assertEquals(score.bases(), score.basesRead(), "legal bases\n" + report),
                        () -> assertEquals(score.recipients(), score.recipientsRead(), "recipients\n" + report),
                        () -> assertEquals(List.of(), score.dropped(), "dropped without a message\n" + report));
            }
        }));
    }
}
