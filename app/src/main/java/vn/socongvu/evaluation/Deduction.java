package vn.socongvu.evaluation;

/**
 * The 25 % deductions of one product: {@code times} failed quality assessments or one delay, and the task-result
 * points (of 70) they cost the person.
 */
public record Deduction(Kind kind, long occurrenceId, long taskId, String content, int times, double points) {

    /** Which criterion the deduction is taken from. */
    public enum Kind { QUALITY, PROGRESS }
}
