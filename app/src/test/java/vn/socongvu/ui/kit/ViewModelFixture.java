package vn.socongvu.ui.kit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.app.Services;
import vn.socongvu.directory.Unit;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskSource;

/**
 * What a ViewModel test without the robot starts from: real services over a data folder of its own (opened before
 * each test as {@link #open} says, closed after it), and the fakes for dialogs and background work.
 */
public abstract class ViewModelFixture {
    @TempDir
    protected Path tmp;
    protected Services services;
    protected final RecordingDialogService dialogs = new RecordingDialogService();
    protected final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();

    /** Opens the services over {@code dataDir} (e.g. {@code TestServices.binhThanh(dataDir, TODAY)}). */
    protected abstract Services open(Path dataDir);

    @BeforeEach
    final void openServices() {
        services = open(tmp.resolve("data"));
    }

    @AfterEach
    final void closeServices() {
        services.close();
    }

    /** A task on instruction (one occurrence), led by the active unit named, running from {@code from} to {@code due}. */
    protected Task task(String leadUnit, String content, LocalDate from, LocalDate due) {
        long unit = services.directory().activeUnits().stream().filter(u -> u.name().equals(leadUnit))
                .map(Unit::id).findFirst().orElseThrow();
        return services.tasks().save(new Task.Draft(null, TaskSource.INSTRUCTION, null, null, null, false, content,
                unit, null, List.of(), null, null, "Báo cáo", "Công văn số 5/UBND", from, due, Recurrence.NONE, null));
    }

    protected void complete(Task t, LocalDate on) {
        services.tasks().complete(services.tasks().occurrences(t.id()).get(0).id(), on, null);
    }

    /** Three tasks of the Văn phòng due 30/10/2026: the first done on 29/10 (on time), the other two left open. */
    protected void threeOctoberTasks() {
        for (int i = 1; i <= 3; i++) {
            Task t = task("Văn phòng HĐND và UBND", "Rà soát hồ sơ " + i, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 30));
            if (i == 1) {
                complete(t, LocalDate.of(2026, 10, 29));
            }
        }
    }
}
