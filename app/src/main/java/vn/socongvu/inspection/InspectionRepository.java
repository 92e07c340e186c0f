package vn.socongvu.inspection;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.INSPECTION_CHECK;
import static vn.socongvu.storage.jooq.Tables.INSPECTION_ITEM;
import static vn.socongvu.storage.jooq.Tables.INSPECTION_MEMBER;
import static vn.socongvu.storage.jooq.Tables.INSPECTION_PERSON;
import static vn.socongvu.storage.jooq.Tables.INSPECTION_UNIT;
import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;
import static vn.socongvu.storage.jooq.Tables.UNIT;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.storage.jooq.tables.DocumentNumber;
import vn.socongvu.storage.jooq.tables.records.InspectionRecord;
import vn.socongvu.task.Hold;
import vn.socongvu.task.TaskRules;
import vn.socongvu.task.TaskState;
import vn.socongvu.text.VnText;

/** jOOQ queries for inspections, their team, subjects, checklist and violations, and the contents catalogue. */
final class InspectionRepository {
    /** A person's earlier violation within this many days makes a new one a repeat (tái phạm). */
    static final int REPEAT_WINDOW_DAYS = 365;

    // ---- the catalogue of contents ----

    /** Locks the list of items in the transaction, in the order of their ids. */
    void lockItems(DSLContext tx) {
        tx.select(INSPECTION_ITEM.ID).from(INSPECTION_ITEM).orderBy(INSPECTION_ITEM.ID).forUpdate().fetch();
    }

    List<InspectionItem> items(DSLContext dsl) {
        return dsl.selectFrom(INSPECTION_ITEM).orderBy(INSPECTION_ITEM.POSITION, INSPECTION_ITEM.ID)
                .fetch(r -> new InspectionItem(r.getId(), r.getName(), r.getPosition(), r.getActive()));
    }

    Optional<InspectionItem> item(DSLContext dsl, long id) {
        return dsl.selectFrom(INSPECTION_ITEM).where(INSPECTION_ITEM.ID.eq(id))
                .fetchOptional(r -> new InspectionItem(r.getId(), r.getName(), r.getPosition(), r.getActive()));
    }

    boolean itemNameTaken(DSLContext dsl, String key, Long exceptId) {
        Condition c = INSPECTION_ITEM.NAME_KEY.eq(key);
        return dsl.fetchExists(INSPECTION_ITEM, exceptId == null ? c : c.and(INSPECTION_ITEM.ID.ne(exceptId)));
    }

    /** A new content, last in the list. @return its id */
    long insertItem(DSLContext tx, String name, String nameKey) {
        Integer max = tx.select(DSL.max(INSPECTION_ITEM.POSITION)).from(INSPECTION_ITEM).fetchOne(0, Integer.class);
        return tx.insertInto(INSPECTION_ITEM).set(INSPECTION_ITEM.NAME, name).set(INSPECTION_ITEM.NAME_KEY, nameKey)
                .set(INSPECTION_ITEM.POSITION, (max == null ? 0 : max) + 1)
                .returning(INSPECTION_ITEM.ID).fetchOne(INSPECTION_ITEM.ID);
    }

    void renameItem(DSLContext tx, long id, String name, String nameKey) {
        tx.update(INSPECTION_ITEM).set(INSPECTION_ITEM.NAME, name).set(INSPECTION_ITEM.NAME_KEY, nameKey)
                .where(INSPECTION_ITEM.ID.eq(id)).execute();
    }

    void setItemActive(DSLContext tx, long id, boolean active) {
        tx.update(INSPECTION_ITEM).set(INSPECTION_ITEM.ACTIVE, active).where(INSPECTION_ITEM.ID.eq(id)).execute();
    }

    // ---- one inspection ----

    /** Numbers the inspection contents 1, 2, 3 … in the order given. */
    void setItemPositions(DSLContext tx, List<Long> ids) {
        for (int k = 0; k < ids.size(); k++) {
            tx.update(INSPECTION_ITEM).set(INSPECTION_ITEM.POSITION, k + 1).where(INSPECTION_ITEM.ID.eq(ids.get(k)))
                    .execute();
        }
    }

    void delete(DSLContext tx, long id) {
        tx.deleteFrom(INSPECTION).where(INSPECTION.ID.eq(id)).execute();
    }

