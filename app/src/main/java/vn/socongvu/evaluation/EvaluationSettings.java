package vn.socongvu.evaluation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.task.TaskSource;

/**
 * The agency's choices where the decree leaves them to it (stored in the {@code setting} table; the defaults and
 * why: docs/evaluation.md).
 *
 * @param cycle MONTH or QUARTER: the period civil servants are monitored by; default QUARTER
 * @param weightBySource the weight (quy đổi) of a product by the source of its task; default 1 each
 * @param leaderOwnShare a leader's own products' share of the task result; default 0.6
 * @param leaderUnitShare the unit's result (all at "hoàn thành" or better); default 0.2
 * @param leaderOrganisingShare organising the unit's tasks; default 0.2
 * @param excellentCeiling "xuất sắc" at most this share of "tốt" in a unit and group; default 0.20
 * @param evaluated the staff categories evaluated; default cán bộ and công chức
 */
public record EvaluationSettings(EvaluationPeriod.Kind cycle,
        Map<TaskSource, Double> weightBySource,
        double leaderOwnShare, double leaderUnitShare, double leaderOrganisingShare,
        double excellentCeiling,
        Set<StaffCategory> evaluated) {

    public EvaluationSettings {
        Map<TaskSource, Double> w = new EnumMap<>(TaskSource.class);
        for (TaskSource s : TaskSource.values()) {
            w.put(s, 1.0);
        }
        if (weightBySource != null) {
            w.putAll(weightBySource);
        }
        weightBySource = Map.copyOf(w);
        evaluated = evaluated == null || evaluated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(evaluated));
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(EvaluationPeriod.Kind.QUARTER, Map.of(), 0.6, 0.2, 0.2, 0.20,
                EnumSet.of(StaffCategory.CAN_BO, StaffCategory.CONG_CHUC));
    }

    /** The weight of a product whose task has no weight of its own. */
    public double weightOf(TaskSource source) {
        return weightBySource.getOrDefault(source, 1.0);
    }

    public EvaluationSettings withCycle(EvaluationPeriod.Kind c) {
        return new EvaluationSettings(c, weightBySource, leaderOwnShare, leaderUnitShare, leaderOrganisingShare,
                excellentCeiling, evaluated);
    }

    public EvaluationSettings withWeight(TaskSource source, double weight) {
        Map<TaskSource, Double> w = new EnumMap<>(weightBySource);
        w.put(source, weight);
        return new EvaluationSettings(cycle, w, leaderOwnShare, leaderUnitShare, leaderOrganisingShare,
                excellentCeiling, evaluated);
    }
}
