package vn.socongvu.directory;

import java.util.List;

/** The units most communes have since the 2025 reorganisation (DOMAIN.md). */
public final class TypicalUnits {
    private TypicalUnits() {
    }

    /** The unit the chairman and vice-chairmen typed at setup belong to (always made at setup). */
    public static Unit.Draft leadership() {
        return new Unit.Draft(null, "Lãnh đạo HĐND và UBND xã", "Lãnh đạo xã", UnitKind.OFFICE, null, null);
    }

    /**
     * The chairman or a vice-chairman of the UBND as a person of the leadership unit: a cán bộ (an elected
     * post), a leader. @param unitId the leadership unit
     */
    public static Staff.Draft leader(String fullName, long unitId, boolean chairman) {
        return new Staff.Draft(null, fullName, unitId, chairman ? "Chủ tịch UBND xã" : "Phó Chủ tịch UBND xã",
                StaffCategory.CAN_BO, true, null, null);
    }

    public static List<Unit.Draft> drafts() {
        return List.of(
                new Unit.Draft(null, "Văn phòng HĐND và UBND", "VP HĐND-UBND", UnitKind.OFFICE, null, null),
                new Unit.Draft(null, "Phòng Kinh tế", "Phòng KT", UnitKind.DEPARTMENT, null, null),
                new Unit.Draft(null, "Phòng Văn hóa – Xã hội", "Phòng VH-XH", UnitKind.DEPARTMENT, null, null),
                new Unit.Draft(null, "Trung tâm Phục vụ hành chính công", "TT PVHCC", UnitKind.CENTER, null, null),
                new Unit.Draft(null, "Trung tâm Dịch vụ tổng hợp", "TT DVTH", UnitKind.CENTER, null, null),
                new Unit.Draft(null, "Công an xã", "CA xã", UnitKind.POLICE, null, null),
                new Unit.Draft(null, "Ban Chỉ huy Quân sự xã", "BCH QS", UnitKind.MILITARY, null, null),
                new Unit.Draft(null, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UB MTTQ", UnitKind.MASS_ORGANISATION,
                        null, null));
    }
}
