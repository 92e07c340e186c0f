package vn.socongvu.exchange;

import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.socongvu.common.Years;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.evaluation.GeneralCriteria;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.DisciplineRules;
import vn.socongvu.report.ReportFigures;
import vn.socongvu.storage.TableMeta;
import vn.socongvu.task.TaskRules;
import vn.socongvu.text.VnFormat;

/**
 * What the forms refuse, asked of the records of a data file: a record the clerk could not have saved is not
 * imported either (nor restored). The rules themselves live with their features ({@link TaskRules},
 * {@link DisciplineRules}, {@link Years}, {@link ClosedValues}); this class only reads a file's row for them.
 * <p>
 * The rows are checked as the file has them, at the file's schema version, before the migrations bring the new
 * database up to date: schema 9 replaces an unknown closed value by a safe one (for databases that already hold
 * one), which would hide the problem instead of refusing the file. The columns asked about exist, with the same
 * meaning, since the schema that made their table.
 */
final class RecordRules {
    private RecordRules() {
    }

    /** What is wrong with one row of {@code table} (values in its column order), in the clerk's words. */
    static List<String> problems(TableMeta table, Object[] values) {
        Row r = new Row(table, values);
        List<String> out = new ArrayList<>();
        ClosedValues.of(table.jsonName()).forEach((column, allowed) -> {
            if (r.has(column) && r.get(column) instanceof String s && !allowed.contains(s)) {
                out.add(Messages.get("exchange.problem.closedValue", column, shorten(s),
                        allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "))));
            }
        });
        if (!out.isEmpty()) {
            return out; // the rules below read these values
        }
        switch (table.jsonName()) {
            case "task" -> {
                if (!Boolean.TRUE.equals(r.get("is_group")) && r.get("assigned_on") instanceof LocalDate assigned) {
                    Map<String, String> dates = TaskRules.dateProblems(assigned, r.date("deadline"),
                            r.date("recurrence_until"));
                    dates.forEach((field, key) -> out.add(Messages.get("exchange.problem.column",
                            field.equals("deadline") ? "deadline" : "recurrence_until",
                            Messages.get(key, VnFormat.date(assigned)))));
                }
            }
            case "violation" -> {
                DisciplineMeasure decided = DisciplineMeasure.stored(r.text("decided_measure"));
                if (DisciplineRules.decisionMissing(decided, r.text("decision_number"), r.date("decision_date"))) {
                    out.add(Messages.get("exchange.problem.column", "decided_measure",
                            Messages.get("inspection.error.decisionRequired", decided.label())));
                }
            }
            case "evaluation_weight" -> {
                if (r.get("weight") instanceof Number w
                        && !(w.doubleValue() > 0 && w.doubleValue() <= EvaluationService.MAX_WEIGHT)) {
                    out.add(Messages.get("exchange.problem.column", "weight", Messages.get("evaluation.error.weight")));
                }
            }
            case "evaluation_mark" -> evaluationMark(r, out);
            case "evaluation_general" -> {
                year(r, "period_year", out);
                for (String c : List.of("politics", "ethics", "discipline", "culture", "citizens", "innovation")) {
                    if (r.get(c) instanceof Number n
                            && (n.doubleValue() < 0 || n.doubleValue() > GeneralCriteria.CRITERION_MAX)) {
                        out.add(Messages.get("exchange.problem.column", c, Messages.get("evaluation.error.criterion")));
                    }
                }
                if (r.get("period_index") instanceof Integer i && r.text("period_kind") != null
                        && !("MONTH".equals(r.text("period_kind")) ? i >= 1 && i <= 12
                        : "QUARTER".equals(r.text("period_kind")) && i >= 1 && i <= 4)) {
                    out.add(Messages.get("exchange.problem.column", "period_index",
                            Messages.get("evaluation.error.periodIndex")));
                }
            }
            case "evaluation_case" -> year(r, "case_year", out);
            case "plan" -> year(r, "plan_year", out);
            case "report" -> {
                year(r, "report_year", out);
                if (r.text("figures") != null && !ReportFigures.readable(r.text("figures"))) {
                    out.add(Messages.get("exchange.problem.figures"));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** A mark's failures in range with their reason; each objective cause with its reason, confirmer and day. */
    private static void evaluationMark(Row r, List<String> out) {
        if (r.get("quality_failures") instanceof Integer k) {
            if (k < 0 || k > EvaluationService.MAX_FAILURES) {
                out.add(Messages.get("exchange.problem.column", "quality_failures",
                        Messages.get("evaluation.error.failures", EvaluationService.MAX_FAILURES)));
            } else if (k > 0 && r.text("quality_reason") == null) {
                out.add(Messages.get("exchange.problem.column", "quality_reason",
                        Messages.get("evaluation.error.reasonRequired")));
            }
        }
        for (String kind : List.of("quality", "delay")) {
            int given = (r.text(kind + "_exempt_reason") == null ? 0 : 1) + (r.text(kind + "_exempt_by") == null ? 0 : 1)
                    + (r.date(kind + "_exempt_on") == null ? 0 : 1);
            if (given != 0 && given != 3) {
                out.add(Messages.get("exchange.problem.column", kind + "_exempt_reason",
                        Messages.get("evaluation.error.exemptionIncomplete")));
            }
        }
    }

    private static void year(Row r, String column, List<String> out) {
        if (r.get(column) instanceof Integer y && !Years.allowed(y)) {
            out.add(Messages.get("exchange.problem.yearRange", column, String.valueOf(y), String.valueOf(Years.FIRST),
                    String.valueOf(Years.LAST)));
        }
    }

    /** A problem found across records: in which table, which record, why. */
    record Found(String table, Object key, String reason) {
    }

    /**
     * The rules that join records, asked of the new database once every row is in: staff still working
     * ({@code active}) in a unit that has stopped — the directory refuses to stop a unit with working staff and
     * to put or bring back anyone in a stopped one.
     */
    static List<Found> acrossRecords(DSLContext dsl, int limit) {
        List<Found> out = new ArrayList<>();
        dsl.select(STAFF.ID, UNIT.ID, UNIT.NAME).from(STAFF).join(UNIT).on(UNIT.ID.eq(STAFF.UNIT_ID))
                .where(STAFF.ACTIVE.isTrue()).and(UNIT.ACTIVE.isFalse()).orderBy(STAFF.ID).limit(limit)
                .forEach(rec -> out.add(new Found("staff", rec.get(STAFF.ID),
                        Messages.get("exchange.problem.staffInStoppedUnit", rec.get(UNIT.NAME),
                                String.valueOf(rec.get(UNIT.ID))))));
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** A row's values by the column names of data files; a column the file's schema lacks reads as absent. */
    private record Row(TableMeta table, Object[] values) {
        boolean has(String column) {
            return table.jsonIndex(column) >= 0;
        }

        Object get(String column) {
            int i = table.jsonIndex(column);
            return i < 0 ? null : values[i];
        }

        LocalDate date(String column) {
            return get(column) instanceof LocalDate d ? d : null;
        }

        String text(String column) {
            return get(column) instanceof String s ? s : null;
        }
    }
}
