package vn.socongvu.account;

import java.util.Objects;

/** Who is working on one open database: set once at sign-in (the tests set it to act as an account). */
public final class Session {
    private volatile CurrentUser current;

    public Session(CurrentUser current) {
        this.current = Objects.requireNonNull(current);
    }

    public CurrentUser current() {
        return current;
    }

    /** From now on the changes are {@code user}'s, checked against its role. */
    public void actAs(CurrentUser user) {
        this.current = Objects.requireNonNull(user);
    }
}
