package vn.socongvu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.socongvu.evaluation.EvaluationRules.Inputs;
import vn.socongvu.evaluation.EvaluationRules.Mark;
import vn.socongvu.evaluation.EvaluationRules.Occurrence;
import vn.socongvu.evaluation.EvaluationRules.Person;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.task.TaskSource;

/** The scoring on cases computed by hand: the arithmetic is written beside each expected figure. */
class EvaluationRulesTest {
    static final double EPS = 1e-9;
    static final EvaluationPeriod Q3 = EvaluationPeriod.quarter(2026, 3);
    static final LocalDate AFTER_Q3 = LocalDate.of(2026, 10, 15);
    static final long UNIT = 10;
    static final long OTHER_UNIT = 20;
    static final Exemption FLOOD = new Exemption("Lũ lụt chia cắt thôn", "Phó Chủ tịch Lê Văn Bình",
            LocalDate.of(2026, 8, 25));

    private long nextId = 1;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private Occurrence occ(long staff, Long unit, TaskSource source, LocalDate due, LocalDate done, Double weight,
                           Mark mark) {
        long id = nextId++;
        return new Occurrence(id, 100 + id, "Việc " + id, null, source, staff, unit, due, done, null, weight, mark);
    }

    private Occurrence occ(long staff, LocalDate due, LocalDate done) {
        return occ(staff, null, TaskSource.PLAN, due, done, null, Mark.NONE);
    }

    private static Person person(long id, long unit, boolean leader) {
        return new Person(id, "Người " + id, leader ? "Trưởng phòng" : "Công chức", unit, "Đơn vị " + unit, leader);
    }

    private static GeneralCriteria general(double a, double b, double c, double d, double e, double f) {
        return new GeneralCriteria(a, b, c, d, e, f, null, "Chủ tịch", LocalDate.of(2026, 10, 5));
    }

    /** General criteria totalling {@code total}: five criteria at total/6 … kept in steps of 0.1 by the callers. */
    private static GeneralCriteria general(double total) {
        double each = total / 6;
        return general(each, each, each, each, each, each);
    }

    private static Inputs inputs(List<Person> people, List<Occurrence> occurrences,
                                 Map<Long, Map<EvaluationPeriod, GeneralCriteria>> general) {
        return inputs(EvaluationSettings.defaults(), people, occurrences, general, Map.of(), Map.of());
    }

    private static Inputs inputs(EvaluationSettings s, List<Person> people, List<Occurrence> occurrences,
                                 Map<Long, Map<EvaluationPeriod, GeneralCriteria>> general,
                                 Map<Long, List<DisciplineFact>> discipline, Map<Long, List<LegalCase>> cases) {
        return new Inputs(s, people, occurrences, general, discipline, cases);
    }

