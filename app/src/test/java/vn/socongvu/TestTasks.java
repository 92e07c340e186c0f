package vn.socongvu;

import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;

/** Drafts of tasks the tests edit. */
public final class TestTasks {
    private TestTasks() {
    }

    /** The saved task {@code t} as its form would save it with another content. */
    public static Task.Draft withContent(Task t, String content) {
        Task.Draft d = TaskService.draft(t);
        return new Task.Draft(d.id(), d.source(), d.planId(), d.parentId(), d.label(), d.group(), content,
                d.leadUnitId(), d.leadStaffId(), d.cooperatingUnitIds(), d.responsibility(), d.authority(),
                d.expectedResult(), d.instructionRef(), d.assignedOn(), d.deadline(), d.recurrence(),
                d.recurrenceUntil());
    }
}
