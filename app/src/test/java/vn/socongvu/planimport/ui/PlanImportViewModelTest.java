package vn.socongvu.planimport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.UserException;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.i18n.Messages;
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

    private static Path sample() throws Exception {
        return Path.of(PlanImportViewModelTest.class
                .getResource("/plans/plan-binh-thanh-2026-ky-luat-ky-cuong.txt").toURI());
    }
}