    @Test
    void eightProductsTwoLateOneFailedQualityOneExemptedDelay() {
        long staff = 1;
        List<Occurrence> o = List.of(
                occ(staff, d(7, 10), d(7, 8)),                       // 1 on time
                occ(staff, d(7, 20), d(7, 20)),                      // 2 on time (the due day itself)
                occ(staff, d(8, 5), d(8, 12)),                       // 3 late: progress 0.75
                occ(staff, null, TaskSource.PLAN, d(8, 14), d(8, 20), null,
                        new Mark(0, null, null, FLOOD)),             // 4 late, the delay exempted: progress 1
                occ(staff, null, TaskSource.PLAN, d(8, 28), d(8, 27), null,
                        new Mark(1, "Số liệu sai", null, null)),     // 5 on time, quality failed once: 0.75
                occ(staff, d(9, 10), d(9, 9)),                       // 6 on time
                occ(staff, d(9, 18), d(9, 18)),                      // 7 on time
                occ(staff, d(9, 25), null));                         // 8 not completed
        EvaluationSheet sheet = EvaluationRules.sheet(Q3, null, AFTER_Q3, inputs(List.of(person(staff, UNIT, false)),
                o, Map.of(staff, Map.of(Q3, general(4, 4.5, 4, 4, 4.5, 4)))));
        PersonScore p = sheet.person(staff).orElseThrow();
        assertEquals(8, p.products().size());
        assertEquals(8, p.assigned(), EPS);
        assertEquals(7, p.completed(), EPS);
        assertEquals(5, p.completedOnTime(), EPS);                   // 1, 2, 5, 6, 7
        assertEquals(6, p.qualityMet(), EPS);                        // 7 completed but 5
        assertEquals(87.5, p.quantityPct(), EPS);                    // 7 / 8
        assertEquals(84.375, p.qualityPct(), EPS);                   // (6 + 0.75) / 8
        assertEquals(84.375, p.progressPct(), EPS);                  // (5 + 1 + 0.75) / 8
        assertEquals(70 * 256.25 / 300, p.taskPoints(), EPS);        // 59.7916…
        assertEquals(2, p.deductions().size());
        Deduction quality = p.deductions().stream().filter(x -> x.kind() == Deduction.Kind.QUALITY).findFirst()
                .orElseThrow();
        assertEquals(o.get(4).occurrenceId(), quality.occurrenceId());
        assertEquals(1, quality.times());
        assertEquals(70 * 3.125 / 300, quality.points(), EPS);       // 25 % of 1/8 of b = 3.125 points of b
        Deduction progress = p.deductions().stream().filter(x -> x.kind() == Deduction.Kind.PROGRESS).findFirst()
                .orElseThrow();
        assertEquals(o.get(2).occurrenceId(), progress.occurrenceId()); // 3, not the exempted 4
        assertEquals(70 * 3.125 / 300, progress.points(), EPS);
        assertEquals(25, p.generalPoints(), EPS);                    // 4 + 4.5 + 4 + 4 + 4.5 + 4
        assertEquals(25 + 70 * 256.25 / 300, p.total(), EPS);        // 84.79… → 84.8
        assertEquals(Rating.GOOD, p.rating());
        assertTrue(p.forcedBy().isEmpty());
        assertTrue(p.rated());
        Product fourth = p.products().get(3);
        assertTrue(fourth.late());
        assertEquals(1, fourth.progressShare(), EPS);
        assertEquals(FLOOD, fourth.delayExemption());
        assertFalse(p.products().get(7).completed());
        assertEquals(0, p.products().get(7).quantityShare(), EPS);
    }

    @Test
    void aDisciplinedPersonWith95PointsDoesNotComplete() {
        long staff = 2;
        List<Occurrence> o = List.of(occ(staff, d(7, 15), d(7, 14)), occ(staff, d(8, 15), d(8, 15)),
                occ(staff, d(9, 15), d(9, 1)), occ(staff, d(9, 30), d(9, 30)));
        DisciplineFact reprimand = new DisciplineFact(1, 1, "Chậm giải quyết hồ sơ", DisciplineMeasure.REPRIMAND,
                "15/QĐ-UBND", d(5, 12), false);
        DisciplineFact criticism = new DisciplineFact(2, 1, "Đi muộn", DisciplineMeasure.CRITICISM, null, d(6, 1),
                false);
        Inputs in = inputs(EvaluationSettings.defaults(), List.of(person(staff, UNIT, false)), o,
                Map.of(staff, Map.of(Q3, general(25))), Map.of(staff, List.of(reprimand, criticism)), Map.of());
        PersonScore p = EvaluationRules.sheet(Q3, null, AFTER_Q3, in).person(staff).orElseThrow();
        assertEquals(70, p.taskPoints(), EPS);                       // 4 of 4, on time, no failure: 70 · 300 / 300
        assertEquals(95, p.total(), 1e-6);                           // 25 + 70
        assertEquals(Rating.EXCELLENT, p.ratingByPoints());
        assertEquals(Rating.NOT_COMPLETED, p.rating());
        assertEquals(1, p.forcedBy().size());                        // khiển trách forces; phê bình (in-house) not
        assertTrue(p.forcedBy().getFirst().contains("15/QĐ-UBND"), p.forcedBy().getFirst());
        assertEquals(2, p.discipline().size());
        assertTrue(p.discipline().get(0).forcesNotCompleted());
        assertFalse(p.discipline().get(1).forcesNotCompleted());
    }

