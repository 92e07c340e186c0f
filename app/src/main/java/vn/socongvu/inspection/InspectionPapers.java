package vn.socongvu.inspection;

import java.time.LocalDate;

/**
 * The two papers an inspection issues besides its record and notice: the QUYẾT ĐỊNH thành lập Đoàn kiểm tra and the
 * BÁO CÁO kết quả kiểm tra — what the clerk chose for each (who signs, the "Căn cứ" lines, the proposals; null:
 * the defaults) and, once numbered, its number and date from the register.
 */
public record InspectionPapers(long inspectionId, Paper decision, Paper report) {

    /**
     * One paper: {@code number} ("45/QĐ-UBND") and {@code date} once numbered (else null), the signer chosen, and the
     * text the clerk left (the decision's bases, one per line; the report's proposals).
     */
    public record Paper(Long registerId, String number, LocalDate date, Long signerId, String text) {
        public boolean numbered() {
            return registerId != null;
        }
    }

    /** Which of the two papers. */
    public enum Kind {
        /** QUYẾT ĐỊNH thành lập Đoàn kiểm tra (QĐ-UBND). */
        DECISION,
        /** BÁO CÁO kết quả kiểm tra công vụ (BC-UBND). */
        REPORT
    }

    public Paper paper(Kind k) {
        return k == Kind.DECISION ? decision : report;
    }
}
