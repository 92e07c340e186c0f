package vn.socongvu.inspection;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.socongvu.directory.StaffCategory;

/**
 * Which handling may be applied to whom, and when.
 * <ul>
 * <li>From 1/7/2025 (Nghị định 172/2025): công chức — khiển trách, cảnh cáo, cách chức (leaders only), buộc thôi
 * việc; cán bộ — khiển trách, cảnh cáo, cách chức, bãi nhiệm.</li>
 * <li>Before 1/7/2025 (Nghị định 112/2020) công chức could also get hạ bậc lương (not leaders) and giáng chức
 * (leaders): these stay valid on older records only.</li>
 * <li>Viên chức (Luật Viên chức): khiển trách, cảnh cáo, cách chức (managers only), buộc thôi việc.</li>
 * <li>Người lao động (Bộ luật Lao động, Điều 124): khiển trách, kéo dài thời hạn nâng lương, cách chức (holders
 * of a post only), sa thải.</li>
 * <li>The in-house steps (nhắc nhở, phê bình, kiểm điểm) apply to everyone, and are all that applies to a unit as a
 * whole ({@code category} null).</li>
 * </ul>
 */
public final class DisciplineRules {
    /** The day Nghị định 172/2025/NĐ-CP took effect. */
    public static final LocalDate ND172_IN_FORCE = LocalDate.of(2025, 7, 1);

    private DisciplineRules() {
    }

    /**
     * The measures allowed, lightest first.
     *
     * @param category the person's category on the day; null for a violation of a unit as a whole
     * @param leader   whether the person held a leading or managing post
     * @param on       the day the measure is proposed or decided
     */
    public static List<DisciplineMeasure> allowed(StaffCategory category, boolean leader, LocalDate on) {
        List<DisciplineMeasure> out = new ArrayList<>(List.of(REMINDER, CRITICISM, SELF_CRITICISM));
        if (category == null) {
            return out;
        }
        boolean old = on != null && on.isBefore(ND172_IN_FORCE);
        switch (category) {
            case CONG_CHUC -> {
                out.add(REPRIMAND);
                out.add(WARNING);
                if (old) {
                    out.add(leader ? DEMOTION : SALARY_DOWNGRADE);
                }
                if (leader) {
                    out.add(REMOVAL_FROM_POST);
                }
                out.add(FORCED_RESIGNATION);
            }
            case CAN_BO -> out.addAll(List.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, DISMISSAL_FROM_OFFICE));
            case VIEN_CHUC -> {
                out.add(REPRIMAND);
                out.add(WARNING);
                if (leader) {
                    out.add(REMOVAL_FROM_POST);
                }
                out.add(FORCED_RESIGNATION);
            }
            case NGUOI_LAO_DONG -> {
                out.add(REPRIMAND);
                out.add(PAY_RISE_DELAY);
                if (leader) {
                    out.add(REMOVAL_FROM_POST);
                }
                out.add(LABOUR_DISMISSAL);
            }
        }
        return out;
    }

    /**
     * Why {@code m} may not be applied, as a message key with its arguments (empty: it may). The reasons, in the
     * clerk's words: abolished since 1/7/2025, only for leaders, not for this category, not for a unit.
     */
    public static Optional<Refusal> refusal(DisciplineMeasure m, StaffCategory category, boolean leader,
                                            LocalDate on) {
        if (m == null || allowed(category, leader, on).contains(m)) {
            return Optional.empty();
        }
        if (category == null) {
            return Optional.of(new Refusal("inspection.rule.unitInHouseOnly"));
        }
        if ((m == SALARY_DOWNGRADE || m == DEMOTION) && category == StaffCategory.CONG_CHUC
                && on != null && !on.isBefore(ND172_IN_FORCE)) {
            return Optional.of(new Refusal("inspection.rule.abolished"));
        }
        if (!leader && allowed(category, true, on).contains(m)) {
            return Optional.of(new Refusal("inspection.rule.leadersOnly"));
        }
        if (leader && allowed(category, false, on).contains(m)) {
            return Optional.of(new Refusal("inspection.rule.notLeaders"));
        }
        return Optional.of(new Refusal("inspection.rule.notForCategory"));
    }

    /**
     * A disciplinary measure (not an in-house step) is decided by a decision: without its number and date the
     * violation form refuses it, and so does a data import.
     */
    public static boolean decisionMissing(DisciplineMeasure decided, String decisionNumber, LocalDate decisionDate) {
        return decided != null && !decided.inHouse()
                && (decisionNumber == null || decisionNumber.isBlank() || decisionDate == null);
    }

    /** A reason a measure may not be applied: a message key (arguments: the measure, the category). */
    public record Refusal(String key) {
    }
}