    @Test
    void aMeasureDecidedAfterThePeriodForcesTheYearButNotThePeriod() {
        long staff = 3;
        DisciplineFact later = new DisciplineFact(1, 1, "Vi phạm", DisciplineMeasure.WARNING, "40/QĐ-UBND",
                d(11, 3), true);
        DisciplineFact lastYear = new DisciplineFact(2, 1, "Vi phạm cũ", DisciplineMeasure.REPRIMAND, "9/QĐ-UBND",
                LocalDate.of(2025, 12, 20), true);
        Inputs in = inputs(EvaluationSettings.defaults(), List.of(person(staff, UNIT, false)),
                List.of(occ(staff, d(8, 1), d(8, 1))), Map.of(staff, Map.of(Q3, general(27))),
                Map.of(staff, List.of(later, lastYear)), Map.of());
        PersonScore q3 = EvaluationRules.sheet(Q3, null, LocalDate.of(2027, 1, 10), in).person(staff).orElseThrow();
        assertEquals(Rating.EXCELLENT, q3.rating());                 // 27 + 70 = 97; 3/11 is after Q3's end
        assertTrue(q3.forcedBy().isEmpty());
        assertTrue(q3.discipline().isEmpty());                        // neither decided in 2026 up to 30/9
        List<EvaluationSheet> parts = new ArrayList<>();
        for (EvaluationPeriod part : EvaluationPeriod.year(2026).parts(EvaluationPeriod.Kind.QUARTER)) {
            parts.add(EvaluationRules.sheet(part, null, LocalDate.of(2027, 1, 10), in));
        }
        YearScore year = EvaluationRules.year(2026, null, EvaluationPeriod.Kind.QUARTER, parts, in.people(), in)
                .person(staff).orElseThrow();
        assertEquals(Rating.NOT_COMPLETED, year.rating());           // cảnh cáo decided on 3/11/2026
        assertEquals(1, year.forcedBy().size());                      // the 2025 measure does not count
    }

    @Test
    void aUnitBreakingTheTwentyPercentCeiling() {
        // No products: the task points are the general criteria scaled to 70. 30 → 30 + 70 = 100 (xuất sắc);
        // 24 → 24 + 56 = 80 (tốt).
        List<Person> people = new ArrayList<>();
        Map<Long, Map<EvaluationPeriod, GeneralCriteria>> general = new HashMap<>();
        long id = 1;
        // Unit 10: 2 xuất sắc, 4 tốt: at most floor(0.2 · 4) = 0 xuất sắc → warning.
        for (int i = 0; i < 6; i++, id++) {
            people.add(person(id, UNIT, false));
            general.put(id, Map.of(Q3, general(i < 2 ? 30 : 24)));
        }
        // Unit 20: 1 xuất sắc, 5 tốt: at most floor(0.2 · 5) = 1 → no warning; one person not rated at all.
        for (int i = 0; i < 6; i++, id++) {
            people.add(person(id, OTHER_UNIT, false));
            general.put(id, Map.of(Q3, general(i < 1 ? 30 : 24)));
        }
        people.add(person(id, OTHER_UNIT, false));
        EvaluationSheet sheet = EvaluationRules.sheet(Q3, null, AFTER_Q3, inputs(people, List.of(), general));
        assertEquals(100, sheet.person(1).orElseThrow().total(), 1e-6);
        assertEquals(80, sheet.person(3).orElseThrow().total(), 1e-6);
        assertEquals(Rating.GOOD, sheet.person(3).orElseThrow().rating());
        assertFalse(sheet.person(id).orElseThrow().rated());          // no products, no criteria: not rated
        assertEquals(1, sheet.warnings().size());
        CeilingWarning w = sheet.warnings().getFirst();
        assertEquals(UNIT, w.unitId());
        assertEquals(2, w.excellent());
        assertEquals(4, w.good());
        assertEquals(0, w.allowed());
        assertEquals(2, EvaluationRules.allowed(10, 0.2));            // 0.2 · 10 = 2 exactly
    }

    /** Unit 10: leader 1, staff 2 and 3; every occurrence here is led by the unit too. */
    private Inputs leaderCase(boolean thirdLate) {
        List<Occurrence> o = List.of(
                occ(1, UNIT, TaskSource.PLAN, d(7, 10), d(7, 10), null, Mark.NONE),   // the leader's own, on time
                occ(1, UNIT, TaskSource.PLAN, d(8, 10), d(8, 9), null, Mark.NONE),    // the leader's own, on time
                occ(2, UNIT, TaskSource.PLAN, d(8, 20), d(8, 20), null, Mark.NONE),   // staff 2, on time
                thirdLate ? occ(3, UNIT, TaskSource.PLAN, d(9, 10), d(9, 15), null, Mark.NONE)  // staff 3, late
                        : occ(3, UNIT, TaskSource.PLAN, d(9, 10), null, null, Mark.NONE));   // staff 3, not done
        return inputs(List.of(person(1, UNIT, true), person(2, UNIT, false), person(3, UNIT, false)), o,
                Map.of(1L, Map.of(Q3, general(27)), 2L, Map.of(Q3, general(25)), 3L, Map.of(Q3, general(25))));
    }

