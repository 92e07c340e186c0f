package vn.socongvu.evaluation.ui;

/** Opens a product's task in Nhiệm vụ, on the product's own occurrence (a recurring task has one a period). */
@FunctionalInterface
public interface TaskOpener {
    void open(long taskId, long occurrenceId);
}
