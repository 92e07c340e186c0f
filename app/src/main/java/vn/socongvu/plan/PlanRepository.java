package vn.socongvu.plan;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.PLAN_BASIS;
import static vn.socongvu.storage.jooq.Tables.PLAN_TARGET;
import static vn.socongvu.storage.jooq.Tables.TARGET_VALUE;
import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.TASK_OCCURRENCE;
import static vn.socongvu.storage.jooq.Tables.TASK_PROGRESS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.socongvu.audit.ReadScope;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.storage.jooq.tables.records.PlanRecord;
import vn.socongvu.storage.jooq.tables.records.PlanTargetRecord;

/** jOOQ queries for plans, their legal bases, targets and the clerk's entered values. */
final class PlanRepository {

    /** A target's description with the title of its plan (the trash names both). */
    record TargetInPlan(String description, String planTitle) {
    }

    /** The plans the account may read: every one, or for a unit's account those some of its tasks come from. */
    static Condition readable(ReadScope reads) {
        return reads.everything() ? DSL.noCondition()
                : PLAN.ID.in(DSL.select(TASK.PLAN_ID).from(TASK).where(TASK.PLAN_ID.isNotNull())
                .and(TASK.IS_GROUP.isFalse()).and(reads.tasks()));
    }

    /**
     * Plans of a year (all years when null), drafts first then newest, among the {@code readable} ones; archived ones
     * only when asked.
     */
    List<Plan> plans(DSLContext dsl, Integer year, boolean includeArchived, Condition readable) {
        Condition c = readable;
        if (year != null) {
            c = c.and(PLAN.PLAN_YEAR.eq(year));
        }
        if (!includeArchived) {
            c = c.and(PLAN.ARCHIVED.isFalse());
        }
        List<PlanRecord> records = dsl.selectFrom(PLAN).where(c)
                .orderBy(PLAN.PLAN_YEAR.desc(), PLAN.ISSUED_ON.desc().nullsFirst(), PLAN.ID.desc()).fetch();
        return withDetails(dsl, records);
    }

