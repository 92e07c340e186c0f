package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.socongvu.account.Account;
import vn.socongvu.account.CurrentUser;
import vn.socongvu.account.Role;

class RoleScreensTest {
    private static CurrentUser as(Role role) {
        return CurrentUser.of(new Account(1, "x", "Người thử", role, role == Role.DON_VI ? 7L : null, true,
                LocalDateTime.of(2026, 12, 4, 8, 0)));
    }

    @Test
    void theClerkMayPressEverything() {
        CurrentUser clerk = CurrentUser.local("vanthu");
        assertTrue(RoleScreens.may(clerk, "directory", "unit-save"));
        assertTrue(RoleScreens.may(clerk, "plans", "plan-remove"));
    }

    @Test
    void aLeaderIssuesPlansNumbersPapersAndEvaluatesAndOtherwiseReads() {
        CurrentUser leader = as(Role.LANH_DAO);
        assertTrue(RoleScreens.may(leader, "plans", "plan-issue"));
        assertTrue(RoleScreens.may(leader, "plans", "plan-preview"), "reading and previewing stay");
        assertFalse(RoleScreens.may(leader, "plans", "plan-save"));
        assertFalse(RoleScreens.may(leader, "plans", "plan-task-new"));
        assertTrue(RoleScreens.may(leader, "evaluation", "evaluation-weight"));
        assertFalse(RoleScreens.may(leader, "directory", "unit-new"));
        assertFalse(RoleScreens.may(leader, "settings", "holiday-save"));
        assertTrue(RoleScreens.may(leader, "meetings", "meeting-register"), "numbers the minutes");
        assertTrue(RoleScreens.may(leader, "meetings", "meeting-invitation"), "numbers the invitation");
        assertTrue(RoleScreens.may(leader, "meetings", "meeting-conclusion-notice"));
        assertFalse(RoleScreens.may(leader, "meetings", "meeting-save"));
        assertFalse(RoleScreens.may(leader, "meetings", "meeting-new"));
        assertFalse(RoleScreens.may(leader, "meetings", "meeting-delete"));
        assertFalse(RoleScreens.may(leader, "tasks", "task-complete"));
    }

    @Test
    void aUnitReportsProgressAndCompletionOnly() {
        CurrentUser unit = as(Role.DON_VI);
        assertTrue(RoleScreens.may(unit, "tasks", "progress-save"));
        assertTrue(RoleScreens.may(unit, "tasks", "task-complete"));
        assertTrue(RoleScreens.may(unit, "tasks", "task-reopen"));
        assertTrue(RoleScreens.may(unit, "tasks", "task-export-excel"), "exports read");
        assertFalse(RoleScreens.may(unit, "tasks", "task-save"));
        assertFalse(RoleScreens.may(unit, "tasks", "task-new"));
        assertFalse(RoleScreens.may(unit, "tasks", "task-pause"));
        assertFalse(RoleScreens.may(unit, "evaluation", "evaluation-weight"));
        assertFalse(RoleScreens.may(unit, "trash", "trash-restore"));
    }
}
