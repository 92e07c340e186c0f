package vn.socongvu.exchange;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.socongvu.account.Role;
import vn.socongvu.audit.AuditAction;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.inspection.DisciplineMeasure;
import vn.socongvu.inspection.InspectionKind;
import vn.socongvu.inspection.Severity;
import vn.socongvu.meeting.Attendance;
import vn.socongvu.meeting.MeetingFormat;
import vn.socongvu.meeting.MeetingKind;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.PlanStatus;
import vn.socongvu.report.ReportKind;
import vn.socongvu.settings.HolidayKind;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.task.Hold;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.TaskSource;
import vn.socongvu.trash.Trash;

/**
 * The columns that hold a closed value — an enum's name, or a document type code — and the values each accepts,
 * taken from the enums themselves. A data import refuses any other value; the database's CHECK constraints
 * (schema 9, {@code V9__closed_values.sql}) list the same values, and ClosedValuesTest keeps the two in step.
 */
public final class ClosedValues {
    private static final Map<String, Map<String, List<String>>> BY_TABLE = build();

    private ClosedValues() {
    }

    private static Map<String, Map<String, List<String>>> build() {
        Map<String, Map<String, List<String>>> m = new LinkedHashMap<>();
        put(m, "unit", "kind", names(UnitKind.class));
        put(m, "staff", "category", names(StaffCategory.class));
        put(m, "signer", "authority", names(SignAuthority.class));
        put(m, "holiday", "kind", names(HolidayKind.class));
        put(m, "document_number", "kind",
                Arrays.stream(DocumentKind.values()).filter(DocumentKind::numbered).map(DocumentKind::code).distinct().toList());
        put(m, "plan", "status", names(PlanStatus.class));
        put(m, "plan_target", "comparison", names(Comparison.class));
        put(m, "plan_target", "measure", names(Measure.class));
        put(m, "task", "source", names(TaskSource.class));
        put(m, "task", "recurrence", names(Recurrence.class));
        put(m, "task", "hold", names(Hold.class));
        put(m, "meeting", "kind", names(MeetingKind.class));
        put(m, "meeting", "meeting_format", names(MeetingFormat.class));
        put(m, "meeting_participant", "attendance", names(Attendance.class));
        put(m, "inspection", "kind", names(InspectionKind.class));
        put(m, "violation", "staff_category", names(StaffCategory.class));
        put(m, "violation", "severity", names(Severity.class));
        put(m, "violation", "proposed_measure", names(DisciplineMeasure.class));
        put(m, "violation", "decided_measure", names(DisciplineMeasure.class));
        put(m, "report", "kind", names(ReportKind.class));
        put(m, "evaluation_general", "period_kind", names(EvaluationPeriod.Kind.class));
        put(m, "trash", "kind", names(Trash.Kind.class));
        put(m, "audit_log", "action", names(AuditAction.class));
        put(m, "account", "role", names(Role.class));
        m.replaceAll((t, cols) -> Collections.unmodifiableMap(cols));
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Map<String, List<String>>> m, String table, String column, List<String> values) {
        m.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column, List.copyOf(values));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Every table (as data files name it) with its closed columns and their values. */
    public static Map<String, Map<String, List<String>>> all() {
        return BY_TABLE;
    }

    /** The closed columns of {@code table} (data file names) and their values; empty when it has none. */
    public static Map<String, List<String>> of(String table) {
        return BY_TABLE.getOrDefault(table, Map.of());
    }
}