    /** Plans issued from {@code from} to {@code to} (their date of issue, whatever their year), not archived. */
    List<Plan> issuedBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        List<PlanRecord> records = dsl.selectFrom(PLAN)
                .where(PLAN.ISSUED_ON.between(from, to).and(PLAN.REGISTER_ID.isNotNull()).and(PLAN.ARCHIVED.isFalse()))
                .orderBy(PLAN.ISSUED_ON, PLAN.ID).fetch();
        return withDetails(dsl, records);
    }

    Optional<Plan> plan(DSLContext dsl, long id) {
        return dsl.selectFrom(PLAN).where(PLAN.ID.eq(id)).fetchOptional().map(r -> withDetails(dsl, List.of(r)).get(0));
    }

    /** Plans with their numbers and legal bases: three queries for the whole list, not two per plan. */
    private static List<Plan> withDetails(DSLContext dsl, List<PlanRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = records.stream().map(PlanRecord::getId).toList();
        Map<Long, String> numbers = new HashMap<>();
        List<Long> registerIds = records.stream().map(PlanRecord::getRegisterId).filter(Objects::nonNull).toList();
        if (!registerIds.isEmpty()) {
            dsl.selectFrom(DOCUMENT_NUMBER)
                    .where(DOCUMENT_NUMBER.ID.in(registerIds))
                    .forEach(r -> numbers.put(r.getId(), DocumentKind.byCodeOrCongVan(r.getKind())
                            .formatNumber(r.getDocNumber(), DocumentRegister.ISSUER_CODE)));
        }
        Map<Long, List<String>> bases = new HashMap<>();
        dsl.select(PLAN_BASIS.PLAN_ID, PLAN_BASIS.BASIS_TEXT).from(PLAN_BASIS).where(PLAN_BASIS.PLAN_ID.in(ids))
                .orderBy(PLAN_BASIS.PLAN_ID, PLAN_BASIS.POSITION)
                .forEach(r -> bases.computeIfAbsent(r.get(PLAN_BASIS.PLAN_ID), k -> new ArrayList<>())
                        .add(r.get(PLAN_BASIS.BASIS_TEXT)));
        return records.stream().map(r -> new Plan(r.getId(), r.getPlanYear(),
                r.getRegisterId() == null ? null : numbers.get(r.getRegisterId()), r.getIssuedOn(), r.getTitle(),
                bases.getOrDefault(r.getId(), List.of()), r.getPurposes(), lines(r.getRecipients()), r.getSignerId(),
                PlanStatus.stored(r.getStatus()), r.getArchived())).toList();
    }

    static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The years that have plans (archived ones included), newest first. */
    List<Integer> years(DSLContext dsl) {
        return dsl.selectDistinct(PLAN.PLAN_YEAR).from(PLAN).orderBy(PLAN.PLAN_YEAR.desc()).fetch(PLAN.PLAN_YEAR);
    }

    /** A new draft plan with its legal bases. @return its id */
    long insert(DSLContext tx, int year, String title, List<String> bases, String purposes, List<String> recipients,
                Long signerId) {
        long id = tx.insertInto(PLAN).set(PLAN.PLAN_YEAR, year).set(PLAN.TITLE, title)
                .set(PLAN.PURPOSES, purposes).set(PLAN.RECIPIENTS, String.join("\n", recipients))
                .set(PLAN.SIGNER_ID, signerId).set(PLAN.STATUS, PlanStatus.DRAFT.name())
                .set(PLAN.CREATED_AT, LocalDateTime.now()).returning(PLAN.ID).fetchOne(PLAN.ID);
        insertBases(tx, id, bases);
        return id;
    }

    /** A plan's text and legal bases replaced. */
    void update(DSLContext tx, long id, int year, String title, List<String> bases, String purposes,
                List<String> recipients, Long signerId) {
        tx.update(PLAN).set(PLAN.PLAN_YEAR, year).set(PLAN.TITLE, title).set(PLAN.PURPOSES, purposes)
                .set(PLAN.RECIPIENTS, String.join("\n", recipients)).set(PLAN.SIGNER_ID, signerId)
                .where(PLAN.ID.eq(id)).execute();
        tx.deleteFrom(PLAN_BASIS).where(PLAN_BASIS.PLAN_ID.eq(id)).execute();
        insertBases(tx, id, bases);
    }

    private static void insertBases(DSLContext tx, long planId, List<String> bases) {
        for (int i = 0; i < bases.size(); i++) {
            tx.insertInto(PLAN_BASIS).set(PLAN_BASIS.PLAN_ID, planId).set(PLAN_BASIS.POSITION, i)
                    .set(PLAN_BASIS.BASIS_TEXT, bases.get(i)).execute();
        }
    }

    void issue(DSLContext tx, long planId, long registerId, LocalDate date) {
        tx.update(PLAN).set(PLAN.REGISTER_ID, registerId).set(PLAN.ISSUED_ON, date)
                .set(PLAN.STATUS, PlanStatus.ISSUED.name()).where(PLAN.ID.eq(planId)).execute();
    }

    void setStatus(DSLContext tx, long planId, PlanStatus status) {
        tx.update(PLAN).set(PLAN.STATUS, status.name()).where(PLAN.ID.eq(planId)).execute();
    }

    void setArchived(DSLContext tx, long planId, boolean archived) {
        tx.update(PLAN).set(PLAN.ARCHIVED, archived).where(PLAN.ID.eq(planId)).execute();
    }

    /** Whether progress or a completion is recorded on any task of the plan. */
    boolean hasRecordedWork(DSLContext dsl, long planId) {
        return dsl.fetchExists(DSL.selectOne().from(TASK).where(TASK.PLAN_ID.eq(planId))
                .and(DSL.exists(DSL.selectOne().from(TASK_PROGRESS).where(TASK_PROGRESS.TASK_ID.eq(TASK.ID)))
                        .or(DSL.exists(DSL.selectOne().from(TASK_OCCURRENCE)
                                .where(TASK_OCCURRENCE.TASK_ID.eq(TASK.ID))
                                .and(TASK_OCCURRENCE.COMPLETED_ON.isNotNull())))));
    }

    /** Deletes a plan and its tasks (their occurrences and cooperators go with them). */
    void deleteWithTasks(DSLContext tx, long planId) {
        // Children before parents: the tree is cut first, then every task deleted.
        List<Long> ids = tx.select(TASK.ID).from(TASK).where(TASK.PLAN_ID.eq(planId)).orderBy(TASK.ID.desc())
                .fetch(TASK.ID);
        tx.update(TASK).setNull(TASK.PARENT_ID).where(TASK.PLAN_ID.eq(planId)).execute();
        if (!ids.isEmpty()) {
            tx.deleteFrom(TASK).where(TASK.ID.in(ids)).execute();
        }
        tx.deleteFrom(PLAN).where(PLAN.ID.eq(planId)).execute();
    }

    // ---- targets ----

    List<Target> targets(DSLContext dsl, long planId) {
        return dsl.selectFrom(PLAN_TARGET).where(PLAN_TARGET.PLAN_ID.eq(planId))
                .orderBy(PLAN_TARGET.POSITION, PLAN_TARGET.ID)
                .fetch(PlanRepository::target);
    }

    /** The targets of several plans, by plan (plans without targets are absent), in their order. */
    Map<Long, List<Target>> targets(DSLContext dsl, Collection<Long> planIds) {
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        dsl.selectFrom(PLAN_TARGET).where(PLAN_TARGET.PLAN_ID.in(planIds))
                .orderBy(PLAN_TARGET.PLAN_ID, PLAN_TARGET.POSITION, PLAN_TARGET.ID)
                .forEach(r -> targets.computeIfAbsent(r.getPlanId(), k -> new ArrayList<>()).add(target(r)));
        return targets;
    }

    Optional<Target> target(DSLContext dsl, long id) {
        return dsl.selectFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(id)).fetchOptional(PlanRepository::target);
    }

    private static Target target(PlanTargetRecord r) {
        return new Target(r.getId(), r.getPlanId(), r.getPosition(), r.getDescription(),
                Comparison.stored(r.getComparison()), r.getTargetValue().doubleValue(), r.getUnit(),
                Measure.stored(r.getMeasure()));
    }

    /** A new target, after the plan's last one. @return its id */
    long insertTarget(DSLContext tx, long planId, String description, Comparison c, double value, String unit,
                      Measure measure) {
        Integer max = tx.select(DSL.max(PLAN_TARGET.POSITION)).from(PLAN_TARGET)
                .where(PLAN_TARGET.PLAN_ID.eq(planId)).fetchOne(0, Integer.class);
        return tx.insertInto(PLAN_TARGET).set(PLAN_TARGET.PLAN_ID, planId)
                .set(PLAN_TARGET.POSITION, max == null ? 0 : max + 1).set(PLAN_TARGET.DESCRIPTION, description)
                .set(PLAN_TARGET.COMPARISON, c.name()).set(PLAN_TARGET.TARGET_VALUE, BigDecimal.valueOf(value))
                .set(PLAN_TARGET.UNIT, unit).set(PLAN_TARGET.MEASURE, measure.name())
                .returning(PLAN_TARGET.ID).fetchOne(PLAN_TARGET.ID);
    }

    void updateTarget(DSLContext tx, long id, String description, Comparison c, double value, String unit,
                      Measure measure) {
        tx.update(PLAN_TARGET).set(PLAN_TARGET.DESCRIPTION, description).set(PLAN_TARGET.COMPARISON, c.name())
                .set(PLAN_TARGET.TARGET_VALUE, BigDecimal.valueOf(value)).set(PLAN_TARGET.UNIT, unit)
                .set(PLAN_TARGET.MEASURE, measure.name()).where(PLAN_TARGET.ID.eq(id)).execute();
    }

    Optional<TargetInPlan> targetInPlan(DSLContext dsl, long targetId) {
        return dsl.select(PLAN_TARGET.DESCRIPTION, PLAN.TITLE).from(PLAN_TARGET).join(PLAN)
                .on(PLAN.ID.eq(PLAN_TARGET.PLAN_ID)).where(PLAN_TARGET.ID.eq(targetId))
                .fetchOptional(r -> new TargetInPlan(r.get(PLAN_TARGET.DESCRIPTION), r.get(PLAN.TITLE)));
    }

    void deleteTarget(DSLContext tx, long targetId) {
        tx.deleteFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(targetId)).execute();
    }

    /** The clerk's figure for a MANUAL target in a period, if entered. */
    Optional<Double> enteredValue(DSLContext dsl, long targetId, String period) {
        return dsl.select(TARGET_VALUE.ENTERED_VALUE).from(TARGET_VALUE)
                .where(TARGET_VALUE.TARGET_ID.eq(targetId)).and(TARGET_VALUE.PERIOD.eq(period))
                .fetchOptional(TARGET_VALUE.ENTERED_VALUE).map(BigDecimal::doubleValue);
    }

    /** The clerk's figures for a period, by target (targets without one are absent). */
    Map<Long, Double> enteredValues(DSLContext dsl, Collection<Long> targetIds, String period) {
        Map<Long, Double> out = new HashMap<>();
        dsl.select(TARGET_VALUE.TARGET_ID, TARGET_VALUE.ENTERED_VALUE).from(TARGET_VALUE)
                .where(TARGET_VALUE.TARGET_ID.in(targetIds)).and(TARGET_VALUE.PERIOD.eq(period))
                .forEach(r -> out.put(r.get(TARGET_VALUE.TARGET_ID), r.get(TARGET_VALUE.ENTERED_VALUE).doubleValue()));
        return out;
    }

    void setEnteredValue(DSLContext tx, long targetId, String period, double value) {
        tx.deleteFrom(TARGET_VALUE).where(TARGET_VALUE.TARGET_ID.eq(targetId)).and(TARGET_VALUE.PERIOD.eq(period))
                .execute();
        tx.insertInto(TARGET_VALUE).set(TARGET_VALUE.TARGET_ID, targetId).set(TARGET_VALUE.PERIOD, period)
                .set(TARGET_VALUE.ENTERED_VALUE, BigDecimal.valueOf(value)).execute();
    }
}
