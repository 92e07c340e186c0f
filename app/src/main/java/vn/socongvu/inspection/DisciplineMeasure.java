package vn.socongvu.inspection;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/**
 * How a violation is handled: the lighter in-house steps (nhắc nhở, phê bình, kiểm điểm), the disciplinary
 * measures for cán bộ, công chức and viên chức (Nghị định 172/2025, and before 1/7/2025 Nghị định 112/2020 with
 * hạ bậc lương and giáng chức), and those of the Labour Code for người lao động. Which apply to whom and when:
 * {@link DisciplineRules}.
 */
public enum DisciplineMeasure implements Labeled {
    REMINDER("inspection.measure.reminder", true),
    CRITICISM("inspection.measure.criticism", true),
    SELF_CRITICISM("inspection.measure.selfCriticism", true),
    REPRIMAND("inspection.measure.reprimand", false),
    WARNING("inspection.measure.warning", false),
    SALARY_DOWNGRADE("inspection.measure.salaryDowngrade", false),
    DEMOTION("inspection.measure.demotion", false),
    PAY_RISE_DELAY("inspection.measure.payRiseDelay", false),
    REMOVAL_FROM_POST("inspection.measure.removalFromPost", false),
    DISMISSAL_FROM_OFFICE("inspection.measure.dismissalFromOffice", false),
    FORCED_RESIGNATION("inspection.measure.forcedResignation", false),
    LABOUR_DISMISSAL("inspection.measure.labourDismissal", false);

    private final String labelKey;
    private final boolean inHouse;

    DisciplineMeasure(String labelKey, boolean inHouse) {
        this.labelKey = labelKey;
        this.inHouse = inHouse;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** An in-house step (nhắc nhở, phê bình, kiểm điểm): no disciplinary decision, no decision number. */
    public boolean inHouse() {
        return inHouse;
    }

    /** The constant stored as {@code name}; none (null) for a name no constant has (see StoredValues). */
    public static DisciplineMeasure stored(String name) {
        return StoredValues.of(DisciplineMeasure.class, name, null);
    }
}
