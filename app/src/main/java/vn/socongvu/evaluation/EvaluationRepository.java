package vn.socongvu.evaluation;

import static vn.socongvu.storage.jooq.Tables.EVALUATION_CASE;
import static vn.socongvu.storage.jooq.Tables.EVALUATION_GENERAL;
import static vn.socongvu.storage.jooq.Tables.EVALUATION_MARK;
import static vn.socongvu.storage.jooq.Tables.EVALUATION_WEIGHT;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.SETTING;
import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;
import static vn.socongvu.storage.jooq.Tables.UNIT;
import static vn.socongvu.storage.jooq.Tables.VIOLATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.storage.jooq.tables.records.EvaluationCaseRecord;
import vn.socongvu.task.Hold;
import vn.socongvu.task.TaskSource;

/** The evaluation's reads and writes: one query set for a range of days, the assessor's rows, the settings. */
final class EvaluationRepository {
    static final String SETTING_PREFIX = "evaluation.";

    /** The evaluated people: working staff of the categories evaluated, by unit, leaders first. */
    List<EvaluationRules.Person> people(DSLContext dsl, Set<StaffCategory> categories, Long unitId) {
        Condition c = STAFF.ACTIVE.isTrue().and(STAFF.CATEGORY.in(categories.stream().map(Enum::name).toList()));
        if (unitId != null) {
            c = c.and(STAFF.UNIT_ID.eq(unitId));
        }
        return dsl.select(STAFF.ID, STAFF.FULL_NAME, STAFF.JOB_TITLE, STAFF.UNIT_ID, UNIT.NAME, STAFF.LEADER)
                .from(STAFF).join(UNIT).on(UNIT.ID.eq(STAFF.UNIT_ID)).where(c)
                .orderBy(STAFF.UNIT_ID, STAFF.LEADER.desc(), STAFF.ID)
                .fetch(r -> new EvaluationRules.Person(r.get(STAFF.ID), r.get(STAFF.FULL_NAME), r.get(STAFF.JOB_TITLE),
                        r.get(STAFF.UNIT_ID), r.get(UNIT.NAME), r.get(STAFF.LEADER)));
    }

