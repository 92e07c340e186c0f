package vn.socongvu.planimport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.common.UserException;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.TaskRunner;
import vn.socongvu.ui.kit.ViewModelFixture;

/** "Nhập kế hoạch" without a window: the file chosen is read in the background into a review, or refused. */
class PlanImportViewModelTest extends ViewModelFixture {
    PlanImportViewModel vm;

    @Override
    protected Services open(Path dataDir) {
        return TestServices.at(dataDir, LocalDate.of(2026, 3, 10));
    }

    @BeforeEach
    void setUp() {
        TypicalUnits.drafts().forEach(services.directory()::saveUnit);
        vm = new PlanImportViewModel(services.planImporter(), dialogs, tasks);
    }

    @Test
    void aChosenSampleIsReadIntoAReview() throws Exception {
        dialogs.choose(sample());
        vm.fromFile();
        assertEquals(List.of("open planImport.chooseFile"), dialogs.shown);
        assertEquals(List.of("planImport.reading"), tasks.ran);
        PlanImportViewModel.Ready ready = vm.reviewReady().last();
        assertEquals("plan-binh-thanh-2026-ky-luat-ky-cuong.txt", ready.origin());
        PlanReviewViewModel review = new PlanReviewViewModel(ready.importer(), ready.reading(), ready.origin(),
                dialogs, tasks);
        assertTrue(review.title.get().toUpperCase().contains("KỶ LUẬT"), review.title.get());
        assertEquals("2026", review.year.get());
        assertTrue(review.taskCount.get() > 3, review.taskCount.get() + " tasks");
        assertTrue(services.plans().plans(2026, true).isEmpty(), "nothing saved before the review");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNoReviewOpens() throws Exception {
        Path empty = Files.createFile(tmp.resolve("rong.docx"));
        vm.read(empty);
        assertNull(vm.reviewReady().last());
        assertEquals(1, dialogs.reported.size());
        UserException e = assertInstanceOf(UserException.class, dialogs.reported.getFirst());
        assertTrue(e.userMessage().startsWith("Tệp rong.docx trống (0 byte)"), e.userMessage());
    }

    @Test
    void cancellingTheChoiceOrPastingNothingReadsNothingAndPastedTextIsRead() throws Exception {
        vm.fromFile();
        vm.fromText("  \n ");
        assertEquals(List.of(), tasks.ran);
        assertNull(vm.reviewReady().last());
        vm.fromText(Files.readString(sample()));
        assertEquals(Messages.get("planImport.pasted"), vm.reviewReady().last().origin());
        assertEquals(2026, vm.reviewReady().last().reading().proposal().year().value());
    }

    @Test
    void readingSaysEachStepAndTheClerkCanStopItWithNothingOpenedOrReported() throws Exception {
        Stepping steps = new Stepping(-1);
        PlanImportViewModel reading = new PlanImportViewModel(services.planImporter(), dialogs, steps);
        reading.read(sample());
        int sections = reading.reviewReady().last().reading().proposal().sections().size();
        assertEquals(Messages.get("planImport.readingFile", "plan-binh-thanh-2026-ky-luat-ky-cuong.txt"),
                steps.messages.getFirst());
        assertTrue(steps.messages.contains(Messages.get("planImport.step.open",
                "plan-binh-thanh-2026-ky-luat-ky-cuong.txt")), steps.messages.toString());
        assertTrue(steps.messages.stream().anyMatch(m -> m.startsWith("Đang nhận diện các mục")), steps.messages.toString());
        for (int n = 1; n <= sections; n++) {
            assertTrue(steps.messages.contains(Messages.get("planImport.step.sections", n, sections)),
                    steps.messages.toString());
        }
        for (int i = 1; i < steps.fractions.size(); i++) {
            assertTrue(steps.fractions.get(i) >= steps.fractions.get(i - 1), "progress only goes forward: " + steps.fractions);
        }
        assertEquals(1, steps.done);

        // "Hủy" pressed while the sections are matched: no review, no error, and the work stops there.
        Stepping stopping = new Stepping(3);
        PlanImportViewModel cancelled = new PlanImportViewModel(services.planImporter(), dialogs, stopping);
        cancelled.read(sample());
        assertNull(cancelled.reviewReady().last());
        assertEquals(List.of(), dialogs.reported);
        assertEquals(0, stopping.done);
        assertEquals(3, stopping.messages.size(), "nothing after the cancel: " + stopping.messages);
    }

    /**
     * The window's runner as far as progress goes: records what the work says, and presses "Hủy" once it has said
     * {@code cancelAfter} things (never when negative); a cancelled work is neither done nor failed.
     */
    private static final class Stepping implements TaskRunner {
        final List<String> messages = new ArrayList<>();
        final List<Double> fractions = new ArrayList<>();
        final int cancelAfter;
        int done;

        Stepping(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public <T> Cancellable run(String titleKey, Function<Progress, T> work, Consumer<? super T> whenDone,
                                   Consumer<Throwable> failed) {
            Progress p = new Progress() {
                @Override
                public void update(double fraction, String message) {
                    fractions.add(fraction);
                    messages.add(message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelAfter >= 0 && messages.size() >= cancelAfter;
                }
            };
            try {
                T result = work.apply(p);
                done++;
                whenDone.accept(result);
            } catch (Progress.CancelledException e) {
                return () -> { };
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            return () -> { };
        }

        @Override
        public LatestRequest latest(String name) {
            return new CurrentThreadTaskRunner().latest(name);
        }
    }

    private static Path sample() throws Exception {
        return Path.of(PlanImportViewModelTest.class
                .getResource("/plans/plan-binh-thanh-2026-ky-luat-ky-cuong.txt").toURI());
    }
}