    @Test
    void aLeaderWhoseUnitHasOneNotCompleted() {
        EvaluationSheet sheet = EvaluationRules.sheet(Q3, null, AFTER_Q3, leaderCase(false));
        PersonScore third = sheet.person(3).orElseThrow();
        assertEquals(25, third.total(), 1e-6);                         // 25 + 0: nothing completed
        assertEquals(Rating.NOT_COMPLETED, third.rating());
        PersonScore leader = sheet.person(1).orElseThrow();
        assertEquals(50, leader.unitResultPct(), EPS);                 // one subordinate "không hoàn thành"
        assertEquals(75, leader.organisingPct(), EPS);                 // unit: 3 of 4 done, on time: (75+75+75)/3
        assertEquals(59.5, leader.taskPoints(), 1e-6);                 // 70 · (0.6·100 + 0.2·50 + 0.2·75) / 100
        assertEquals(86.5, leader.total(), 1e-6);                      // 27 + 59.5
        assertEquals(Rating.GOOD, leader.rating());
        assertNull(third.unitResultPct());
    }

    @Test
    void aLeaderWhoseUnitAllComplete() {
        EvaluationSheet sheet = EvaluationRules.sheet(Q3, null, AFTER_Q3, leaderCase(true));
        PersonScore third = sheet.person(3).orElseThrow();
        assertEquals(25 + 70 * 275.0 / 300, third.total(), 1e-6);     // a 100, b 100, c 75 → 89.17
        assertEquals(Rating.GOOD, third.rating());
        PersonScore leader = sheet.person(1).orElseThrow();
        assertEquals(100, leader.unitResultPct(), EPS);
        assertEquals((100 + 100 + 93.75) / 3, leader.organisingPct(), EPS);  // c = (3 + 0.75) / 4
        double task = 70 * (0.6 * 100 + 0.2 * 100 + 0.2 * (293.75 / 3)) / 100;  // 69.7083…
        assertEquals(task, leader.taskPoints(), 1e-9);
        assertEquals(Rating.EXCELLENT, leader.rating());               // 27 + 69.71 = 96.7
        // The leader's own deductions carry the own share: none here (both on time).
        assertTrue(leader.deductions().isEmpty());
    }

    @Test
    void weightsByTaskAndBySource() {
        long staff = 4;
        EvaluationSettings s = EvaluationSettings.defaults().withWeight(TaskSource.MEETING, 2);
        List<Occurrence> o = List.of(
                occ(staff, null, TaskSource.PLAN, d(7, 10), d(7, 10), 3.0, Mark.NONE),        // task weight 3, on time
                occ(staff, null, TaskSource.MEETING, d(8, 10), null, null, Mark.NONE),        // source weight 2, not done
                occ(staff, null, TaskSource.INSTRUCTION, d(9, 10), d(9, 11), null, Mark.NONE)); // weight 1, late
        PersonScore p = EvaluationRules.sheet(Q3, null, AFTER_Q3,
                inputs(s, List.of(person(staff, UNIT, false)), o, Map.of(), Map.of(), Map.of()))
                .person(staff).orElseThrow();
        assertEquals(List.of(3.0, 2.0, 1.0), p.products().stream().map(Product::weight).toList());
        assertEquals(6, p.assigned(), EPS);                            // 3 + 2 + 1
        assertEquals(4, p.completed(), EPS);                           // 3 + 1
        assertEquals(100 * 4 / 6.0, p.quantityPct(), EPS);             // 66.67
        assertEquals(100 * 4 / 6.0, p.qualityPct(), EPS);
        assertEquals(100 * 3.75 / 6, p.progressPct(), EPS);            // (3 + 0.75) / 6 = 62.5
        assertEquals(70 * (400 / 6.0 + 400 / 6.0 + 62.5) / 300, p.taskPoints(), EPS);  // 45.69
        // The delay of the weight-1 product: 25 % of 1/6 of c = 4.1667 points of c → 70 · 4.1667 / 300.
        assertEquals(70 * (100 * 0.25 / 6) / 300, p.deductions().getFirst().points(), EPS);
        assertFalse(p.generalEntered());
        assertEquals(0, p.generalPoints(), EPS);
        assertEquals(Rating.NOT_COMPLETED, p.rating());                // 45.7 + 0: the criteria not entered yet
    }

