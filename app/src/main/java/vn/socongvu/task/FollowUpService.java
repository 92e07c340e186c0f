package vn.socongvu.task;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.MEETING_CONCLUSION;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;

import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.settings.WorkCalendar;
import vn.socongvu.storage.Database;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The công văn đôn đốc to a unit: its open tasks that are overdue or due within a few working days (the
 * remediations an inspection required are tasks too), each with its source and deadline, for the preview; and its
 * number in the register as a công văn ("125/UBND"), the V/v as the register's title. Nothing else is kept: the
 * letter is made again from the tasks as they stand.
 */
public final class FollowUpService {
    /** How far ahead "sắp đến hạn" may look, in working days. */
    public static final int MAX_SOON_DAYS = 30;
    public static final int DEFAULT_SOON_DAYS = 5;

    private final Database db;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final TaskService tasks;

    /**
     * What the clerk chooses: the unit, how many working days ahead "sắp đến hạn" looks, the day to report by, the
     * signer and the day of issue.
     */
    public record Choice(Long unitId, int soonDays, LocalDate reportBy, Long signerId, LocalDate date) {
    }

    public FollowUpService(Database db, DirectoryService directory, SettingsService settings, DocumentRegister register,
                           TaskService tasks) {
        this.db = db;
        this.directory = directory;
        this.settings = settings;
        this.register = register;
        this.tasks = tasks;
    }

    /** The signers to choose from (the active ones). */
    public List<Signer> signers() {
        return settings.signers().stream().filter(Signer::active).toList();
    }

    /** The units a letter may go to (the active ones). */
    public List<Unit> units() {
        return directory.activeUnits();
    }

    public LocalDate today() {
        return tasks.today();
    }

    /** The choice to start from for {@code unitId}: 5 working days ahead, report within 5 working days, today. */
    public Choice defaults(Long unitId) {
        LocalDate today = tasks.today();
        WorkCalendar cal = settings.calendar();
        LocalDate by = today;
        for (int i = 0; i < DEFAULT_SOON_DAYS; i++) {
            by = cal.nextWorkingDay(by);
        }
        Long signer = settings.signers().stream().filter(Signer::active).map(Signer::id).findFirst().orElse(null);
        return new Choice(unitId, DEFAULT_SOON_DAYS, by, signer, today);
    }

    /** The unit's open tasks overdue on {@code asOf} or due within {@code soonDays} working days, overdue first. */
    public List<FollowUpLetter.Item> items(long unitId, int soonDays, LocalDate asOf) {
        WorkCalendar cal = settings.calendar();
        LocalDate h = asOf;
        for (int i = 0; i < soonDays; i++) {
            h = cal.nextWorkingDay(h);
        }
        LocalDate horizon = h;
        TaskFilter f = new TaskFilter(null, unitId, null, null, null,
                Set.of(TaskState.OPEN_ON_TIME, TaskState.OPEN_OVERDUE), null, horizon, asOf);
        List<TaskRow> rows = new ArrayList<>(tasks.list(f).stream().filter(r -> r.dueOn() != null
                && r.leadUnitId() == unitId && !r.dueOn().isAfter(horizon)).toList());
        rows.sort(Comparator.comparing(TaskRow::dueOn).thenComparing(TaskRow::taskId));
        Map<Long, String> sources = sources(db.dsl(), rows);
        List<FollowUpLetter.Item> out = new ArrayList<>();
        for (TaskRow r : rows) {
            boolean overdue = r.state() == TaskState.OPEN_OVERDUE;
            int days = overdue ? cal.workingDaysBetween(r.dueOn().plusDays(1), asOf)
                    : cal.workingDaysBetween(asOf.plusDays(1), r.dueOn());
            out.add(new FollowUpLetter.Item(r.content(), sources.get(r.taskId()), r.dueOn(), overdue, days));
        }
        return out;
    }

