package vn.socongvu.search;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.UNIT;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.impl.DSL;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.storage.Database;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * One search across the sections, as the clerk types in the window's header: tasks, plans, meetings, inspections,
 * violations, staff and units whose text holds every word typed, without regard to diacritics or case ("ke hoach"
 * finds "Kế hoạch", as the lists' own filters do: {@link VnText#fold}). One query a kind, newest first (tasks, plans: the
 * last entered first), at most as many a kind as asked and whether there are more.
 */
public final class SearchService {
    /** How many of each kind the header's results show. */
    public static final int PER_KIND = 5;
    /** How many of one kind "Xem tất cả" shows. */
    public static final int ALL_OF_KIND = 200;

    private final Database db;
    private final DirectoryService directory;
    private final ReadScope reads;

    /** @param reads what the account may read: a unit's account finds only its tasks, and their plans and meetings */
    public SearchService(Database db, DirectoryService directory, ReadScope reads) {
        this.db = db;
        this.directory = directory;
        this.reads = reads;
    }

    /** Every kind, at most {@code perKind} each; nothing for a query with no letter or digit. */
    public SearchResults search(String query, int perKind) {
        List<String> words = words(query);
        List<SearchGroup> groups = new ArrayList<>();
        if (!words.isEmpty()) {
            for (SearchKind k : SearchKind.values()) {
                SearchGroup g = find(k, words, perKind);
                if (!g.hits().isEmpty()) {
                    groups.add(g);
                }
            }
        }
        return new SearchResults(query, groups);
    }

    /** One kind, at most {@code limit} (what "Xem tất cả" shows). */
    public SearchGroup search(String query, SearchKind kind, int limit) {
        List<String> words = words(query);
        return words.isEmpty() ? new SearchGroup(kind, List.of(), false) : find(kind, words, limit);
    }

    /** The query's words as the records' search keys hold them: folded, without punctuation. */
    static List<String> words(String query) {
        return Arrays.stream(VnText.fold(query).split("[^a-z0-9/.-]+")).map(w -> w.replaceAll("^[/.-]+|[/.-]+$", ""))
                .filter(w -> !w.isEmpty()).distinct().toList();
    }

    private SearchGroup find(SearchKind kind, List<String> words, int limit) {
        if (!readable(kind)) {
            return new SearchGroup(kind, List.of(), false);
        }
        List<SearchHit> hits = switch (kind) {
            case TASK -> tasks(words, limit + 1);
            case PLAN -> plans(words, limit + 1);
            case MEETING -> meetings(words, limit + 1);
            case INSPECTION -> inspections(words, limit + 1);
            case VIOLATION -> violations(words, limit + 1);
            case STAFF -> staff(words, limit + 1);
            case UNIT -> units(words, limit + 1);
        };
        return new SearchGroup(kind, hits.subList(0, Math.min(limit, hits.size())), hits.size() > limit);
    }

    /** Whether the account reads records of {@code kind} at all (a unit's: not inspections, nor Danh mục's). */
    private boolean readable(SearchKind kind) {
        return switch (kind) {
            case TASK, PLAN, MEETING -> true;
            case INSPECTION, VIOLATION -> reads.may(ReadArea.INSPECTIONS);
            case STAFF, UNIT -> reads.may(ReadArea.DIRECTORY);
        };
    }

    private static Condition containsAll(Field<String> searchText, List<String> words) {
        Condition c = DSL.noCondition();
        for (String w : words) {
            c = c.and(searchText.contains(w));
        }
        return c;
    }

