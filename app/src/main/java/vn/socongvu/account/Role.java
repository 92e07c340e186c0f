package vn.socongvu.account;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** What an account may do (docs/accounts.md). */
public enum Role implements Labeled {
    /** The office's clerk: everything, the accounts included. */
    VAN_THU("account.role.vanThu"),
    /** A leader of the commune: reads everything, issues plans and numbers, evaluates. */
    LANH_DAO("account.role.lanhDao"),
    /** A unit: reads its unit's work, records the progress and completion of the tasks it leads. */
    DON_VI("account.role.donVi");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #DON_VI} (the narrowest) for a name no constant has. */
    public static Role stored(String name) {
        return StoredValues.of(Role.class, name, DON_VI);
    }
}