    /**
     * The occurrences that can be products in a period within [from, to]: of tasks that assign work (not a heading)
     * and are neither paused nor cancelled, led by a person or a unit, due on or before {@code to}, and either due
     * on or after {@code from} or not completed before it (carried over). With their task's weight and the marks.
     * <p>
     * The occurrences are read first, each part of the condition through its own index (due in the range; not
     * completed; completed from {@code from} on), then their tasks by id: joined in one statement, H2 reads the
     * whole task table first.
     */
    List<EvaluationRules.Occurrence> occurrences(DSLContext dsl, LocalDate from, LocalDate to) {
        List<Condition> parts = List.of(
                TASK_OCCURRENCE.DUE_ON.between(from, to),
                TASK_OCCURRENCE.COMPLETED_ON.isNull().and(TASK_OCCURRENCE.DUE_ON.lt(from)),
                TASK_OCCURRENCE.COMPLETED_ON.ge(from).and(TASK_OCCURRENCE.DUE_ON.lt(from)));
        List<Record> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Condition when : parts) {
            dsl.select(TASK_OCCURRENCE.ID, TASK_OCCURRENCE.TASK_ID, TASK_OCCURRENCE.DUE_ON,
                            TASK_OCCURRENCE.COMPLETED_ON, TASK_OCCURRENCE.RESULT, EVALUATION_MARK.QUALITY_FAILURES,
                            EVALUATION_MARK.QUALITY_REASON, EVALUATION_MARK.QUALITY_EXEMPT_REASON,
                            EVALUATION_MARK.QUALITY_EXEMPT_BY, EVALUATION_MARK.QUALITY_EXEMPT_ON,
                            EVALUATION_MARK.DELAY_EXEMPT_REASON, EVALUATION_MARK.DELAY_EXEMPT_BY,
                            EVALUATION_MARK.DELAY_EXEMPT_ON)
                    .from(TASK_OCCURRENCE)
                    .leftJoin(EVALUATION_MARK).on(EVALUATION_MARK.OCCURRENCE_ID.eq(TASK_OCCURRENCE.ID))
                    .where(when)
                    .forEach(r -> {
                        if (seen.add(r.get(TASK_OCCURRENCE.ID))) {
                            rows.add(r);
                        }
                    });
        }
        Map<Long, Record> tasks = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.get(TASK_OCCURRENCE.TASK_ID)).distinct().toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            dsl.select(TASK.ID, TASK.CONTENT, PLAN.TITLE, TASK.SOURCE, TASK.LEAD_STAFF_ID, TASK.LEAD_UNIT_ID,
                            EVALUATION_WEIGHT.WEIGHT)
                    .from(TASK)
                    .leftJoin(PLAN).on(PLAN.ID.eq(TASK.PLAN_ID))
                    .leftJoin(EVALUATION_WEIGHT).on(EVALUATION_WEIGHT.TASK_ID.eq(TASK.ID))
                    .where(TASK.ID.in(ids.subList(i, Math.min(ids.size(), i + 1000))))
                    .and(TASK.IS_GROUP.isFalse()).and(TASK.HOLD.eq(Hold.NONE.name()))
                    .and(TASK.LEAD_STAFF_ID.isNotNull().or(TASK.LEAD_UNIT_ID.isNotNull()))
                    .forEach(r -> tasks.put(r.get(TASK.ID), r));
        }
        List<EvaluationRules.Occurrence> out = new ArrayList<>();
        for (Record r : rows) {
            Record t = tasks.get(r.get(TASK_OCCURRENCE.TASK_ID));
            if (t != null) {
                out.add(toOccurrence(r, t));
            }
        }
        return out;
    }

    private static EvaluationRules.Occurrence toOccurrence(Record r, Record t) {
        BigDecimal w = t.get(EVALUATION_WEIGHT.WEIGHT);
        Integer k = r.get(EVALUATION_MARK.QUALITY_FAILURES);
        EvaluationRules.Mark mark = k == null ? EvaluationRules.Mark.NONE : new EvaluationRules.Mark(k,
                r.get(EVALUATION_MARK.QUALITY_REASON),
                exemption(r.get(EVALUATION_MARK.QUALITY_EXEMPT_REASON), r.get(EVALUATION_MARK.QUALITY_EXEMPT_BY),
                        r.get(EVALUATION_MARK.QUALITY_EXEMPT_ON)),
                exemption(r.get(EVALUATION_MARK.DELAY_EXEMPT_REASON), r.get(EVALUATION_MARK.DELAY_EXEMPT_BY),
                        r.get(EVALUATION_MARK.DELAY_EXEMPT_ON)));
        return new EvaluationRules.Occurrence(r.get(TASK_OCCURRENCE.ID), r.get(TASK_OCCURRENCE.TASK_ID),
                t.get(TASK.CONTENT), t.get(PLAN.TITLE), TaskSource.stored(t.get(TASK.SOURCE)),
                t.get(TASK.LEAD_STAFF_ID), t.get(TASK.LEAD_UNIT_ID), r.get(TASK_OCCURRENCE.DUE_ON),
                r.get(TASK_OCCURRENCE.COMPLETED_ON), r.get(TASK_OCCURRENCE.RESULT),
                w == null ? null : w.doubleValue(), mark);
    }

    private static Exemption exemption(String reason, String by, LocalDate on) {
        return reason == null ? null : new Exemption(reason, by, on);
    }

    /** The general criteria entered for periods of {@code year}, by person and period. */
    Map<Long, Map<EvaluationPeriod, GeneralCriteria>> general(DSLContext dsl, int year) {
        Map<Long, Map<EvaluationPeriod, GeneralCriteria>> out = new HashMap<>();
        dsl.selectFrom(EVALUATION_GENERAL).where(EVALUATION_GENERAL.PERIOD_YEAR.eq(year)).forEach(r -> {
            EvaluationPeriod p = new EvaluationPeriod(EvaluationPeriod.Kind.valueOf(r.getPeriodKind()),
                    r.getPeriodYear(), r.getPeriodIndex());
            out.computeIfAbsent(r.getStaffId(), k -> new HashMap<>()).put(p, new GeneralCriteria(
                    r.getPolitics().doubleValue(), r.getEthics().doubleValue(), r.getDiscipline().doubleValue(),
                    r.getCulture().doubleValue(), r.getCitizens().doubleValue(), r.getInnovation().doubleValue(),
                    r.getNote(), r.getAssessedBy(), r.getAssessedOn()));
        });
        return out;
    }

    Optional<GeneralCriteria> general(DSLContext dsl, long staffId, EvaluationPeriod p) {
        return Optional.ofNullable(general(dsl, p.year()).getOrDefault(staffId, Map.of()).get(p));
    }

    void saveGeneral(DSLContext tx, long staffId, EvaluationPeriod p, GeneralCriteria g) {
        deleteGeneral(tx, staffId, p);
        tx.insertInto(EVALUATION_GENERAL)
                .set(EVALUATION_GENERAL.STAFF_ID, staffId)
                .set(EVALUATION_GENERAL.PERIOD_KIND, p.kind().name())
                .set(EVALUATION_GENERAL.PERIOD_YEAR, p.year())
                .set(EVALUATION_GENERAL.PERIOD_INDEX, p.index())
                .set(EVALUATION_GENERAL.POLITICS, BigDecimal.valueOf(g.politics()))
                .set(EVALUATION_GENERAL.ETHICS, BigDecimal.valueOf(g.ethics()))
                .set(EVALUATION_GENERAL.DISCIPLINE, BigDecimal.valueOf(g.discipline()))
                .set(EVALUATION_GENERAL.CULTURE, BigDecimal.valueOf(g.culture()))
                .set(EVALUATION_GENERAL.CITIZENS, BigDecimal.valueOf(g.citizens()))
                .set(EVALUATION_GENERAL.INNOVATION, BigDecimal.valueOf(g.innovation()))
                .set(EVALUATION_GENERAL.NOTE, g.note())
                .set(EVALUATION_GENERAL.ASSESSED_BY, g.assessedBy())
                .set(EVALUATION_GENERAL.ASSESSED_ON, g.assessedOn())
                .execute();
    }

    void deleteGeneral(DSLContext tx, long staffId, EvaluationPeriod p) {
        tx.deleteFrom(EVALUATION_GENERAL).where(EVALUATION_GENERAL.STAFF_ID.eq(staffId))
                .and(EVALUATION_GENERAL.PERIOD_KIND.eq(p.kind().name()))
                .and(EVALUATION_GENERAL.PERIOD_YEAR.eq(p.year()))
                .and(EVALUATION_GENERAL.PERIOD_INDEX.eq(p.index())).execute();
    }

    /** The violations of the year's decided measures, by person. */
    Map<Long, List<DisciplineFact>> discipline(DSLContext dsl, int year) {
        Map<Long, List<DisciplineFact>> out = new HashMap<>();
        dsl.select(VIOLATION.ID, VIOLATION.INSPECTION_ID, VIOLATION.STAFF_ID, VIOLATION.CONTENT,
                        VIOLATION.DECIDED_MEASURE, VIOLATION.DECISION_NUMBER, VIOLATION.DECISION_DATE)
                .from(VIOLATION)
                .where(VIOLATION.STAFF_ID.isNotNull()).and(VIOLATION.DECIDED_MEASURE.isNotNull())
                .and(VIOLATION.DECISION_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(VIOLATION.DECISION_DATE, VIOLATION.ID)
                .forEach(r -> {
                    DisciplineMeasure m = DisciplineMeasure.stored(r.get(VIOLATION.DECIDED_MEASURE));
                    if (m != null) {
                        out.computeIfAbsent(r.get(VIOLATION.STAFF_ID), k -> new ArrayList<>()).add(new DisciplineFact(
                                r.get(VIOLATION.ID), r.get(VIOLATION.INSPECTION_ID), r.get(VIOLATION.CONTENT), m,
                                r.get(VIOLATION.DECISION_NUMBER), r.get(VIOLATION.DECISION_DATE),
                                EvaluationRules.forces(m, r.get(VIOLATION.DECISION_DATE),
                                        EvaluationPeriod.year(year))));
                    }
                });
        return out;
    }

    /** The legal cases of the year, by person. */
    Map<Long, List<LegalCase>> cases(DSLContext dsl, int year) {
        Map<Long, List<LegalCase>> out = new HashMap<>();
        dsl.selectFrom(EVALUATION_CASE).where(EVALUATION_CASE.CASE_YEAR.eq(year)).orderBy(EVALUATION_CASE.ID)
                .forEach(r -> out.computeIfAbsent(r.getStaffId(), k -> new ArrayList<>()).add(toCase(r)));
        return out;
    }

    Optional<LegalCase> legalCase(DSLContext dsl, long id) {
        return dsl.selectFrom(EVALUATION_CASE).where(EVALUATION_CASE.ID.eq(id)).fetchOptional(EvaluationRepository::toCase);
    }

    private static LegalCase toCase(EvaluationCaseRecord r) {
        return new LegalCase(r.getId(), r.getStaffId(), r.getCaseYear(), r.getDescription(), r.getReference(),
                r.getRecordedBy(), r.getRecordedOn());
    }

    long insertCase(DSLContext tx, long staffId, int year, String description, String reference, String by,
                    LocalDate on) {
        return tx.insertInto(EVALUATION_CASE)
                .set(EVALUATION_CASE.STAFF_ID, staffId).set(EVALUATION_CASE.CASE_YEAR, year)
                .set(EVALUATION_CASE.DESCRIPTION, description).set(EVALUATION_CASE.REFERENCE, reference)
                .set(EVALUATION_CASE.RECORDED_BY, by).set(EVALUATION_CASE.RECORDED_ON, on)
                .returning(EVALUATION_CASE.ID).fetchOne(EVALUATION_CASE.ID);
    }

    void deleteCase(DSLContext tx, long id) {
        tx.deleteFrom(EVALUATION_CASE).where(EVALUATION_CASE.ID.eq(id)).execute();
    }

    Optional<Double> taskWeight(DSLContext dsl, long taskId) {
        return dsl.select(EVALUATION_WEIGHT.WEIGHT).from(EVALUATION_WEIGHT).where(EVALUATION_WEIGHT.TASK_ID.eq(taskId))
                .fetchOptional(r -> r.value1().doubleValue());
    }

    void setTaskWeight(DSLContext tx, long taskId, Double weight) {
        tx.deleteFrom(EVALUATION_WEIGHT).where(EVALUATION_WEIGHT.TASK_ID.eq(taskId)).execute();
        if (weight != null) {
            tx.insertInto(EVALUATION_WEIGHT).set(EVALUATION_WEIGHT.TASK_ID, taskId)
                    .set(EVALUATION_WEIGHT.WEIGHT, BigDecimal.valueOf(weight)).execute();
        }
    }

    /** The occurrence's task, due and completion days; empty when there is no such occurrence. */
    Optional<OccurrenceFacts> occurrence(DSLContext dsl, long occurrenceId) {
        return dsl.select(TASK_OCCURRENCE.TASK_ID, TASK_OCCURRENCE.DUE_ON, TASK_OCCURRENCE.COMPLETED_ON)
                .from(TASK_OCCURRENCE).where(TASK_OCCURRENCE.ID.eq(occurrenceId))
                .fetchOptional(r -> new OccurrenceFacts(occurrenceId, r.value1(), r.value2(), r.value3()));
    }

    /** What a mark is checked against. */
    record OccurrenceFacts(long occurrenceId, long taskId, LocalDate dueOn, LocalDate completedOn) {
    }

    EvaluationRules.Mark mark(DSLContext dsl, long occurrenceId) {
        return dsl.selectFrom(EVALUATION_MARK).where(EVALUATION_MARK.OCCURRENCE_ID.eq(occurrenceId))
                .fetchOptional(r -> new EvaluationRules.Mark(r.getQualityFailures(), r.getQualityReason(),
                        exemption(r.getQualityExemptReason(), r.getQualityExemptBy(), r.getQualityExemptOn()),
                        exemption(r.getDelayExemptReason(), r.getDelayExemptBy(), r.getDelayExemptOn())))
                .orElse(EvaluationRules.Mark.NONE);
    }

    /** Writes the mark, or removes its row when it holds nothing. */
    void saveMark(DSLContext tx, long occurrenceId, EvaluationRules.Mark m) {
        tx.deleteFrom(EVALUATION_MARK).where(EVALUATION_MARK.OCCURRENCE_ID.eq(occurrenceId)).execute();
        if (m.qualityFailures() == 0 && m.qualityExemption() == null && m.delayExemption() == null) {
            return;
        }
        Exemption q = m.qualityExemption();
        Exemption d = m.delayExemption();
        tx.insertInto(EVALUATION_MARK)
                .set(EVALUATION_MARK.OCCURRENCE_ID, occurrenceId)
                .set(EVALUATION_MARK.QUALITY_FAILURES, m.qualityFailures())
                .set(EVALUATION_MARK.QUALITY_REASON, m.qualityFailures() == 0 ? null : m.qualityReason())
                .set(EVALUATION_MARK.QUALITY_EXEMPT_REASON, q == null ? null : q.reason())
                .set(EVALUATION_MARK.QUALITY_EXEMPT_BY, q == null ? null : q.confirmedBy())
                .set(EVALUATION_MARK.QUALITY_EXEMPT_ON, q == null ? null : q.confirmedOn())
                .set(EVALUATION_MARK.DELAY_EXEMPT_REASON, d == null ? null : d.reason())
                .set(EVALUATION_MARK.DELAY_EXEMPT_BY, d == null ? null : d.confirmedBy())
                .set(EVALUATION_MARK.DELAY_EXEMPT_ON, d == null ? null : d.confirmedOn())
                .execute();
    }

    /** The settings rows of the evaluation (key without the prefix → value). */
    Map<String, String> settings(DSLContext dsl) {
        Map<String, String> m = new HashMap<>();
        dsl.selectFrom(SETTING).where(SETTING.SETTING_KEY.startsWith(SETTING_PREFIX))
                .forEach(r -> m.put(r.getSettingKey().substring(SETTING_PREFIX.length()), r.getSettingValue()));
        return m;
    }

    void putSetting(DSLContext tx, String key, String value) {
        String k = SETTING_PREFIX + key;
        tx.insertInto(SETTING).set(SETTING.SETTING_KEY, k).set(SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value).execute();
    }

    /** The years with general criteria entered or products due, newest first. */
    List<Integer> yearsWithData(DSLContext dsl) {
        List<Integer> years = new ArrayList<>(dsl.selectDistinct(EVALUATION_GENERAL.PERIOD_YEAR).from(EVALUATION_GENERAL)
                .fetch(EVALUATION_GENERAL.PERIOD_YEAR));
        var range = dsl.select(DSL.min(TASK_OCCURRENCE.DUE_ON), DSL.max(TASK_OCCURRENCE.DUE_ON))
                .from(TASK_OCCURRENCE).join(TASK).on(TASK.ID.eq(TASK_OCCURRENCE.TASK_ID))
                .where(TASK.LEAD_STAFF_ID.isNotNull()).fetchOne();
        if (range != null && range.value1() != null) {
            for (int y = range.value1().getYear(); y <= range.value2().getYear(); y++) {
                if (!years.contains(y)) {
                    years.add(y);
                }
            }
        }
        years.sort((a, b) -> Integer.compare(b, a));
        return years;
    }
}
