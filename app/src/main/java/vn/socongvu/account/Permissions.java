package vn.socongvu.account;

import static vn.socongvu.storage.jooq.Tables.TASK;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.util.Set;
import java.util.function.Supplier;

import org.jooq.DSLContext;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.WriteGuard;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.i18n.Messages;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.PlanService;
import vn.socongvu.task.TaskService;

/**
 * The roles' rules, enforced in one place for every write: each write leaves audit rows, and {@code AuditLog} asks
 * this guard before each one, so a change the role does not allow is refused and its transaction undone, whichever
 * screen or command made it. What a role may do (docs/accounts.md):
 * <ul>
 *   <li>văn thư: everything;</li>
 *   <li>lãnh đạo: issue plans (their number, date and state), take document numbers — a meeting's papers and the
 *       week's schedule included —, enter the evaluation's inputs (a task's weight and marks, a person's criteria
 *       and legal cases);</li>
 *   <li>đơn vị: record the progress and completion (or undo it) of the tasks its unit leads.</li>
 * </ul>
 */
public final class Permissions implements WriteGuard {
    /** A plan's fields that issuing it (or its expiry) changes. */
    private static final Set<String> ISSUE_FIELDS = Set.of("plan.field.number", "plan.field.issuedOn",
            "plan.field.status");
    /** A meeting's fields that numbering its papers changes: the minutes, the invitation, the notice of conclusions. */
    private static final Set<String> PAPER_FIELDS = Set.of("meeting.field.number", "meeting.field.invitationNumber",
            "meeting.field.conclusionNoticeNumber");
    /** A task's fields its lead unit reports: progress, completion and its result. */
    private static final Set<String> REPORT_FIELDS = Set.of("task.field.progress", "task.field.completedOn",
            "task.field.result");
    private static final String EVALUATION_FIELD = "evaluation.field.";
    private final Supplier<CurrentUser> user;

    public Permissions(Supplier<CurrentUser> user) {
        this.user = user;
    }

    @Override
    public void check(DSLContext tx, String entity, Long entityId, AuditAction action, String field) {
        CurrentUser u = user.get();
        switch (u.role()) {
            case VAN_THU -> { }
            case LANH_DAO -> {
                if (!leaderMay(entity, action, field)) {
                    throw new AccessDenied("account.denied.role", u.fullName(), u.role().label(),
                            Messages.get("account.may.lanhDao"));
                }
            }
            case DON_VI -> checkUnit(tx, u, entity, entityId, action, field);
        }
    }

    /**
     * What the server's refusal of a write means to {@code u} (the rights of its role's group: docs/accounts.md): the
     * role's message, as {@link #check} gives it; null for a văn thư, whose refusals are the server's own.
     */
    public static AccessDenied refusal(CurrentUser u) {
        return switch (u.role()) {
            case VAN_THU -> null;
            case LANH_DAO -> new AccessDenied("account.denied.role", u.fullName(), u.role().label(),
                    Messages.get("account.may.lanhDao"));
            case DON_VI -> new AccessDenied("account.denied.role", u.fullName(), u.role().label(),
                    Messages.get("account.may.donVi"));
        };
    }

    private static boolean leaderMay(String entity, AuditAction action, String field) {
        if (entity.equals(PlanService.ENTITY)) {
            return action == AuditAction.UPDATE && ISSUE_FIELDS.contains(field);
        }
        if (entity.equals(DocumentRegister.ENTITY) || entity.equals(MeetingPapers.WEEKLY_ENTITY)) {
            return action == AuditAction.CREATE;
        }
        if (entity.equals(MeetingService.ENTITY)) {
            return action == AuditAction.UPDATE && PAPER_FIELDS.contains(field);
        }
        if (entity.equals(TaskService.ENTITY)) {
            return field != null && field.startsWith(EVALUATION_FIELD);
        }
        // A person's criteria of a period and legal cases of a year ("evaluation/<period>"); not the settings.
        return entity.startsWith(EvaluationService.ENTITY + "/");
    }

    private static void checkUnit(DSLContext tx, CurrentUser u, String entity, Long entityId, AuditAction action,
                                  String field) {
        if (!entity.equals(TaskService.ENTITY) || action != AuditAction.UPDATE || entityId == null
                || !REPORT_FIELDS.contains(field)) {
            throw new AccessDenied("account.denied.role", u.fullName(), u.role().label(),
                    Messages.get("account.may.donVi"));
        }
        Long lead = tx.select(TASK.LEAD_UNIT_ID).from(TASK).where(TASK.ID.eq(entityId)).fetchOne(TASK.LEAD_UNIT_ID);
        if (!u.reportsOn(lead)) {
            String unit = tx.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(u.unitId())).fetchOne(UNIT.NAME);
            throw new AccessDenied("account.denied.otherUnit", unit == null ? "" : unit, u.fullName());
        }
    }
}