    @Test
    void carriedOverProductsAndTheDayOfJudging() {
        long staff = 5;
        Occurrence x = occ(staff, d(6, 20), d(7, 10));                  // due in Q2, done in Q3: carried, late
        Occurrence y = occ(staff, d(5, 10), d(6, 30));                  // done before Q3: not a product of Q3
        Occurrence z = occ(staff, d(4, 30), null);                      // never done: carried into every period
        Occurrence v = occ(staff, d(10, 5), null);                      // due in Q4
        Occurrence w = occ(staff, null, TaskSource.PLAN, null, null, null, Mark.NONE);  // ongoing: never a product
        List<Occurrence> all = List.of(x, y, z, v, w);
        EvaluationSettings s = EvaluationSettings.defaults();
        List<Product> q3 = EvaluationRules.products(Q3, AFTER_Q3, s, all);
        assertEquals(List.of(z.occurrenceId(), x.occurrenceId()), q3.stream().map(Product::occurrenceId).toList());
        assertTrue(q3.stream().allMatch(Product::carriedOver));
        EvaluationRules.Figures f = EvaluationRules.figures(q3);
        assertEquals(50, f.quantityPct(), EPS);                        // x of x, z
        assertEquals(37.5, f.progressPct(), EPS);                      // 0.75 / 2
        EvaluationPeriod q4 = EvaluationPeriod.quarter(2026, 4);
        List<Product> inQ4 = EvaluationRules.products(q4, LocalDate.of(2027, 1, 10), s, all);
        assertEquals(List.of(z.occurrenceId(), v.occurrenceId()), inQ4.stream().map(Product::occurrenceId).toList());
        // Q4 judged on 20/10: v (due 5/10, not done) counts; one due 15/11 not done does not yet, one done early does.
        Occurrence notYet = occ(staff, d(11, 15), null);
        Occurrence early = occ(staff, d(11, 16), d(10, 18));
        List<Product> running = EvaluationRules.products(q4, d(10, 20), s, List.of(z, v, notYet, early));
        assertEquals(List.of(z.occurrenceId(), v.occurrenceId(), early.occurrenceId()),
                running.stream().map(Product::occurrenceId).toList());
        assertTrue(running.getLast().onTime());
        // Completed after the period's end: not completed in the period.
        List<Product> lateDone = EvaluationRules.products(Q3, AFTER_Q3, s, List.of(occ(staff, d(9, 20), d(10, 2))));
        assertFalse(lateDone.getFirst().completed());
        assertNull(lateDone.getFirst().completedOn());
    }

    @Test
    void theYearFromQuartersAndFromMonths() {
        long staff = 6;
        EvaluationPeriod q1 = EvaluationPeriod.quarter(2026, 1);
        EvaluationPeriod q2 = EvaluationPeriod.quarter(2026, 2);
        EvaluationPeriod q4 = EvaluationPeriod.quarter(2026, 4);
        // No products: Q1 30 → 100; Q2 24 → 80; Q3 nothing → not counted; Q4 15 → 15 + 35 = 50.
        Inputs in = inputs(List.of(person(staff, UNIT, false)), List.of(),
                Map.of(staff, Map.of(q1, general(30), q2, general(24), q4, general(15))));
        List<EvaluationSheet> parts = new ArrayList<>();
        for (EvaluationPeriod p : EvaluationPeriod.year(2026).parts(EvaluationPeriod.Kind.QUARTER)) {
            parts.add(EvaluationRules.sheet(p, null, LocalDate.of(2027, 1, 10), in));
        }
        YearScore y = EvaluationRules.year(2026, null, EvaluationPeriod.Kind.QUARTER, parts, in.people(), in)
                .person(staff).orElseThrow();
        assertEquals(4, y.parts().size());
        assertEquals(List.of(true, true, false, true), y.parts().stream().map(YearScore.PeriodTotal::counted).toList());
        assertEquals((100 + 80 + 50) / 3.0, y.average(), 1e-6);        // 76.67
        assertEquals(Rating.GOOD, y.rating());

        EvaluationPeriod jan = EvaluationPeriod.month(2026, 1);
        EvaluationPeriod feb = EvaluationPeriod.month(2026, 2);
        Inputs monthly = inputs(EvaluationSettings.defaults().withCycle(EvaluationPeriod.Kind.MONTH),
                List.of(person(staff, UNIT, false)), List.of(occ(staff, d(2, 10), d(2, 12))),
                Map.of(staff, Map.of(jan, general(30), feb, general(21))), Map.of(), Map.of());
        List<EvaluationSheet> months = new ArrayList<>();
        for (EvaluationPeriod p : EvaluationPeriod.year(2026).parts(EvaluationPeriod.Kind.MONTH)) {
            months.add(EvaluationRules.sheet(p, null, LocalDate.of(2027, 1, 10), monthly));
        }
        YearScore m = EvaluationRules.year(2026, null, EvaluationPeriod.Kind.MONTH, months, monthly.people(), monthly)
                .person(staff).orElseThrow();
        assertEquals(12, m.parts().size());
        // January: no product, 30 → 100. February: one product done 2 days late: a 100, b 100, c 75 →
        // 70 · 275 / 300 = 64.17, + 21 = 85.17. March–December: nothing, not counted.
        assertEquals((100 + 21 + 70 * 275.0 / 300) / 2, m.average(), 1e-6);  // 92.58
        assertEquals(Rating.EXCELLENT, m.rating());
        assertEquals(2, m.parts().stream().filter(YearScore.PeriodTotal::counted).count());
    }