    /** Links the BIÊN BẢN (kind BIEN_BAN) or the THÔNG BÁO to its entry in the register. */
    void setRegister(DSLContext tx, long id, DocumentKind kind, long registerId) {
        tx.update(INSPECTION).set(kind == DocumentKind.BIEN_BAN ? INSPECTION.RECORD_REGISTER_ID
                        : INSPECTION.NOTICE_REGISTER_ID, registerId)
                .where(INSPECTION.ID.eq(id)).execute();
    }

    List<Long> violationIds(DSLContext dsl, long inspectionId) {
        return dsl.select(VIOLATION.ID).from(VIOLATION).where(VIOLATION.INSPECTION_ID.eq(inspectionId))
                .fetch(VIOLATION.ID);
    }

    long insert(DSLContext tx, Inspection.Draft d) {
        return tx.insertInto(INSPECTION).set(columns(d))
                .set(INSPECTION.CREATED_AT, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .returning(INSPECTION.ID).fetchOne(INSPECTION.ID);
    }

    void update(DSLContext tx, Inspection.Draft d) {
        tx.update(INSPECTION).set(columns(d)).where(INSPECTION.ID.eq(d.id())).execute();
    }

    private static Map<Field<?>, Object> columns(Inspection.Draft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(INSPECTION.KIND, d.kind().name());
        m.put(INSPECTION.TITLE, d.title());
        m.put(INSPECTION.DECISION_NUMBER, d.decisionNumber());
        m.put(INSPECTION.DECISION_DATE, d.decisionDate());
        m.put(INSPECTION.STARTS_ON, d.startsOn());
        m.put(INSPECTION.ENDS_ON, d.endsOn());
        m.put(INSPECTION.LEADER_ID, d.leaderId());
        m.put(INSPECTION.FINDINGS, d.findings());
        m.put(INSPECTION.CONCLUSION, d.conclusion());
        m.put(INSPECTION.NOTICE_SIGNER_ID, d.noticeSignerId());
        m.put(INSPECTION.STARTS_AT, d.startTime() == null || d.startsOn() == null ? null
                : d.startsOn().atTime(d.startTime()));
        m.put(INSPECTION.ENDS_AT, d.endTime() == null || d.endsOn() == null ? null : d.endsOn().atTime(d.endTime()));
        m.put(INSPECTION.PLACE, d.place());
        m.put(INSPECTION.COPIES, d.copies() == null ? Inspection.DEFAULT_COPIES : d.copies());
        String folded = VnText.fold(d.title() + " " + (d.decisionNumber() == null ? "" : d.decisionNumber()));
        m.put(INSPECTION.SEARCH_TEXT, folded.length() > 8000 ? folded.substring(0, 8000) : folded);
        return m;
    }

    /** Replaces the team members, units, persons and checklist with the draft's, in its order. */
    void replaceChildren(DSLContext tx, long id, Inspection.Draft d, List<Inspection.Person> persons) {
        tx.deleteFrom(INSPECTION_MEMBER).where(INSPECTION_MEMBER.INSPECTION_ID.eq(id)).execute();
        tx.deleteFrom(INSPECTION_UNIT).where(INSPECTION_UNIT.INSPECTION_ID.eq(id)).execute();
        tx.deleteFrom(INSPECTION_PERSON).where(INSPECTION_PERSON.INSPECTION_ID.eq(id)).execute();
        tx.deleteFrom(INSPECTION_CHECK).where(INSPECTION_CHECK.INSPECTION_ID.eq(id)).execute();
        int i = 0;
        for (Inspection.Member m : d.members()) {
            tx.insertInto(INSPECTION_MEMBER).set(INSPECTION_MEMBER.INSPECTION_ID, id)
                    .set(INSPECTION_MEMBER.POSITION, i++).set(INSPECTION_MEMBER.STAFF_ID, m.staffId())
                    .set(INSPECTION_MEMBER.FULL_NAME, m.fullName()).set(INSPECTION_MEMBER.BODY, m.body()).execute();
        }
        i = 0;
        for (Long u : d.unitIds()) {
            tx.insertInto(INSPECTION_UNIT).set(INSPECTION_UNIT.INSPECTION_ID, id).set(INSPECTION_UNIT.POSITION, i++)
                    .set(INSPECTION_UNIT.UNIT_ID, u).execute();
        }
        i = 0;
        for (Inspection.Person p : persons) {
            tx.insertInto(INSPECTION_PERSON).set(INSPECTION_PERSON.INSPECTION_ID, id)
                    .set(INSPECTION_PERSON.POSITION, i++).set(INSPECTION_PERSON.STAFF_ID, p.staffId())
                    .set(INSPECTION_PERSON.FULL_NAME, p.fullName()).set(INSPECTION_PERSON.UNIT_NAME, p.unitName())
                    .execute();
        }
        i = 0;
        for (Inspection.Check c : d.checks()) {
            tx.insertInto(INSPECTION_CHECK).set(INSPECTION_CHECK.INSPECTION_ID, id)
                    .set(INSPECTION_CHECK.POSITION, i++).set(INSPECTION_CHECK.ITEM_ID, c.itemId())
                    .set(INSPECTION_CHECK.ITEM_NAME, c.itemName()).set(INSPECTION_CHECK.REMARK, c.remark()).execute();
        }
    }

    /** Inserts or updates one violation at {@code position}; returns its id. */
    long saveViolation(DSLContext tx, long inspectionId, int position, Inspection.Violation v, Long taskId) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(VIOLATION.INSPECTION_ID, inspectionId);
        m.put(VIOLATION.POSITION, position);
        m.put(VIOLATION.STAFF_ID, v.staffId());
        m.put(VIOLATION.FULL_NAME, v.fullName());
        m.put(VIOLATION.STAFF_CATEGORY, v.category() == null ? null : v.category().name());
        m.put(VIOLATION.LEADER, v.leader());
        m.put(VIOLATION.UNIT_ID, v.unitId());
        m.put(VIOLATION.ITEM_ID, v.itemId());
        m.put(VIOLATION.CONTENT, v.content());
        m.put(VIOLATION.DESCRIPTION, v.description());
        m.put(VIOLATION.SEVERITY, v.severity().name());
        m.put(VIOLATION.EXPLANATION, v.explanation());
        m.put(VIOLATION.PROPOSED_MEASURE, v.proposed() == null ? null : v.proposed().name());
        m.put(VIOLATION.DECIDED_MEASURE, v.decided() == null ? null : v.decided().name());
        m.put(VIOLATION.DECISION_NUMBER, v.decisionNumber());
        m.put(VIOLATION.DECISION_DATE, v.decisionDate());
        m.put(VIOLATION.REMEDIATION_TASK_ID, taskId);
        if (v.id() == null) {
            return tx.insertInto(VIOLATION).set(m).returning(VIOLATION.ID).fetchOne(VIOLATION.ID);
        }
        tx.update(VIOLATION).set(m).where(VIOLATION.ID.eq(v.id())).execute();
        return v.id();
    }

