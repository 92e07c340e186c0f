package vn.socongvu.registerbook;

import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.REPORT;
import static vn.socongvu.storage.jooq.Tables.WEEKLY_SCHEDULE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.TableField;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.common.UserException;
import vn.socongvu.common.ValidationException;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.PlanService;
import vn.socongvu.report.ReportService;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.Database;
import vn.socongvu.task.FollowUpService;

/**
 * The register printed as its book: each number of a year (one type or all) with who signed its paper and where it
 * was sent, read from the record the number belongs to — a plan, a report, minutes, an inspection's record or
 * notice, the decision setting up its team or the report of its results, a meeting's invitation or notice of
 * conclusions, a weekly schedule — by making that paper as the window prints it. A công văn đôn đốc keeps no record:
 * its recipients are read from its register title (the unit it went to), its signer is not known. A number whose
 * record is not known here keeps those cells empty.
 */
public final class RegisterBookService {
    private final Database db;
    private final DocumentRegister register;
    private final SettingsService settings;
    private final PlanService plans;
    private final ReportService reports;
    private final MeetingService meetings;
    private final MeetingPapers papers;
    private final InspectionService inspections;
    private final ReadScope reads;

    /** @param reads what the account may read: the book is the office's (Cài đặt), not a unit's account's */
    public RegisterBookService(Database db, DocumentRegister register, SettingsService settings, PlanService plans,
                               ReportService reports, MeetingService meetings, MeetingPapers papers,
                               InspectionService inspections, ReadScope reads) {
        this.db = db;
        this.register = register;
        this.settings = settings;
        this.plans = plans;
        this.reports = reports;
        this.meetings = meetings;
        this.papers = papers;
        this.inspections = inspections;
        this.reads = reads;
    }

    /** The years to choose from: those with a number in the register, and {@code thisYear}; newest first. */
    public List<Integer> years(int thisYear) {
        TreeSet<Integer> ys = new TreeSet<>(register.years());
        ys.add(thisYear);
        return new ArrayList<>(ys.descendingSet());
    }

    /** The book's lines: the numbers of {@code year} of type {@code kind} (null: every type), in the register's order. */
    public List<RegisterBook.Line> lines(int year, DocumentKind kind) {
        reads.require(ReadArea.SETTINGS);
        List<DocumentRegister.Entry> entries = kind == null ? register.entries(year) : register.entries(year, kind);
        Map<Long, Supplier<OfficialDocument>> papersOf = sources(db.dsl(), entries);
        List<RegisterBook.Line> out = new ArrayList<>(entries.size());
        for (DocumentRegister.Entry e : entries) {
            Optional<OfficialDocument> d = made(papersOf.get(e.id()));
            String signer = d.map(OfficialDocument::signature).map(s -> s.name() == null || s.name().isBlank() ? null
                    : s.name()).orElse(null);
            List<String> recipients = d.map(x -> x.recipients().stream().map(RegisterBookService::recipient)
                    .filter(r -> !r.isEmpty()).toList()).orElseGet(() -> e.kind() == DocumentKind.CONG_VAN
                    ? FollowUpService.recipientsOf(e.title()).orElse(List.of()) : List.of());
            out.add(new RegisterBook.Line(e, signer, recipients, null));
        }
        return out;
    }

    public OfficialDocument document(int year, DocumentKind kind, LocalDate today) {
        return RegisterBook.document(identity(), year, kind, lines(year, kind), today);
    }

    public Spreadsheet workbook(int year, DocumentKind kind) {
        return RegisterBook.workbook(identity(), year, kind, lines(year, kind));
    }

    /** For each number, the paper it was given to (made only when asked). */
    private Map<Long, Supplier<OfficialDocument>> sources(DSLContext dsl, List<DocumentRegister.Entry> entries) {
        List<Long> ids = entries.stream().map(DocumentRegister.Entry::id).toList();
        Map<Long, Supplier<OfficialDocument>> m = new HashMap<>();
        each(dsl, PLAN.REGISTER_ID, PLAN.ID, ids, (reg, id) -> m.put(reg, () -> plans.document(id)));
        each(dsl, REPORT.REGISTER_ID, REPORT.ID, ids, (reg, id) -> m.put(reg, () -> reports.document(reports.report(id))));
        each(dsl, MEETING.REGISTER_ID, MEETING.ID, ids, (reg, id) -> m.put(reg, () -> meetings.minutes(id)));
        each(dsl, MEETING.INVITATION_REGISTER_ID, MEETING.ID, ids, (reg, id) -> m.put(reg, () -> papers.invitation(id)));
        each(dsl, MEETING.CONCLUSION_REGISTER_ID, MEETING.ID, ids,
                (reg, id) -> m.put(reg, () -> papers.conclusionNotice(id)));
        each(dsl, INSPECTION.RECORD_REGISTER_ID, INSPECTION.ID, ids, (reg, id) -> m.put(reg, () -> inspections.record(id)));
        each(dsl, INSPECTION.NOTICE_REGISTER_ID, INSPECTION.ID, ids, (reg, id) -> m.put(reg, () -> inspections.notice(id)));
        each(dsl, INSPECTION.DECISION_REGISTER_ID, INSPECTION.ID, ids, (reg, id) -> m.put(reg,
                () -> inspections.papers().document(id, InspectionPapers.Kind.DECISION, null)));
        each(dsl, INSPECTION.REPORT_REGISTER_ID, INSPECTION.ID, ids, (reg, id) -> m.put(reg,
                () -> inspections.papers().document(id, InspectionPapers.Kind.REPORT, null)));
        for (Record2<Long, LocalDate> r : dsl.select(WEEKLY_SCHEDULE.REGISTER_ID, WEEKLY_SCHEDULE.WEEK_START)
                .from(WEEKLY_SCHEDULE).where(WEEKLY_SCHEDULE.REGISTER_ID.in(ids)).fetch()) {
            LocalDate monday = r.value2();
            m.put(r.value1(), () -> papers.weeklySchedule(monday));
        }
        return m;
    }

    private interface Found {
        void accept(long registerId, long recordId);
    }

    private static void each(DSLContext dsl, TableField<?, Long> registerColumn, Field<Long> idColumn, List<Long> ids,
                             Found found) {
        for (Record2<Long, Long> r : dsl.select(registerColumn, idColumn).from(registerColumn.getTable())
                .where(registerColumn.in(ids)).fetch()) {
            found.accept(r.value1(), r.value2());
        }
    }

    /** The paper, or none when its record cannot make it any more (the cells stay empty). */
    private static Optional<OfficialDocument> made(Supplier<OfficialDocument> paper) {
        if (paper == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(paper.get());
        } catch (UserException e) {
            return Optional.empty();
        }
    }

    /** "- Sở Nội vụ tỉnh Thái Nguyên;" → "Sở Nội vụ tỉnh Thái Nguyên". */
    static String recipient(String line) {
        String t = line.strip();
        if (t.startsWith("-")) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && ";.,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private CommuneIdentity identity() {
        return settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
    }
}
