package vn.socongvu.directory;

import vn.socongvu.common.Labeled;
import vn.socongvu.common.StoredValues;

/** The four staff categories: cán bộ, công chức, viên chức, người lao động. */
public enum StaffCategory implements Labeled {
    CAN_BO("staff.category.canBo"),
    CONG_CHUC("staff.category.congChuc"),
    VIEN_CHUC("staff.category.vienChuc"),
    NGUOI_LAO_DONG("staff.category.nguoiLaoDong");

    private final String labelKey;

    StaffCategory(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The constant stored as {@code name}; {@link #CONG_CHUC} for a name no constant has (see StoredValues). */
    public static StaffCategory stored(String name) {
        return StoredValues.of(StaffCategory.class, name, CONG_CHUC);
    }
}