    void deleteViolation(DSLContext tx, long id) {
        tx.deleteFrom(VIOLATION).where(VIOLATION.ID.eq(id)).execute();
    }

    Optional<Inspection> inspection(DSLContext dsl, long id) {
        InspectionRecord r = dsl.selectFrom(INSPECTION).where(INSPECTION.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<Inspection.Member> members = dsl.selectFrom(INSPECTION_MEMBER).where(INSPECTION_MEMBER.INSPECTION_ID.eq(id))
                .orderBy(INSPECTION_MEMBER.POSITION)
                .fetch(m -> new Inspection.Member(m.getStaffId(), m.getFullName(), m.getBody()));
        List<Long> units = dsl.select(INSPECTION_UNIT.UNIT_ID).from(INSPECTION_UNIT)
                .where(INSPECTION_UNIT.INSPECTION_ID.eq(id)).orderBy(INSPECTION_UNIT.POSITION).fetch(INSPECTION_UNIT.UNIT_ID);
        List<Inspection.Person> persons = dsl.selectFrom(INSPECTION_PERSON)
                .where(INSPECTION_PERSON.INSPECTION_ID.eq(id)).orderBy(INSPECTION_PERSON.POSITION)
                .fetch(p -> new Inspection.Person(p.getStaffId(), p.getFullName(), p.getUnitName()));
        List<Inspection.Check> checks = dsl.selectFrom(INSPECTION_CHECK).where(INSPECTION_CHECK.INSPECTION_ID.eq(id))
                .orderBy(INSPECTION_CHECK.POSITION)
                .fetch(c -> new Inspection.Check(c.getItemId(), c.getItemName(), c.getRemark()));
        List<Inspection.Violation> violations = new ArrayList<>();
        for (Record v : dsl.select(VIOLATION.fields()).select(UNIT.NAME, TASK_OCCURRENCE.DUE_ON,
                        TASK_OCCURRENCE.COMPLETED_ON)
                .from(VIOLATION).join(UNIT).on(UNIT.ID.eq(VIOLATION.UNIT_ID))
                .leftJoin(TASK_OCCURRENCE).on(TASK_OCCURRENCE.TASK_ID.eq(VIOLATION.REMEDIATION_TASK_ID))
                .where(VIOLATION.INSPECTION_ID.eq(id)).orderBy(VIOLATION.POSITION).fetch()) {
            violations.add(new Inspection.Violation(v.get(VIOLATION.ID), v.get(VIOLATION.STAFF_ID),
                    v.get(VIOLATION.FULL_NAME), category(v.get(VIOLATION.STAFF_CATEGORY)), v.get(VIOLATION.LEADER),
                    v.get(VIOLATION.UNIT_ID), v.get(UNIT.NAME), v.get(VIOLATION.ITEM_ID), v.get(VIOLATION.CONTENT),
                    v.get(VIOLATION.DESCRIPTION), Severity.stored(v.get(VIOLATION.SEVERITY)),
                    v.get(VIOLATION.EXPLANATION), measure(v.get(VIOLATION.PROPOSED_MEASURE)),
                    measure(v.get(VIOLATION.DECIDED_MEASURE)), v.get(VIOLATION.DECISION_NUMBER),
                    v.get(VIOLATION.DECISION_DATE), v.get(TASK_OCCURRENCE.DUE_ON), v.get(TASK_OCCURRENCE.COMPLETED_ON),
                    v.get(VIOLATION.REMEDIATION_TASK_ID)));
        }
        return Optional.of(new Inspection(r.getId(), InspectionKind.stored(r.getKind()), r.getTitle(),
                r.getDecisionNumber(), r.getDecisionDate(), r.getStartsOn(), r.getEndsOn(), r.getLeaderId(),
                r.getFindings(), r.getConclusion(), r.getNoticeSignerId(),
                number(dsl, r.getRecordRegisterId(), DocumentKind.BIEN_BAN),
                number(dsl, r.getNoticeRegisterId(), DocumentKind.THONG_BAO), members, units, persons, checks,
                violations, r.getStartsAt() == null ? null : r.getStartsAt().toLocalTime(),
                r.getEndsAt() == null ? null : r.getEndsAt().toLocalTime(), r.getPlace(), r.getCopies()));
    }

    private static String number(DSLContext dsl, Long registerId, DocumentKind kind) {
        return registerId == null ? null : dsl.select(DOCUMENT_NUMBER.DOC_NUMBER).from(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.ID.eq(registerId))
                .fetchOne(n -> kind.formatNumber(n.get(DOCUMENT_NUMBER.DOC_NUMBER), DocumentRegister.ISSUER_CODE));
    }

    static StaffCategory category(String s) {
        return s == null ? null : StaffCategory.stored(s);
    }

    static DisciplineMeasure measure(String s) {
        return s == null ? null : DisciplineMeasure.stored(s);
    }

    // ---- lists ----

    /** What selects an inspection whoever it concerns: its kind, its start in the period, the words searched. */
    private static Condition kindPeriodText(InspectionFilter f) {
        Condition c = DSL.trueCondition();
        if (f.kind() != null) {
            c = c.and(INSPECTION.KIND.eq(f.kind().name()));
        }
        if (f.from() != null) {
            c = c.and(INSPECTION.STARTS_ON.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(INSPECTION.STARTS_ON.le(f.to()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            for (String word : VnText.fold(f.text()).split(" ")) {
                c = c.and(INSPECTION.SEARCH_TEXT.contains(word));
            }
        }
        return c;
    }

    private static Condition inspectionCondition(InspectionFilter f) {
        Condition c = kindPeriodText(f);
        if (f.unitId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(INSPECTION_UNIT).where(INSPECTION_UNIT.INSPECTION_ID
                    .eq(INSPECTION.ID)).and(INSPECTION_UNIT.UNIT_ID.eq(f.unitId())))
                    .or(DSL.exists(DSL.selectOne().from(VIOLATION).where(VIOLATION.INSPECTION_ID.eq(INSPECTION.ID))
                            .and(VIOLATION.UNIT_ID.eq(f.unitId())))));
        }
        if (f.staffId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(INSPECTION_PERSON).where(INSPECTION_PERSON.INSPECTION_ID
                    .eq(INSPECTION.ID)).and(INSPECTION_PERSON.STAFF_ID.eq(f.staffId())))
                    .or(DSL.exists(DSL.selectOne().from(VIOLATION).where(VIOLATION.INSPECTION_ID.eq(INSPECTION.ID))
                            .and(VIOLATION.STAFF_ID.eq(f.staffId())))));
        }
        return c;
    }

