package vn.socongvu.document;

import vn.socongvu.common.Labeled;

/**
 * Kinds of official document (Nghị định 30/2020, Phụ lục III): each has its abbreviation in the
 * number ("06/KH-UBND") and the type name printed above the title. A công văn has neither.
 */
public enum DocumentKind implements Labeled {
    KE_HOACH("KH", "document.kind.keHoach"),
    BAO_CAO("BC", "document.kind.baoCao"),
    BIEN_BAN("BB", "document.kind.bienBan"),
    QUYET_DINH("QĐ", "document.kind.quyetDinh"),
    THONG_BAO("TB", "document.kind.thongBao"),
    /** An invitation to a meeting (schema 13). */
    GIAY_MOI("GM", "document.kind.giayMoi"),
    CONG_VAN("", "document.kind.congVan"),
    /** A list or table sent with the committee's header (danh sách, bảng phân công); not numbered. */
    DANH_SACH("", "document.kind.danhSach"),
    /**
     * The monitoring and evaluation sheet of one civil servant for a month or a quarter (Nghị định 335/2025,
     * mẫu số 01): a form filled and signed by the person and the assessor, kept in the evaluation file; not numbered.
     */
    PHIEU_DANH_GIA("", "document.kind.phieuDanhGia");

    private final String code;
    private final String labelKey;

    DocumentKind(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    /** The abbreviation in the number ("KH"); empty for a công văn. */
    public String code() {
        return code;
    }

    /** The type name printed above the title ("KẾ HOẠCH"). */
    @Override
    public String labelKey() {
        return labelKey;
    }

    public boolean hasTypeHeading() {
        return this != CONG_VAN;
    }

    /** Whether the header carries a "Số: …" line (a list sent as an attachment and a form filled have none). */
    public boolean numbered() {
        return this != DANH_SACH && this != PHIEU_DANH_GIA;
    }

    /** "06/KH-UBND"; a number below 10 gets a leading zero, a công văn has no type code ("125/UBND"). */
    public String formatNumber(int number, String issuerCode) {
        String n = number < 10 ? "0" + number : Integer.toString(number);
        return code.isEmpty() ? n + "/" + issuerCode : n + "/" + code + "-" + issuerCode;
    }

    /** The symbol with no number yet, for a draft numbered by hand: "/KH-UBND". */
    public String blankNumber(String issuerCode) {
        return code.isEmpty() ? "/" + issuerCode : "/" + code + "-" + issuerCode;
    }

    /**
     * The kind stored in the register: its code, or "" for a công văn. The schema accepts no other code (schema
     * 9); one met anyway reads as a công văn rather than stopping the screen or document that shows it.
     */
    public static DocumentKind byCodeOrCongVan(String code) {
        if (code == null || code.isEmpty()) {
            return CONG_VAN;
        }
        for (DocumentKind k : values()) {
            if (k.code.equalsIgnoreCase(code)) {
                return k;
            }
        }
        System.getLogger(DocumentKind.class.getName()).log(System.Logger.Level.WARNING,
                "Unknown document type code in the register; shown as a công văn");
        return CONG_VAN;
    }

    public static DocumentKind byCode(String code) {
        for (DocumentKind k : values()) {
            if (k.code.equalsIgnoreCase(code) && !k.code.isEmpty()) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind " + code);
    }
}
