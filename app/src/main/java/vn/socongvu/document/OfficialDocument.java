package vn.socongvu.document;

import java.time.LocalDate;
import java.util.List;

import vn.socongvu.settings.CommuneIdentity;

/**
 * What an official document says, laid out by the writers per Nghị định 30/2020 Phụ lục I.
 *
 * @param number       the full number ("06/KH-UBND"), or null for a draft numbered by hand ("Số:    /KH-UBND")
 * @param date         the date after the place name; null leaves "ngày … tháng … năm …" blank to fill by hand
 * @param title        the trích yếu (for a BIÊN BẢN: the meeting's name)
 * @param legalBases   the "Căn cứ …" lines, printed in italic, each ending ";" and the last "."
 * @param recipients   "Nơi nhận" lines, the last one usually "Lưu: VT, …"; empty when there is none
 * @param leftSignature a second signature at the bottom left (minutes: THƯ KÝ); the recipients then come under it
 */
public record OfficialDocument(DocumentKind kind, String issuerCode, String number, LocalDate date,
                               Issuer issuer, String title, List<String> legalBases, List<Block> body,
                               List<String> recipients, Signature signature, Signature leftSignature) {

    /** The header's identity: superior body (may be empty), issuing body (lines), place name. */
    public record Issuer(String superiorBody, String issuingBody, String placeName) {
        public static Issuer of(CommuneIdentity id) {
            return new Issuer(id.superiorBody(), id.issuingBody(), id.placeName());
        }
    }

    public OfficialDocument {
        legalBases = List.copyOf(legalBases);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    /** "Số: 06/KH-UBND", or "Số:      /KH-UBND" for a draft. */
    public String numberLine() {
        return number != null ? number : "     " + kind.blankNumber(issuerCode);
    }
}
