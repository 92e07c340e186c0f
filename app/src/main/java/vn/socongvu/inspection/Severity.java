package vn.socongvu.inspection;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** How serious a violation is: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng. */
public enum Severity implements Labeled {
    MINOR("inspection.severity.minor"),
    SERIOUS("inspection.severity.serious"),
    VERY_SERIOUS("inspection.severity.verySerious");

    private final String labelKey;

    Severity(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #MINOR} for a name no constant has (see StoredValues). */
    public static Severity stored(String name) {
        return StoredValues.of(Severity.class, name, MINOR);
    }
}