    @Test
    void aLegalCaseForcesNotCompletedForItsYearOnly() {
        long staff = 7;
        LegalCase c = new LegalCase(1, staff, 2026, "Bị kết án về tội cố ý làm trái quy định", "Bản án 12/2026/HS-ST",
                "clerk", d(9, 1));
        LegalCase old = new LegalCase(2, staff, 2025, "Vụ việc năm trước", null, "clerk", LocalDate.of(2025, 9, 1));
        Inputs in = inputs(EvaluationSettings.defaults(), List.of(person(staff, UNIT, false)),
                List.of(occ(staff, d(8, 1), d(8, 1))), Map.of(staff, Map.of(Q3, general(28))), Map.of(),
                Map.of(staff, List.of(c, old)));
        PersonScore p = EvaluationRules.sheet(Q3, null, AFTER_Q3, in).person(staff).orElseThrow();
        assertEquals(98, p.total(), 1e-6);                              // 28 + 70
        assertEquals(Rating.EXCELLENT, p.ratingByPoints());
        assertEquals(Rating.NOT_COMPLETED, p.rating());
        assertEquals(List.of(c), p.cases());
        assertEquals(List.of("Bị kết án về tội cố ý làm trái quy định"), p.forcedBy());
    }

    @Test
    void ratingThresholdsAtOneDecimal() {
        assertEquals(Rating.EXCELLENT, Rating.of(90));
        assertEquals(Rating.EXCELLENT, Rating.of(89.96));              // shown as 90,0
        assertEquals(Rating.GOOD, Rating.of(89.94));
        assertEquals(Rating.GOOD, Rating.of(70));
        assertEquals(Rating.COMPLETED, Rating.of(69.9));
        assertEquals(Rating.COMPLETED, Rating.of(50));
        assertEquals(Rating.NOT_COMPLETED, Rating.of(49.9));
    }

    @Test
    void periods() {
        assertEquals(EvaluationPeriod.quarter(2026, 3), EvaluationPeriod.parse(" 2026-q3 "));
        assertEquals(EvaluationPeriod.month(2026, 7), EvaluationPeriod.parse("2026-07"));
        assertEquals(EvaluationPeriod.year(2026), EvaluationPeriod.parse("2026"));
        assertEquals("2026-07", EvaluationPeriod.month(2026, 7).code());
        assertEquals("quý III năm 2026", Q3.label());
        assertEquals("tháng 7 năm 2026", EvaluationPeriod.month(2026, 7).label());
        assertEquals(d(9, 30), Q3.end());
        assertEquals(LocalDate.of(2026, 2, 28), EvaluationPeriod.month(2026, 2).end());
        assertEquals(List.of(EvaluationPeriod.month(2026, 7), EvaluationPeriod.month(2026, 8),
                EvaluationPeriod.month(2026, 9)), Q3.parts(EvaluationPeriod.Kind.MONTH));
        assertEquals(EvaluationPeriod.quarter(2025, 4), EvaluationPeriod.quarter(2026, 1).previous());
        assertEquals(Q3, EvaluationPeriod.containing(d(8, 31), EvaluationPeriod.Kind.QUARTER));
        for (String bad : List.of("2026-Q5", "2026-13", "26", "quý 3", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EvaluationPeriod.parse(bad));
            assertTrue(e.getMessage().contains("2026-Q3"), e.getMessage());
        }
    }
}
