package vn.socongvu.demo;

import java.util.Random;

import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.UnitKind;

/**
 * The posts of the demo commune's units, each with the category its holder has: the office and the two
 * departments are công chức (a driver or a guard under a labour contract); the one-stop centre is staffed by công
 * chức, the service centre (a public service unit) by viên chức; the Ban Chỉ huy Quân sự's commander, deputy and
 * assistant are công chức (Luật Dân quân tự vệ as amended in 2025); the Front and the mass organisations are led by
 * cán bộ; a hamlet's head is not on the payroll. Công an xã has no post here: its officers belong to the Công an
 * nhân dân, not to the UBND's staff.
 */
final class DemoStaffing {
    private static final Post[] OFFICE = {
        new Post("Phó Chánh Văn phòng", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Văn thư – Lưu trữ", StaffCategory.CONG_CHUC, null),
        new Post("Kế toán", StaffCategory.CONG_CHUC, null),
        new Post("Nhân viên lái xe", StaffCategory.NGUOI_LAO_DONG, false),
        new Post("Nhân viên bảo vệ", StaffCategory.NGUOI_LAO_DONG, false)};
    private static final Post[] ECONOMY = {
        new Post("Phó Trưởng phòng", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên địa chính", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên tài chính – kế hoạch", StaffCategory.CONG_CHUC, null)};
    private static final Post[] SOCIAL = {
        new Post("Phó Trưởng phòng", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên nội vụ", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên văn hóa – thông tin", StaffCategory.CONG_CHUC, null)};
    private static final Post[] ONE_STOP = {
        new Post("Phó Giám đốc", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Chuyên viên", StaffCategory.CONG_CHUC, null),
        new Post("Nhân viên hỗ trợ dịch vụ công trực tuyến", StaffCategory.NGUOI_LAO_DONG, null)};
    private static final Post[] SERVICES = {
        new Post("Phó Giám đốc", StaffCategory.VIEN_CHUC, null),
        new Post("Kỹ sư nông nghiệp", StaffCategory.VIEN_CHUC, null),
        new Post("Kỹ thuật viên", StaffCategory.VIEN_CHUC, null),
        new Post("Kế toán viên", StaffCategory.VIEN_CHUC, null),
        new Post("Nhân viên", StaffCategory.NGUOI_LAO_DONG, null)};
    private static final Post[] MILITARY = {
        new Post("Phó Chỉ huy trưởng", StaffCategory.CONG_CHUC, false),
        new Post("Trợ lý", StaffCategory.CONG_CHUC, false)};
    private static final Post[] FRONT = {new Post("Phó Chủ tịch", StaffCategory.CAN_BO, null)};
    private static final Post[] HAMLET = {
        new Post("Phó Trưởng xóm", StaffCategory.NGUOI_LAO_DONG, null),
        new Post("Tổ trưởng Tổ bảo vệ an ninh, trật tự", StaffCategory.NGUOI_LAO_DONG, false)};

    private DemoStaffing() {
    }

    /** A post: its title, its holder's category, and whether it is held by a woman (null: either). */
    record Post(String title, StaffCategory category, Boolean female) {
    }

    /** The head of a unit. */
    static Post head(String unitName, UnitKind kind) {
        return switch (kind) {
            case OFFICE -> new Post("Chánh Văn phòng", StaffCategory.CONG_CHUC, null);
            case DEPARTMENT -> new Post("Trưởng phòng", StaffCategory.CONG_CHUC, null);
            case CENTER -> new Post("Giám đốc", serviceUnit(unitName) ? StaffCategory.VIEN_CHUC : StaffCategory.CONG_CHUC,
                    null);
            case POLICE -> throw new IllegalArgumentException("Công an xã's officers are not the UBND's staff");
            case MILITARY -> new Post("Chỉ huy trưởng", StaffCategory.CONG_CHUC, false);
            case MASS_ORGANISATION -> unitName.startsWith("Hội Liên hiệp Phụ nữ") ? new Post("Chủ tịch", StaffCategory.CAN_BO,
                    true) : unitName.startsWith("Đoàn Thanh niên") ? new Post("Bí thư", StaffCategory.CAN_BO, null)
                    : new Post("Chủ tịch", StaffCategory.CAN_BO, veterans(unitName) ? Boolean.FALSE : null);
            case HAMLET -> new Post("Trưởng xóm", StaffCategory.NGUOI_LAO_DONG, null);
            case OTHER -> new Post("Trưởng đơn vị", StaffCategory.NGUOI_LAO_DONG, null);
        };
    }

    /** A member of a unit other than its head. */
    static Post member(String unitName, UnitKind kind, Random rnd) {
        Post[] posts = switch (kind) {
            case OFFICE -> OFFICE;
            case DEPARTMENT -> unitName.contains("Kinh tế") ? ECONOMY : SOCIAL;
            case CENTER -> serviceUnit(unitName) ? SERVICES : ONE_STOP;
            case POLICE -> throw new IllegalArgumentException("Công an xã's officers are not the UBND's staff");
            case MILITARY -> MILITARY;
            case MASS_ORGANISATION -> unitName.startsWith("Đoàn Thanh niên")
                    ? new Post[] {new Post("Phó Bí thư", StaffCategory.CAN_BO, null)} : FRONT;
            case HAMLET -> HAMLET;
            case OTHER -> new Post[] {new Post("Nhân viên", StaffCategory.NGUOI_LAO_DONG, null)};
        };
        return posts[rnd.nextInt(posts.length)];
    }

    private static boolean veterans(String unitName) {
        return unitName.startsWith("Hội Cựu chiến binh");
    }

    private static boolean serviceUnit(String unitName) {
        return unitName.contains("Dịch vụ");
    }
}
