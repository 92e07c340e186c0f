package vn.socongvu.directory;

import java.util.List;

/** The units most communes have since the 2025 reorganisation (DOMAIN.md). */
public final class TypicalUnits {
    private TypicalUnits() {
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
