package vn.socongvu.ui.shell;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;

import vn.socongvu.account.CurrentUser;
import vn.socongvu.account.Role;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.DialogService;

/**
 * What a screen offers an account that may not change it: its buttons that write (by their ids: save, new, delete,
 * add, remove, move, issue, number, import, restore …) disabled as the screen is shown, and any such button made
 * later (a tab opened, a form changed) answered with what the role may do instead of acting. The rules themselves
 * are the core's ({@code account.Permissions}), which refuses any write a role may not make, whatever the screen;
 * this only keeps the screens from offering it.
 */
final class RoleScreens {
    /** The ids of buttons that change the data. */
    private static final Pattern WRITES = Pattern.compile(".*-(new|new-group|save|delete|remove|add|add-guest|up|down"
            + "|import|expire|issue|restore|purge|empty|assign|link|unlink|invite|leaders|toggle|toggle-active|enter"
            + "|cancel|pause|resume|complete|reopen|register|invitation|conclusion-notice|paper-decision|paper-report"
            + "|give-number|recompute|take-previous|defaults|quality|exempt-delay|exempt-quality|weight|encrypt"
            + "|stop-encrypting|now)$");
    /** What each role may still do, by section: the ids of the buttons it keeps. */
    private static final Map<Role, Map<String, Set<String>>> ALLOWED = Map.of(
            Role.LANH_DAO, Map.of(
                    "plans", Set.of("plan-issue", "plan-expire"),
                    // the number-giving buttons: the minutes' number, the invitation's and notice's dialogs
                    "meetings", Set.of("meeting-register", "meeting-invitation", "meeting-conclusion-notice"),
                    "evaluation", Set.of("*")),
            Role.DON_VI, Map.of(
                    "tasks", Set.of("progress-save", "task-complete", "task-reopen")));

    private RoleScreens() {
    }

    /** Whether {@code user} may press the button {@code id} in the section {@code slug}. */
    static boolean may(CurrentUser user, String slug, String id) {
        if (user.editsEverything() || id == null || !WRITES.matcher(id).matches()) {
            return true;
        }
        Set<String> kept = ALLOWED.getOrDefault(user.role(), Map.of()).getOrDefault(slug, Set.of());
        return kept.contains("*") || kept.contains(id);
    }

    /**
     * Disables the screen's writing buttons — those shown now, and after each layout those shown since (a tab's
     * content, a form changed) — and refuses any pressed all the same, saying what the role may do.
     */
    static void restrict(Parent screen, String slug, CurrentUser user, DialogService dialogs) {
        if (user.editsEverything()) {
            return;
        }
        disableWrites(screen, slug, user);
        screen.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                disableWrites(screen, slug, user);
            }
        });
        screen.addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof ButtonBase b && !may(user, slug, b.getId())) {
                e.consume();
                dialogs.error(Messages.get("account.denied.role", user.fullName(), user.role().label(),
                        Messages.get(user.role() == Role.DON_VI ? "account.may.donVi" : "account.may.lanhDao")));
            }
        });
    }

    private static void disableWrites(Parent screen, String slug, CurrentUser user) {
        for (Node n : screen.lookupAll(".button")) {
            if (n instanceof ButtonBase b && !b.isDisabled() && !may(user, slug, b.getId())) {
                b.disableProperty().unbind();
                b.setDisable(true);
            }
        }
    }
}
