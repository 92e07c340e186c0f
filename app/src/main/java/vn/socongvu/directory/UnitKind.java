package vn.socongvu.directory;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** What kind of body a unit is; orders the directory the way a commune lists its units. */
public enum UnitKind implements Labeled {
    OFFICE("unit.kind.office"),
    DEPARTMENT("unit.kind.department"),
    CENTER("unit.kind.center"),
    POLICE("unit.kind.police"),
    MILITARY("unit.kind.military"),
    MASS_ORGANISATION("unit.kind.massOrganisation"),
    HAMLET("unit.kind.hamlet"),
    OTHER("unit.kind.other");

    private final String labelKey;

    UnitKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #OTHER} for a name no constant has (see StoredValues). */
    public static UnitKind stored(String name) {
        return StoredValues.of(UnitKind.class, name, OTHER);
    }
}