    /** The inspections the filter selects, newest first. */
    List<InspectionRow> rows(DSLContext dsl, InspectionFilter f, LocalDate today) {
        Field<String> units = DSL.select(DSL.listAgg(UNIT.NAME, "; ").withinGroupOrderBy(INSPECTION_UNIT.POSITION))
                .from(INSPECTION_UNIT).join(UNIT).on(UNIT.ID.eq(INSPECTION_UNIT.UNIT_ID))
                .where(INSPECTION_UNIT.INSPECTION_ID.eq(INSPECTION.ID)).asField("units");
        Field<Integer> violations = DSL.selectCount().from(VIOLATION).where(VIOLATION.INSPECTION_ID.eq(INSPECTION.ID))
                .asField("violations");
        Field<Integer> overdue = DSL.selectCount().from(VIOLATION).join(TASK_OCCURRENCE)
                .on(TASK_OCCURRENCE.TASK_ID.eq(VIOLATION.REMEDIATION_TASK_ID))
                .join(TASK).on(TASK.ID.eq(VIOLATION.REMEDIATION_TASK_ID))
                .where(VIOLATION.INSPECTION_ID.eq(INSPECTION.ID)).and(TASK_OCCURRENCE.COMPLETED_ON.isNull())
                .and(TASK_OCCURRENCE.DUE_ON.lt(today)).and(TASK.HOLD.eq(Hold.NONE.name())).asField("overdue");
        DocumentNumber rec = DOCUMENT_NUMBER.as("rec");
        DocumentNumber notice = DOCUMENT_NUMBER.as("notice");
        List<InspectionRow> out = new ArrayList<>();
        for (Record r : dsl.select(INSPECTION.ID, INSPECTION.KIND, INSPECTION.TITLE, INSPECTION.STARTS_ON,
                        INSPECTION.ENDS_ON, STAFF.FULL_NAME, units, violations, overdue, rec.DOC_NUMBER,
                        notice.DOC_NUMBER)
                .from(INSPECTION).leftJoin(STAFF).on(STAFF.ID.eq(INSPECTION.LEADER_ID))
                .leftJoin(rec).on(rec.ID.eq(INSPECTION.RECORD_REGISTER_ID))
                .leftJoin(notice).on(notice.ID.eq(INSPECTION.NOTICE_REGISTER_ID))
                .where(inspectionCondition(f)).orderBy(INSPECTION.STARTS_ON.desc(), INSPECTION.ID.desc()).fetch()) {
            Integer bb = r.get(rec.DOC_NUMBER);
            Integer tb = r.get(notice.DOC_NUMBER);
            out.add(new InspectionRow(r.get(INSPECTION.ID), InspectionKind.stored(r.get(INSPECTION.KIND)),
                    r.get(INSPECTION.TITLE), r.get(INSPECTION.STARTS_ON), r.get(INSPECTION.ENDS_ON),
                    r.get(STAFF.FULL_NAME), r.get(units) == null ? "" : r.get(units), r.get(violations), r.get(overdue),
                    bb == null ? null : DocumentKind.BIEN_BAN.formatNumber(bb, DocumentRegister.ISSUER_CODE),
                    tb == null ? null : DocumentKind.THONG_BAO.formatNumber(tb, DocumentRegister.ISSUER_CODE)));
        }
        return out;
    }

