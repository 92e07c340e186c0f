package vn.socongvu.evaluation;

import java.time.LocalDate;

import vn.socongvu.task.TaskSource;

/**
 * One product (sản phẩm, công việc) of a person in a period: one occurrence of a task they lead, due in the
 * period or carried over from before it ({@link EvaluationRules}).
 *
 * @param planTitle the plan of the task, null when it has none
 * @param completedOn null when not completed as of the end of the period (or the day of judging)
 * @param weight the product's weight (quy đổi): the task's own, else its source's, else 1
 * @param completed completed on or before the end of the period
 * @param onTime completed on or before its due date
 * @param qualityFailures the failed quality assessments the assessor recorded (0: none)
 * @param qualityExemption an objective cause confirmed for the quality failures (they then cost nothing), or null
 * @param delayExemption an objective cause confirmed for the delay (it then costs nothing), or null
 * @param quantityShare what the product earns of its weight towards quantity, 0..1
 * @param qualityShare what it earns towards quality, 0..1 (1 − 0.25 per failed assessment, not below 0)
 * @param progressShare what it earns towards progress, 0..1 (1 on time, 0.75 late unless exempted)
 */
public record Product(long occurrenceId, long taskId, String content, String planTitle, TaskSource source,
        LocalDate dueOn, LocalDate completedOn, String result, boolean carriedOver, double weight,
        boolean completed, boolean onTime,
        int qualityFailures, String qualityReason, Exemption qualityExemption,
        Exemption delayExemption,
        double quantityShare, double qualityShare, double progressShare) {

    /** Completed late (after its due date). */
    public boolean late() {
        return completed && !onTime;
    }
}
