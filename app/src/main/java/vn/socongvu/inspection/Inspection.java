package vn.socongvu.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.socongvu.directory.StaffCategory;

/**
 * One public-service inspection: the decision that set up the team, its leader and members, the units and
 * persons inspected, the days, the contents checked, the findings, the conclusion and the violations found.
 *
 * @param recordNumber the BIÊN BẢN's number ("05/BB-UBND") once registered, else null
 * @param noticeNumber the THÔNG BÁO's number ("03/TB-UBND") once registered, else null
 * @param startTime    the hour the inspection began on {@code startsOn}; null when not recorded
 * @param endTime      the hour it ended on {@code endsOn}; null when not recorded
 * @param place        where it took place ("Trụ sở Ủy ban nhân dân xã"); null when not recorded
 * @param copies       how many copies the BIÊN BẢN is made in (two: one for the team, one for the unit)
 */
public record Inspection(long id, InspectionKind kind, String title, String decisionNumber, LocalDate decisionDate,
                         LocalDate startsOn, LocalDate endsOn, Long leaderId, String findings, String conclusion,
                         Long noticeSignerId, String recordNumber, String noticeNumber, List<Member> members,
                         List<Long> unitIds, List<Person> persons, List<Check> checks, List<Violation> violations,
                         LocalTime startTime, LocalTime endTime, String place, int copies) {
    /** The copies of a BIÊN BẢN when none is said: one for the team, one for the unit inspected. */
    public static final int DEFAULT_COPIES = 2;
    /** More copies than this is a typing mistake. */
    public static final int MAX_COPIES = 20;

    public Inspection {
        members = List.copyOf(members);
        unitIds = List.copyOf(unitIds);
        persons = List.copyOf(persons);
        checks = List.copyOf(checks);
        violations = List.copyOf(violations);
    }

    /** An inspection without its hours and place, in {@link #DEFAULT_COPIES} copies. */
    public Inspection(long id, InspectionKind kind, String title, String decisionNumber, LocalDate decisionDate,
                      LocalDate startsOn, LocalDate endsOn, Long leaderId, String findings, String conclusion,
                      Long noticeSignerId, String recordNumber, String noticeNumber, List<Member> members,
                      List<Long> unitIds, List<Person> persons, List<Check> checks, List<Violation> violations) {
        this(id, kind, title, decisionNumber, decisionDate, startsOn, endsOn, leaderId, findings, conclusion,
                noticeSignerId, recordNumber, noticeNumber, members, unitIds, persons, checks, violations, null, null,
                null, DEFAULT_COPIES);
    }

    /** A member of the team: a staff member ({@code staffId}) or someone from outside, as on the day. */
    public record Member(Long staffId, String fullName, String body) {
    }

    /** A person inspected by name, with their unit as on the day. */
    public record Person(long staffId, String fullName, String unitName) {
    }

    /** A content checked ({@code itemId} from Danh mục, its name as on the day) and what was seen. */
    public record Check(Long itemId, String itemName, String remark) {
    }

    /**
     * A violation found. {@code staffId} null: the unit as a whole. {@code category} and {@code leader} are the
     * person's on the day (the measures allowed depend on them). The remediation is followed as a task: its
     * deadline and the day the remediation was verified are the task's ({@code remediationTaskId}).
     *
     * @param proposed what the team proposed; {@code decided} what was decided, by decision number and date
     *                 for a disciplinary measure
     */
    public record Violation(Long id, Long staffId, String fullName, StaffCategory category, boolean leader,
                            Long unitId, String unitName, Long itemId, String content, String description,
                            Severity severity, String explanation, DisciplineMeasure proposed,
                            DisciplineMeasure decided, String decisionNumber, LocalDate decisionDate,
                            LocalDate remediationDeadline, LocalDate remediatedOn, Long remediationTaskId) {

        /** Who: the person's name, or the unit's for a violation of the unit as a whole. */
        public String who() {
            return fullName != null ? fullName : unitName;
        }
    }

    /**
     * What a form (or the demo) supplies; {@code id} null for a new inspection.
     *
     * @param copies null: {@link #DEFAULT_COPIES}
     */
    public record Draft(Long id, InspectionKind kind, String title, String decisionNumber, LocalDate decisionDate,
                        LocalDate startsOn, LocalDate endsOn, Long leaderId, String findings, String conclusion,
                        Long noticeSignerId, List<Member> members, List<Long> unitIds, List<Long> personIds,
                        List<Check> checks, List<Violation> violations, LocalTime startTime, LocalTime endTime,
                        String place, Integer copies) {
        public Draft {
            members = members == null ? List.of() : List.copyOf(members);
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
            checks = checks == null ? List.of() : List.copyOf(checks);
            violations = violations == null ? List.of() : List.copyOf(violations);
        }

        /** A draft without hours and place, in the default number of copies. */
        public Draft(Long id, InspectionKind kind, String title, String decisionNumber, LocalDate decisionDate,
                     LocalDate startsOn, LocalDate endsOn, Long leaderId, String findings, String conclusion,
                     Long noticeSignerId, List<Member> members, List<Long> unitIds, List<Long> personIds,
                     List<Check> checks, List<Violation> violations) {
            this(id, kind, title, decisionNumber, decisionDate, startsOn, endsOn, leaderId, findings, conclusion,
                    noticeSignerId, members, unitIds, personIds, checks, violations, null, null, null, null);
        }
    }
}
