package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskSource;

/**
 * A service's write called inside a caller's transaction ({@link Database#tx}) is part of it: undone when the
 * caller's transaction fails, kept when it commits, checked as when called alone; reads inside see its writes.
 */
class TransactionJoinTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    @TempDir
    Path tmp;
    Services s;
    long unit;

    @BeforeEach
    void open() {
        s = TestServices.at(tmp, TODAY);
        unit = s.directory().saveUnit(new Unit.Draft(null, "Văn phòng HĐND và UBND", null, UnitKind.OFFICE, null,
                null)).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private Task.Draft task(String content) {
        return new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content, unit, null, List.of(),
                null, null, "Báo cáo kết quả", "Công văn 125/UBND", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15),
                Recurrence.NONE, null);
    }

    private int taskCount() {
        return s.tasks().list(TaskFilter.year(2026, TODAY)).size();
    }

    private static List<String> messages(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + ": " + x.message()).toList();
    }

    @Test
    void aWriteInsideACallersTransactionIsUndoneWhenTheCallerFails() {
        int auditBefore = s.audit().count(s.db().dsl());
        RuntimeException boom = new IllegalStateException("the caller fails after the service's write");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> s.db().txRun(tx -> {
            long id = s.tasks().save(task("Rà soát hồ sơ")).id();
            s.tasks().complete(s.tasks().occurrences(id).get(0).id(), LocalDate.of(2026, 4, 1), "Xong");
            // Reads inside the caller's transaction see what it wrote, through the services too.
            assertEquals(1, taskCount());
            assertEquals("Rà soát hồ sơ", s.tasks().task(id).content());
            throw boom;
        }));
        assertEquals(boom, thrown);
        assertEquals(0, taskCount(), "the task is gone with the caller's transaction");
        assertEquals(auditBefore, s.audit().count(s.db().dsl()), "and so are its audit rows");
    }

    @Test
    void aWriteInsideACallersTransactionIsKeptWhenTheCallerCommits() {
        int auditBefore = s.audit().count(s.db().dsl());
        long id = s.db().tx(tx -> s.tasks().save(task("Rà soát hồ sơ")).id());
        assertEquals(1, taskCount());
        assertEquals("Rà soát hồ sơ", s.tasks().task(id).content());
        assertTrue(s.audit().count(s.db().dsl()) > auditBefore, "its audit rows are kept with it");
    }

    @Test
    void aServiceChecksTheSameInsideACallersTransactionAndItsRefusalLeavesTheCallersWorkUsable() {
        Task.Draft noLead = new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, "Kiểm tra", null,
                null, List.of(), null, null, null, "CV 1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 15),
                Recurrence.NONE, null);
        ValidationException alone = assertThrows(ValidationException.class, () -> s.tasks().save(noLead));
        long kept = s.db().tx(tx -> {
            long first = s.tasks().save(task("Việc thứ nhất")).id();
            ValidationException inside = assertThrows(ValidationException.class, () -> s.tasks().save(noLead));
            assertEquals(messages(alone), messages(inside), "the same checks, the same messages");
            return first;
        });
        assertEquals(1, taskCount(), "the caller's own write, made before the refusal, is kept");
        assertEquals("Việc thứ nhất", s.tasks().task(kept).content());
    }

    @Test
    void aFailedNestedWriteIsUndoneAloneWhenTheCallerCarriesOn() {
        s.db().txRun(tx -> {
            s.tasks().save(task("Việc giữ lại"));
            assertThrows(IllegalStateException.class, () -> s.db().txRun(inner -> {
                s.tasks().save(task("Việc bỏ đi"));
                throw new IllegalStateException("the inner part fails");
            }));
        });
        List<String> contents = s.tasks().list(TaskFilter.year(2026, TODAY)).stream().map(r -> r.content()).toList();
        assertEquals(List.of("Việc giữ lại"), contents);
    }
}
