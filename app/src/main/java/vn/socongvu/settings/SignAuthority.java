package vn.socongvu.settings;

import vn.socongvu.common.Labeled;

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
}
