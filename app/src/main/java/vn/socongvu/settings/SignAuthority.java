package vn.socongvu.settings;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/**
 * How a signer signs for the committee: TM. (the chairman, "TM. ỦY BAN NHÂN DÂN"), KT. (a vice-chairman,
 * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"), or in their own name.
 */
public enum SignAuthority implements Labeled {
    TM("signer.authority.tm"),
    KT("signer.authority.kt"),
    NONE("signer.authority.none");

    private final String labelKey;

    SignAuthority(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #NONE} for a name no constant has (see StoredValues). */
    public static SignAuthority stored(String name) {
        return StoredValues.of(SignAuthority.class, name, NONE);
    }
}