    /** Where each task was assigned, in words: the plan's number and day, the meeting, the instruction. */
    private static Map<Long, String> sources(DSLContext dsl, List<TaskRow> rows) {
        Map<Long, String> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<Long> ids = rows.stream().map(TaskRow::taskId).distinct().toList();
        Map<Long, String> refs = new HashMap<>();
        dsl.select(TASK.ID, TASK.INSTRUCTION_REF).from(TASK).where(TASK.ID.in(ids))
                .forEach(r -> refs.put(r.get(TASK.ID), r.get(TASK.INSTRUCTION_REF)));
        Map<Long, String> plans = new HashMap<>();
        dsl.select(TASK.ID, PLAN.TITLE, PLAN.ISSUED_ON, DOCUMENT_NUMBER.KIND, DOCUMENT_NUMBER.DOC_NUMBER)
                .from(TASK).join(PLAN).on(PLAN.ID.eq(TASK.PLAN_ID))
                .leftJoin(DOCUMENT_NUMBER).on(DOCUMENT_NUMBER.ID.eq(PLAN.REGISTER_ID))
                .where(TASK.ID.in(ids)).forEach(r -> plans.put(r.get(TASK.ID), r.get(DOCUMENT_NUMBER.DOC_NUMBER) == null
                        ? Messages.get("followUp.source.planDraft", r.get(PLAN.TITLE))
                        : Messages.get("followUp.source.plan", DocumentKind.byCodeOrCongVan(r.get(DOCUMENT_NUMBER.KIND))
                                .formatNumber(r.get(DOCUMENT_NUMBER.DOC_NUMBER), DocumentRegister.ISSUER_CODE),
                        VnFormat.date(r.get(PLAN.ISSUED_ON)))));
        Map<Long, String> inspections = new HashMap<>();
        var notice = DOCUMENT_NUMBER.as("notice");
        dsl.select(VIOLATION.REMEDIATION_TASK_ID, INSPECTION.STARTS_ON, notice.KIND, notice.DOC_NUMBER, notice.DOC_DATE)
                .from(VIOLATION).join(INSPECTION).on(INSPECTION.ID.eq(VIOLATION.INSPECTION_ID))
                .leftJoin(notice).on(notice.ID.eq(INSPECTION.NOTICE_REGISTER_ID))
                .where(VIOLATION.REMEDIATION_TASK_ID.in(ids))
                .forEach(r -> inspections.put(r.get(VIOLATION.REMEDIATION_TASK_ID), r.get(notice.DOC_NUMBER) == null
                        ? Messages.get("followUp.source.inspection", VnFormat.date(r.get(INSPECTION.STARTS_ON)))
                        : Messages.get("followUp.source.inspectionNotice", DocumentKind.byCodeOrCongVan(
                                r.get(notice.KIND)).formatNumber(r.get(notice.DOC_NUMBER), DocumentRegister.ISSUER_CODE),
                        VnFormat.date(r.get(notice.DOC_DATE)))));
        Map<Long, String> meetings = new HashMap<>();
        dsl.select(MEETING_CONCLUSION.TASK_ID, MEETING.TITLE, MEETING.STARTS_AT).from(MEETING_CONCLUSION)
                .join(MEETING).on(MEETING.ID.eq(MEETING_CONCLUSION.MEETING_ID))
                .where(MEETING_CONCLUSION.TASK_ID.in(ids))
                .forEach(r -> meetings.put(r.get(MEETING_CONCLUSION.TASK_ID), Messages.get("followUp.source.meeting",
                        DocumentText.lowerFirst(r.get(MEETING.TITLE)), VnFormat.date(r.get(MEETING.STARTS_AT).toLocalDate()))));
        for (TaskRow r : rows) {
            String ref = refs.get(r.taskId());
            String s = switch (r.source()) {
                case PLAN -> plans.get(r.taskId());
                case MEETING -> meetings.get(r.taskId());
                case INSPECTION -> inspections.getOrDefault(r.taskId(), ref);
                case INSTRUCTION -> ref;
            };
            out.put(r.taskId(), s == null || s.isBlank() ? r.source().label() : s);
        }
        return out;
    }

    /** The letter for the preview: numbered with {@code number} ("125/UBND"), or a draft when null. */
    public OfficialDocument document(Choice c, String number) {
        Unit unit = unit(c.unitId());
        Signer signer = c.signerId() == null ? null
                : settings.signers().stream().filter(s -> s.id() == c.signerId()).findFirst().orElse(null);
        LocalDate asOf = tasks.today();
        return FollowUpLetter.document(identity(), signer, number, c.date(), unit.name(),
                items(unit.id(), c.soonDays(), asOf), asOf, c.soonDays(), c.reportBy());
    }

    /** For the gallery, writing nothing: the unit with the most overdue tasks, its letter with the next number. */
    public Optional<OfficialDocument> sample() {
        LocalDate asOf = tasks.today();
        return directory.activeUnits().stream()
                .map(u -> Map.entry(u, items(u.id(), DEFAULT_SOON_DAYS, asOf)))
                .filter(e -> !e.getValue().isEmpty())
                .max(Comparator.comparingLong((Map.Entry<Unit, List<FollowUpLetter.Item>> e) -> e.getValue().stream()
                        .filter(FollowUpLetter.Item::overdue).count()).thenComparingInt(e -> e.getValue().size()))
                .map(e -> {
                    Choice c = defaults(e.getKey().id());
                    return document(c, DocumentKind.CONG_VAN.formatNumber(
                            register.proposeNext(asOf.getYear(), DocumentKind.CONG_VAN), DocumentRegister.ISSUER_CODE));
                });
    }