    /** The violations found by the inspections the filter selects (and of its unit or person), newest first. */
    List<ViolationRow> violations(DSLContext dsl, InspectionFilter f, LocalDate today) {
        Condition c = kindPeriodText(f);
        if (f.unitId() != null) {
            c = c.and(VIOLATION.UNIT_ID.eq(f.unitId()));
        }
        if (f.staffId() != null) {
            c = c.and(VIOLATION.STAFF_ID.eq(f.staffId()));
        }
        var result = dsl.select(VIOLATION.ID, VIOLATION.INSPECTION_ID, INSPECTION.STARTS_ON, INSPECTION.KIND,
                        VIOLATION.STAFF_ID, VIOLATION.FULL_NAME, VIOLATION.UNIT_ID, UNIT.NAME, VIOLATION.CONTENT,
                        VIOLATION.SEVERITY, VIOLATION.PROPOSED_MEASURE, VIOLATION.DECIDED_MEASURE,
                        VIOLATION.DECISION_NUMBER, TASK_OCCURRENCE.DUE_ON, TASK_OCCURRENCE.COMPLETED_ON, TASK.HOLD)
                .from(VIOLATION).join(INSPECTION).on(INSPECTION.ID.eq(VIOLATION.INSPECTION_ID))
                .join(UNIT).on(UNIT.ID.eq(VIOLATION.UNIT_ID))
                .leftJoin(TASK).on(TASK.ID.eq(VIOLATION.REMEDIATION_TASK_ID))
                .leftJoin(TASK_OCCURRENCE).on(TASK_OCCURRENCE.TASK_ID.eq(TASK.ID))
                .where(c).orderBy(INSPECTION.STARTS_ON.desc(), VIOLATION.INSPECTION_ID.desc(), VIOLATION.POSITION)
                .fetch();
        Map<Long, List<LocalDate>> history = personHistory(dsl, result.getValues(VIOLATION.STAFF_ID));
        List<ViolationRow> out = new ArrayList<>();
        for (Record r : result) {
            LocalDate found = r.get(INSPECTION.STARTS_ON);
            Long staffId = r.get(VIOLATION.STAFF_ID);
            LocalDate due = r.get(TASK_OCCURRENCE.DUE_ON);
            LocalDate done = r.get(TASK_OCCURRENCE.COMPLETED_ON);
            String hold = r.get(TASK.HOLD);
            TaskState st = hold == null ? null : TaskRules.state(due, done, today, Hold.stored(hold));
            out.add(new ViolationRow(r.get(VIOLATION.ID), r.get(VIOLATION.INSPECTION_ID), found,
                    InspectionKind.stored(r.get(INSPECTION.KIND)), staffId, r.get(VIOLATION.FULL_NAME),
                    r.get(VIOLATION.UNIT_ID), r.get(UNIT.NAME), r.get(VIOLATION.CONTENT),
                    Severity.stored(r.get(VIOLATION.SEVERITY)), measure(r.get(VIOLATION.PROPOSED_MEASURE)),
                    measure(r.get(VIOLATION.DECIDED_MEASURE)), r.get(VIOLATION.DECISION_NUMBER), due, done, st,
                    staffId != null && isRepeat(history.get(staffId), found)));
        }
        return out;
    }

