package vn.socongvu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.plan.Plan;
import vn.socongvu.text.VnText;

/** The one search across the sections, on a year of the small demo commune. */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static Services s;
    static SearchService search;

    @BeforeAll
    static void demo() {
        s = TestServices.at(dir.resolve("data"), LocalDate.of(2026, 11, 20));
        s.demo().generate(DemoSize.SMALL, 1, 2026, 1, Progress.NONE);
        search = s.search();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    /** The first words of a text, without their diacritics, as a clerk types them. */
    private static String typed(String text, int words) {
        String[] w = VnText.fold(text).split(" ");
        return String.join(" ", List.of(w).subList(0, Math.min(words, w.length)));
    }

    private static List<Long> ids(SearchGroup g) {
        return g.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aMeetingIsFoundTypedWithoutDiacriticsAndWithThem() {
        Record m = s.db().dsl().select(MEETING.ID, MEETING.TITLE).from(MEETING).orderBy(MEETING.ID.desc()).limit(1)
                .fetchOne();
        String title = m.get(MEETING.TITLE);
        SearchGroup plain = search.search(typed(title, 6), SearchKind.MEETING, SearchService.ALL_OF_KIND);
        assertTrue(ids(plain).contains(m.get(MEETING.ID)), title + " → " + plain);
        SearchGroup marked = search.search(title.toUpperCase(), SearchKind.MEETING, SearchService.ALL_OF_KIND);
        assertTrue(ids(marked).contains(m.get(MEETING.ID)), title + " → " + marked);
        assertTrue(plain.hits().stream().allMatch(h -> h.kind() == SearchKind.MEETING));
    }

    @Test
    void everyKindIsFoundByItsOwnWords() {
        Record t = s.db().dsl().select(TASK.ID, TASK.CONTENT).from(TASK).where(TASK.IS_GROUP.isFalse())
                .orderBy(TASK.ID).limit(1).fetchOne();
        assertTrue(ids(search.search(typed(t.get(TASK.CONTENT), 8), SearchKind.TASK, 500)).contains(t.get(TASK.ID)));

        Record i = s.db().dsl().select(INSPECTION.ID, INSPECTION.TITLE).from(INSPECTION).limit(1).fetchOne();
        assertTrue(ids(search.search(typed(i.get(INSPECTION.TITLE), 8), SearchKind.INSPECTION, 500))
                .contains(i.get(INSPECTION.ID)));

        Record v = s.db().dsl().select(VIOLATION.INSPECTION_ID, VIOLATION.CONTENT).from(VIOLATION).limit(1).fetchOne();
        SearchGroup violations = search.search(typed(v.get(VIOLATION.CONTENT), 5), SearchKind.VIOLATION, 500);
        assertTrue(ids(violations).contains(v.get(VIOLATION.INSPECTION_ID)), "a violation opens its inspection");

        Plan p = s.plans().plans(2026, false).getFirst();
        SearchGroup plans = search.search(typed(p.title(), 8) + " 2026", SearchKind.PLAN, 500);
        assertTrue(ids(plans).contains(p.id()), plans.toString());

        Staff person = s.directory().staff().getFirst();
        SearchGroup staff = search.search(VnText.fold(person.fullName()), SearchKind.STAFF, 500);
        assertEquals(person.fullName(), staff.hits().stream().filter(h -> h.id() == person.id()).findFirst()
                .orElseThrow().title());

        Unit unit = s.directory().units().getFirst();
        assertTrue(ids(search.search(VnText.fold(unit.name()), SearchKind.UNIT, 500)).contains(unit.id()));
    }

    @Test
    void everyWordMustMatchAndNothingMatchesNonsense() {
        assertTrue(search.search("zzqxw", 5).isEmpty());
        assertTrue(search.search("  ,. ", 5).isEmpty());
        Record m = s.db().dsl().select(MEETING.ID, MEETING.TITLE).from(MEETING).limit(1).fetchOne();
        assertFalse(ids(search.search(typed(m.get(MEETING.TITLE), 3) + " zzqxw", SearchKind.MEETING, 500))
                .contains(m.get(MEETING.ID)));
    }

    @Test
    void atMostAsManyAKindAsAskedNewestFirstAndWhetherThereAreMore() {
        long tasks = s.db().dsl().fetchCount(TASK, TASK.IS_GROUP.isFalse().and(TASK.SEARCH_TEXT.contains("bao cao")));
        assertTrue(tasks > SearchService.PER_KIND, tasks + " tasks");
        SearchResults r = search.search("báo cáo", SearchService.PER_KIND);
        SearchGroup first = r.groups().getFirst();
        assertEquals(SearchKind.TASK, first.kind());
        assertEquals(SearchService.PER_KIND, first.hits().size());
        assertTrue(first.more());
        for (SearchGroup g : r.groups()) {
            assertTrue(g.hits().size() <= SearchService.PER_KIND, g.toString());
            assertEquals(g.hits().size() == SearchService.PER_KIND && g.more(), g.more());
        }
        SearchGroup all = search.search("bao cao", SearchKind.TASK, 10_000);
        assertEquals(tasks, all.hits().size());
        assertFalse(all.more());
        assertEquals(ids(first), ids(all).subList(0, SearchService.PER_KIND), "the first ones are the newest");
        List<Integer> kindOrder = r.groups().stream().map(g -> g.kind().ordinal()).toList();
        assertEquals(kindOrder.stream().sorted().toList(), kindOrder, "groups in kind order");
    }
}