    public int proposeNumber(LocalDate date) {
        return register.proposeNext((date == null ? tasks.today() : date).getYear(), DocumentKind.CONG_VAN);
    }

    public Optional<String> numberWarning(LocalDate date, String typed) {
        return register.numberWarning((date == null ? tasks.today() : date).getYear(), DocumentKind.CONG_VAN, typed);
    }

    /** Checks the choice whole. @throws ValidationException naming the fields at fault */
    public void check(Choice c, boolean numbering) {
        Validator v = new Validator().required("unit", c.unitId(), "followUp.error.unitRequired")
                .check(c.soonDays() >= 0 && c.soonDays() <= MAX_SOON_DAYS, "soonDays", "followUp.error.soonDays",
                        MAX_SOON_DAYS)
                .required("reportBy", c.reportBy(), "followUp.error.reportByRequired");
        if (c.unitId() != null) {
            v.check(directory.unit(c.unitId()).isPresent(), "unit", "followUp.error.unitRequired");
        }
        if (c.signerId() != null) {
            v.check(settings.signers().stream().anyMatch(s -> s.id() == c.signerId()), "signer", "validation.notFound");
        }
        if (numbering) {
            v.required("signer", c.signerId(), "followUp.error.signerRequired");
            v.required("date", c.date(), "followUp.error.dateRequired");
            if (c.date() != null) {
                v.check(!c.date().isAfter(tasks.today()), "date", "followUp.error.dateInFuture");
                if (c.reportBy() != null) {
                    v.check(c.reportBy().isAfter(c.date()), "reportBy", "followUp.error.reportByBeforeDate");
                }
            }
        }
        if (!v.has("unit") && !v.has("soonDays") && c.unitId() != null) {
            v.check(!items(c.unitId(), c.soonDays(), tasks.today()).isEmpty(), "unit", "followUp.error.nothing",
                    unit(c.unitId()).name(), c.soonDays());
        }
        v.throwIfAny();
    }

    /**
     * Gives the letter {@code number} in the register as a công văn of its day's year (the V/v and the unit as the
     * title; the register's audit row), and returns it numbered.
     * @throws ValidationException for a choice at fault or a number already given
     */
    public OfficialDocument issue(Choice c, int number) {
        check(c, true);
        OfficialDocument draft = document(c, null);
        var e = register.register(c.date().getYear(), DocumentKind.CONG_VAN, number,
                Messages.get("followUp.registerTitle", draft.title(), unit(c.unitId()).name()), c.date());
        return document(c, e.symbol());
    }

    /**
     * The Nơi nhận of a letter the register holds under {@code registerTitle} ("V/v đôn đốc … (Phòng Kinh tế)", as
     * {@link #issue} writes it): the unit it was sent to (the "Như trên" of the letter), then the letter's other
     * recipients. Empty for any other title: the letter keeps no other record.
     */
    public static Optional<List<String>> recipientsOf(String registerTitle) {
        if (registerTitle == null) {
            return Optional.empty();
        }
        for (boolean[] kinds : new boolean[][] {{true, true}, {true, false}, {false, true}}) {
            String[] around = Messages.get("followUp.registerTitle", FollowUpLetter.about(kinds[0], kinds[1]), "\u0000")
                    .split("\u0000", -1);
            String t = registerTitle.strip();
            if (around.length == 2 && t.startsWith(around[0]) && t.endsWith(around[1])
                    && t.length() > around[0].length() + around[1].length()) {
                String unit = t.substring(around[0].length(), t.length() - around[1].length()).strip();
                List<String> out = new ArrayList<>(FollowUpLetter.recipients());
                out.set(0, unit);
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /** "cong-van-don-doc-phong-kinh-te-2026-11-20.docx". */
    public static String fileName(String unitName, LocalDate date) {
        return "cong-van-don-doc-" + VnText.slug(unitName, 40) + "-" + date + ".docx";
    }

    private Unit unit(Long id) {
        return id == null ? null : directory.unit(id).orElseThrow(() ->
                ValidationException.of("unit", "followUp.error.unitRequired"));
    }

    private CommuneIdentity identity() {
        return settings.identity().orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
    }
}