    private static boolean matches(List<String> words, String... texts) {
        String folded = VnText.fold(String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
        return words.stream().allMatch(folded::contains);
    }

    private List<SearchHit> tasks(List<String> words, int limit) {
        return db.dsl().select(TASK.ID, TASK.LABEL, TASK.CONTENT, TASK.DEADLINE, TASK.RECURRENCE, TASK.HOLD, UNIT.NAME)
                .from(TASK).leftJoin(UNIT).on(UNIT.ID.eq(TASK.LEAD_UNIT_ID))
                .where(TASK.IS_GROUP.isFalse().and(reads.tasks()).and(containsAll(TASK.SEARCH_TEXT, words)))
                .orderBy(TASK.ID.desc())
                .limit(limit)
                .fetch(r -> {
                    Hold hold = Hold.valueOf(r.get(TASK.HOLD));
                    Recurrence rec = Recurrence.valueOf(r.get(TASK.RECURRENCE));
                    String when = hold != Hold.NONE ? hold.label() : rec != Recurrence.NONE ? rec.label()
                            : r.get(TASK.DEADLINE) == null ? "" : Messages.get("search.due",
                            VnFormat.date(r.get(TASK.DEADLINE)));
                    String title = r.get(TASK.LABEL) == null ? r.get(TASK.CONTENT)
                            : r.get(TASK.LABEL) + " " + r.get(TASK.CONTENT);
                    return new SearchHit(SearchKind.TASK, r.get(TASK.ID), title, detail(when, r.get(UNIT.NAME)));
                });
    }

    /**
     * Plans by number, trích yếu, year and status: a commune's few hundred in ten years, their short columns read
     * newest first and folded here (a plan has no folded key of its own).
     */
    private List<SearchHit> plans(List<String> words, int limit) {
        List<SearchHit> out = new ArrayList<>();
        for (Record r : db.dsl().select(PLAN.ID, PLAN.PLAN_YEAR, PLAN.TITLE, PLAN.STATUS, PLAN.ARCHIVED,
                        DOCUMENT_NUMBER.KIND, DOCUMENT_NUMBER.DOC_NUMBER)
                .from(PLAN).leftJoin(DOCUMENT_NUMBER).on(DOCUMENT_NUMBER.ID.eq(PLAN.REGISTER_ID))
                .where(PlanService.readable(reads))
                .orderBy(PLAN.PLAN_YEAR.desc(), PLAN.ID.desc())
                .fetch()) {
            String number = r.get(DOCUMENT_NUMBER.KIND) == null ? null : DocumentKind.byCodeOrCongVan(
                    r.get(DOCUMENT_NUMBER.KIND)).formatNumber(r.get(DOCUMENT_NUMBER.DOC_NUMBER),
                    DocumentRegister.ISSUER_CODE);
            String year = Integer.toString(r.get(PLAN.PLAN_YEAR));
            String status = r.get(PLAN.ARCHIVED) ? Messages.get("plans.archivedState")
                    : PlanStatus.stored(r.get(PLAN.STATUS)).label();
            if (out.size() < limit && matches(words, number == null ? Messages.get("plan.status.draft") : number,
                    r.get(PLAN.TITLE), year, status)) {
                out.add(new SearchHit(SearchKind.PLAN, r.get(PLAN.ID), number == null ? r.get(PLAN.TITLE)
                        : number + " – " + r.get(PLAN.TITLE), detail(Messages.get("plans.year", year), status)));
            }
        }
        return out;
    }

    private List<SearchHit> meetings(List<String> words, int limit) {
        return db.dsl().select(MEETING.ID, MEETING.TITLE, MEETING.STARTS_AT, MEETING.KIND).from(MEETING)
                .where(containsAll(MEETING.SEARCH_TEXT, words).and(MeetingService.readable(reads)))
                .orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc())
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.MEETING, r.get(MEETING.ID), r.get(MEETING.TITLE),
                        detail(VnFormat.date(r.get(MEETING.STARTS_AT).toLocalDate()),
                                MeetingKind.valueOf(r.get(MEETING.KIND)).label())));
    }

    private List<SearchHit> inspections(List<String> words, int limit) {
        return db.dsl().select(INSPECTION.ID, INSPECTION.TITLE, INSPECTION.STARTS_ON, INSPECTION.KIND).from(INSPECTION)
                .where(containsAll(INSPECTION.SEARCH_TEXT, words))
                .orderBy(INSPECTION.STARTS_ON.desc(), INSPECTION.ID.desc())
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.INSPECTION, r.get(INSPECTION.ID), r.get(INSPECTION.TITLE),
                        detail(VnFormat.date(r.get(INSPECTION.STARTS_ON)),
                                InspectionKind.valueOf(r.get(INSPECTION.KIND)).label())));
    }

    /**
     * Violations by who (the person, or the unit as a whole) and what; they have no folded key of their own, so
     * their few columns are read, newest first, and folded here (a busy commune records a few hundred a year).
     */
    private List<SearchHit> violations(List<String> words, int limit) {
        List<SearchHit> out = new ArrayList<>();
        try (Stream<Record6<Long, Long, String, String, LocalDate, String>> rows = db.dsl()
                .select(VIOLATION.ID, VIOLATION.INSPECTION_ID, VIOLATION.FULL_NAME, VIOLATION.CONTENT,
                        INSPECTION.STARTS_ON, UNIT.NAME)
                .from(VIOLATION).join(INSPECTION).on(INSPECTION.ID.eq(VIOLATION.INSPECTION_ID))
                .join(UNIT).on(UNIT.ID.eq(VIOLATION.UNIT_ID))
                .orderBy(INSPECTION.STARTS_ON.desc(), VIOLATION.ID.desc())
                .fetchStream()) {
            rows.filter(r -> matches(words, r.value3(), r.value4(), r.value6())).limit(limit)
                    .forEach(r -> out.add(new SearchHit(SearchKind.VIOLATION, r.value2(),
                            (r.value3() == null ? r.value6() : r.value3()) + ": " + r.value4(),
                            detail(VnFormat.date(r.value5()), r.value3() == null ? null : r.value6()))));
        }
        return out;
    }

    private List<SearchHit> staff(List<String> words, int limit) {
        return directory.staff().stream()
                .filter(s -> matches(words, s.fullName(), s.jobTitle(), s.unitName(), s.phone(), s.email()))
                .sorted(Comparator.comparing(Staff::active).reversed().thenComparing(VnText.comparing(Staff::fullName)))
                .limit(limit)
                .map(s -> new SearchHit(SearchKind.STAFF, s.id(), s.fullName(), detail(s.jobTitle(), s.unitName(),
                        s.active() ? null : Messages.get("search.inactiveStaff"))))
                .toList();
    }

    private List<SearchHit> units(List<String> words, int limit) {
        return directory.units().stream()
                .filter(u -> matches(words, u.name(), u.shortName()))
                .sorted(Comparator.comparing(Unit::active).reversed().thenComparing(VnText.comparing(Unit::name)))
                .limit(limit)
                .map(u -> new SearchHit(SearchKind.UNIT, u.id(), u.name(), detail(u.kind().label(),
                        u.active() ? null : Messages.get("search.inactiveUnit"))))
                .toList();
    }

    /** The parts that tell a record apart, those there are, joined by " · ". */
    private static String detail(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