    /** For each person, the days of all their violations (whatever the period), to tell repeats. */
    private static Map<Long, List<LocalDate>> personHistory(DSLContext dsl, List<Long> staffIds) {
        List<Long> ids = staffIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, List<LocalDate>> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (var r : dsl.select(VIOLATION.STAFF_ID, INSPECTION.STARTS_ON).from(VIOLATION).join(INSPECTION)
                .on(INSPECTION.ID.eq(VIOLATION.INSPECTION_ID)).where(VIOLATION.STAFF_ID.in(ids)).fetch()) {
            m.computeIfAbsent(r.get(VIOLATION.STAFF_ID), k -> new ArrayList<>()).add(r.get(INSPECTION.STARTS_ON));
        }
        return m;
    }

    /**
     * A repeat (tái phạm): the same person had a violation found on an earlier day within the twelve months before
     * this one. Two violations found by the same inspection are not a repeat of each other.
     */
    static boolean isRepeat(List<LocalDate> days, LocalDate found) {
        return days != null && days.stream()
                .anyMatch(d -> d.isBefore(found) && d.isAfter(found.minusDays(REPEAT_WINDOW_DAYS)));
    }

    /** Inspections per kind and how many found nothing, for the filter's period. */
    Map<InspectionKind, int[]> kindCounts(DSLContext dsl, InspectionFilter f) {
        Field<Boolean> clean = DSL.field(DSL.notExists(DSL.selectOne().from(VIOLATION)
                .where(VIOLATION.INSPECTION_ID.eq(INSPECTION.ID)))).as("clean");
        Map<InspectionKind, int[]> m = new EnumMap<>(InspectionKind.class);
        for (var r : dsl.select(INSPECTION.KIND, clean).from(INSPECTION).where(inspectionCondition(f)).fetch()) {
            int[] n = m.computeIfAbsent(InspectionKind.stored(r.get(INSPECTION.KIND)), k -> new int[2]);
            n[0]++;
            if (Boolean.TRUE.equals(r.get(clean))) {
                n[1]++;
            }
        }
        return m;
    }
}
