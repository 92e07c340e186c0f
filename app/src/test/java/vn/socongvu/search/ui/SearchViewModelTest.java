package vn.socongvu.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.ui.PlansViewModel;
import vn.socongvu.search.SearchHit;
import vn.socongvu.search.SearchKind;
import vn.socongvu.search.SearchService;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.ViewModelFixture;

/** The header's search without a window: typing, the grouped results, "Xem tất cả", opening a result. */
class SearchViewModelTest extends ViewModelFixture {
    final List<SearchHit> opened = new ArrayList<>();
    SearchViewModel vm;

    @Override
    protected Services open(Path dataDir) {
        Services s = TestServices.at(dataDir, LocalDate.of(2026, 11, 20));
        s.demo().generate(DemoSize.SMALL, 1, 2026, 1, Progress.NONE);
        return s;
    }

    @BeforeEach
    void setUp() {
        vm = new SearchViewModel(services::search, tasks, opened::add);
    }

    private List<SearchViewModel.Row> of(SearchViewModel.Row.Kind kind) {
        return vm.rows().stream().filter(r -> r.kind() == kind).toList();
    }

    @Test
    void typedWithoutDiacriticsTheResultsComeGroupedWithXemTatCaAndOpenTheirRecord() {
        vm.queryProperty().set("bao cao");
        vm.search();
        assertTrue(vm.showingProperty().get());
        assertEquals("", vm.messageProperty().get());
        SearchViewModel.Row heading = vm.rows().getFirst();
        assertEquals(SearchViewModel.Row.Kind.HEADING, heading.kind());
        assertEquals(SearchKind.TASK.label(), heading.text());
        long taskHits = of(SearchViewModel.Row.Kind.HIT).stream().filter(r -> r.of() == SearchKind.TASK).count();
        assertEquals(SearchService.PER_KIND, taskHits);
        SearchViewModel.Row more = of(SearchViewModel.Row.Kind.MORE).getFirst();
        assertEquals(SearchKind.TASK, more.of());

        vm.open(more); // "Xem tất cả nhiệm vụ": the rest listed, the results still open
        assertTrue(vm.rows().stream().filter(r -> r.of() == SearchKind.TASK && r.kind() == SearchViewModel.Row.Kind.HIT)
                .count() > SearchService.PER_KIND);
        assertTrue(opened.isEmpty());
        assertTrue(vm.showingProperty().get());

        SearchViewModel.Row first = vm.first();
        vm.open(first);
        assertEquals(List.of(first.hit()), opened);
        assertFalse(vm.showingProperty().get());
        assertEquals("bao cao", vm.queryProperty().get(), "what was typed stays");
    }

    @Test
    void nothingFoundIsSaidAndABlankFieldClosesTheResults() {
        vm.queryProperty().set("zzqxw");
        vm.search();
        assertEquals(Messages.get("search.none", "zzqxw"), vm.messageProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertNull(vm.first());
        vm.queryProperty().set("  ");
        vm.search();
        assertFalse(vm.showingProperty().get());
    }

    @Test
    void aPlanOpenedFromTheSearchIsListedSelectedAndOpenInKeHoach() {
        Plan p = services.plans().plans(2026, false).getLast();
        PlansViewModel plans = new PlansViewModel(services.plans(), services.tasks(), services.directory(),
                services.meetings(), services.settings(), services.planImporter(), dialogs, tasks);
        plans.load();
        plans.searchProperty().set("khong co ke hoach nao nhu the");
        assertTrue(plans.list().rows().isEmpty());
        plans.open(p.id());
        assertEquals("", plans.searchProperty().get());
        assertEquals(p.id(), plans.form().editingProperty().get().id());
        assertTrue(plans.list().rows().stream().anyMatch(r -> r.id() == p.id()));
    }

    @Test
    void keHoachsSearchBoxFindsByNumberTitleWordsYearAndStatusInEveryYear() {
        Plan p = services.plans().plans(2026, false).getFirst();
        PlansViewModel plans = new PlansViewModel(services.plans(), services.tasks(), services.directory(),
                services.meetings(), services.settings(), services.planImporter(), dialogs, tasks);
        plans.load();
        String words = String.join(" ", List.of(VnText.fold(p.title()).split(" ")).subList(0, 3));
        plans.searchProperty().set(words);
        assertTrue(plans.list().rows().stream().anyMatch(r -> r.id() == p.id()), words);
        assertTrue(plans.list().rows().stream().allMatch(r -> VnText.matches(r.title(), words)));
        plans.searchProperty().set("2026 " + p.status().label());
        assertTrue(plans.list().rows().stream().allMatch(r -> r.year() == 2026 && r.status() == p.status()));
        assertTrue(plans.list().rows().stream().anyMatch(r -> r.id() == p.id()));
        if (p.number() != null) {
            plans.searchProperty().set(p.number() + " " + p.year());
            assertEquals(List.of(p.id()), plans.list().rows().stream().map(Plan::id).toList());
        }
        plans.searchProperty().set("");
        assertEquals(services.plans().plans(2026, false).size(), plans.list().rows().size(), "the year's list again");
    }
}
