package vn.socongvu.account;

import java.util.Optional;

/**
 * Who is working: on a server the signed-in account; on one PC (H2) the operating-system user, acting as văn thư
 * with no sign-in.
 * @param login the audit's actor: the account's login, or the operating-system user
 * @param account the account on a server; empty on one PC, and for the first login of a server with no account yet
 * @param onServer signed in to a shared database
 */
public record CurrentUser(String login, String fullName, Role role, Long unitId, Optional<Account> account,
                          boolean onServer) {
    public static CurrentUser local(String osUser) {
        return new CurrentUser(osUser, osUser, Role.VAN_THU, null, Optional.empty(), false);
    }

    public static CurrentUser of(Account a) {
        return new CurrentUser(a.login(), a.fullName(), a.role(), a.unitId(), Optional.of(a), true);
    }

    /**
     * The login that made or copied a server database which has no account yet: the văn thư, its account row
     * written with the first account it adds.
     */
    public static CurrentUser first(String login) {
        return new CurrentUser(login, login, Role.VAN_THU, null, Optional.empty(), true);
    }

    /** The operating-system user of this process. */
    public static String osUser() {
        return System.getProperty("user.name", "?");
    }

    /** Signed in to a shared database (on one PC nobody signs in). */
    public boolean signedIn() {
        return onServer;
    }

    /** May change everything (the directory, the settings, plans, meetings, inspections, reports, accounts). */
    public boolean editsEverything() {
        return role == Role.VAN_THU;
    }

    /** May issue plans and take document numbers. */
    public boolean issues() {
        return role != Role.DON_VI;
    }

    /** May enter the evaluation's inputs (weights, quality marks, exemptions, criteria, legal cases). */
    public boolean evaluates() {
        return role != Role.DON_VI;
    }

    /** May see the work of every unit ({@link Role#DON_VI}: only its own unit's). */
    public boolean readsEverything() {
        return role != Role.DON_VI;
    }

    /** May record the progress and completion of a task led by {@code leadUnitId}. */
    public boolean reportsOn(Long leadUnitId) {
        return role == Role.VAN_THU || role == Role.DON_VI && unitId != null && unitId.equals(leadUnitId);
    }
}
