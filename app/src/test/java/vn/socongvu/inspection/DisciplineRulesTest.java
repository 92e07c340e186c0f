package vn.socongvu.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.directory.StaffCategory.CAN_BO;
import static vn.socongvu.directory.StaffCategory.CONG_CHUC;
import static vn.socongvu.directory.StaffCategory.NGUOI_LAO_DONG;
import static vn.socongvu.directory.StaffCategory.VIEN_CHUC;
import static vn.socongvu.inspection.DisciplineMeasure.CRITICISM;
import static vn.socongvu.inspection.DisciplineMeasure.DEMOTION;
import static vn.socongvu.inspection.DisciplineMeasure.DISMISSAL_FROM_OFFICE;
import static vn.socongvu.inspection.DisciplineMeasure.FORCED_RESIGNATION;
import static vn.socongvu.inspection.DisciplineMeasure.LABOUR_DISMISSAL;
import static vn.socongvu.inspection.DisciplineMeasure.PAY_RISE_DELAY;
import static vn.socongvu.inspection.DisciplineMeasure.REMINDER;
import static vn.socongvu.inspection.DisciplineMeasure.REMOVAL_FROM_POST;
import static vn.socongvu.inspection.DisciplineMeasure.REPRIMAND;
import static vn.socongvu.inspection.DisciplineMeasure.SALARY_DOWNGRADE;
import static vn.socongvu.inspection.DisciplineMeasure.SELF_CRITICISM;
import static vn.socongvu.inspection.DisciplineMeasure.WARNING;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.socongvu.directory.StaffCategory;

/** The measure-eligibility rules: category × leadership × date × measure, each cell checked. */
class DisciplineRulesTest {
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate LATER = LocalDate.of(2026, 11, 20);
    static final Set<DisciplineMeasure> IN_HOUSE = EnumSet.of(REMINDER, CRITICISM, SELF_CRITICISM);

    private static Set<DisciplineMeasure> allowed(StaffCategory c, boolean leader, LocalDate on) {
        return EnumSet.copyOf(DisciplineRules.allowed(c, leader, on));
    }

    private static Set<DisciplineMeasure> with(DisciplineMeasure... ms) {
        Set<DisciplineMeasure> s = EnumSet.copyOf(IN_HOUSE);
        s.addAll(List.of(ms));
        return s;
    }

    @Test
    void congChucFrom172() {
        for (LocalDate d : List.of(FROM, LATER)) {
            assertEquals(with(REPRIMAND, WARNING, FORCED_RESIGNATION), allowed(CONG_CHUC, false, d));
            assertEquals(with(REPRIMAND, WARNING, REMOVAL_FROM_POST, FORCED_RESIGNATION), allowed(CONG_CHUC, true, d));
        }
    }

    @Test
    void congChucBefore172KeepsSalaryDowngradeAndDemotion() {
        assertEquals(with(REPRIMAND, WARNING, SALARY_DOWNGRADE, FORCED_RESIGNATION), allowed(CONG_CHUC, false, BEFORE));
        assertEquals(with(REPRIMAND, WARNING, DEMOTION, REMOVAL_FROM_POST, FORCED_RESIGNATION),
                allowed(CONG_CHUC, true, BEFORE));
    }

    @Test
    void canBoBothSidesOfTheDate() {
        for (LocalDate d : List.of(BEFORE, FROM, LATER)) {
            for (boolean leader : new boolean[] {false, true}) {
                assertEquals(with(REPRIMAND, WARNING, REMOVAL_FROM_POST, DISMISSAL_FROM_OFFICE),
                        allowed(CAN_BO, leader, d));
            }
        }
    }

    @Test
    void vienChucAndWorkers() {
        assertEquals(with(REPRIMAND, WARNING, FORCED_RESIGNATION), allowed(VIEN_CHUC, false, LATER));
        assertEquals(with(REPRIMAND, WARNING, REMOVAL_FROM_POST, FORCED_RESIGNATION), allowed(VIEN_CHUC, true, LATER));
        assertEquals(with(REPRIMAND, PAY_RISE_DELAY, LABOUR_DISMISSAL), allowed(NGUOI_LAO_DONG, false, LATER));
        assertEquals(with(REPRIMAND, PAY_RISE_DELAY, REMOVAL_FROM_POST, LABOUR_DISMISSAL),
                allowed(NGUOI_LAO_DONG, true, BEFORE));
    }

    @Test
    void aUnitGetsOnlyInHouseSteps() {
        assertEquals(IN_HOUSE, allowed(null, false, LATER));
        assertEquals("inspection.rule.unitInHouseOnly",
                DisciplineRules.refusal(WARNING, null, false, LATER).orElseThrow().key());
    }

    @ParameterizedTest
    @EnumSource(StaffCategory.class)
    void inHouseStepsAlwaysAllowed(StaffCategory c) {
        for (LocalDate d : List.of(BEFORE, FROM)) {
            assertTrue(allowed(c, false, d).containsAll(IN_HOUSE));
            for (DisciplineMeasure m : IN_HOUSE) {
                assertTrue(DisciplineRules.refusal(m, c, false, d).isEmpty());
            }
        }
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("inspection.rule.abolished",
                DisciplineRules.refusal(SALARY_DOWNGRADE, CONG_CHUC, false, FROM).orElseThrow().key());
        assertEquals("inspection.rule.abolished",
                DisciplineRules.refusal(DEMOTION, CONG_CHUC, true, LATER).orElseThrow().key());
        assertTrue(DisciplineRules.refusal(SALARY_DOWNGRADE, CONG_CHUC, false, BEFORE).isEmpty(),
                "valid on a record before 1/7/2025");
        assertEquals("inspection.rule.leadersOnly",
                DisciplineRules.refusal(REMOVAL_FROM_POST, CONG_CHUC, false, LATER).orElseThrow().key());
        assertEquals("inspection.rule.notLeaders",
                DisciplineRules.refusal(SALARY_DOWNGRADE, CONG_CHUC, true, BEFORE).orElseThrow().key());
        assertEquals("inspection.rule.notForCategory",
                DisciplineRules.refusal(DISMISSAL_FROM_OFFICE, CONG_CHUC, true, LATER).orElseThrow().key());
        assertEquals("inspection.rule.notForCategory",
                DisciplineRules.refusal(SALARY_DOWNGRADE, CAN_BO, false, BEFORE).orElseThrow().key());
        assertEquals("inspection.rule.notForCategory",
                DisciplineRules.refusal(LABOUR_DISMISSAL, VIEN_CHUC, false, LATER).orElseThrow().key());
    }

    @Test
    void everyMeasureIsAllowedSomewhere() {
        Set<DisciplineMeasure> seen = EnumSet.noneOf(DisciplineMeasure.class);
        for (StaffCategory c : StaffCategory.values()) {
            for (boolean leader : new boolean[] {false, true}) {
                seen.addAll(DisciplineRules.allowed(c, leader, BEFORE));
                seen.addAll(DisciplineRules.allowed(c, leader, LATER));
            }
        }
        assertEquals(EnumSet.allOf(DisciplineMeasure.class), seen);
    }
}
