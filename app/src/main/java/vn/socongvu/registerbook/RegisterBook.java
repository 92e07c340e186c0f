package vn.socongvu.registerbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The Sổ đăng ký văn bản đi printed: for a year and one type (or all), each number given in the register with its
 * date, trích yếu, who signed it, where it was sent and how many copies — as a list under the committee's header
 * (Word) and as a workbook (Excel). What the register and its record do not hold is left empty, never guessed.
 */
public final class RegisterBook {
    private RegisterBook() {
    }

    /**
     * One number of the register with what its paper says.
     *
     * @param signer     who signed the paper (null: not known)
     * @param recipients the paper's Nơi nhận, one per entry, without the dash and the end punctuation
     * @param copies     how many copies were issued (null: not kept)
     */
    public record Line(DocumentRegister.Entry entry, String signer, List<String> recipients, Integer copies) {
        public Line {
            recipients = List.copyOf(recipients);
        }

        String recipientsText() {
            return String.join("; ", recipients);
        }
    }

    /** "Văn bản đi đăng ký năm 2026 – tất cả các loại", "… – Kế hoạch (KH)". */
    public static String title(int year, DocumentKind kind) {
        return Messages.get("registerBook.title", Integer.toString(year), scope(kind));
    }

    /** The type's name as the choice shows it ("Kế hoạch (KH)"), or "tất cả các loại". */
    public static String scope(DocumentKind kind) {
        if (kind == null) {
            return Messages.get("registerBook.allKinds");
        }
        String name = Messages.get(kind.labelKey());
        name = name.substring(0, 1) + name.substring(1).toLowerCase(Messages.VI);
        return kind.code().isEmpty() ? name : name + " (" + kind.code() + ")";
    }

    /** The book as a list (DANH SÁCH, no number) dated {@code today}. */
    public static OfficialDocument document(CommuneIdentity identity, int year, DocumentKind kind, List<Line> lines,
                                            LocalDate today) {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(List.of(l.entry().symbol(), l.entry().date() == null ? "" : VnFormat.date(l.entry().date()),
                    l.entry().title(), l.signer() == null ? "" : l.signer(), l.recipientsText(),
                    l.copies() == null ? "" : Integer.toString(l.copies())));
        }
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(Messages.get(lines.isEmpty() ? "registerBook.none" : "registerBook.count",
                Integer.toString(lines.size()), Integer.toString(year), DocumentText.lowerFirst(scope(kind)))));
        if (!lines.isEmpty()) {
            body.add(new Block.Table(List.of(Block.Column.text(Messages.get("registerBook.column.number"), 19),
                    Block.Column.number(Messages.get("registerBook.column.date"), 16),
                    Block.Column.text(Messages.get("registerBook.column.title"), 26),
                    Block.Column.text(Messages.get("registerBook.column.signer"), 14),
                    Block.Column.text(Messages.get("registerBook.column.recipients"), 20),
                    Block.Column.number(Messages.get("registerBook.column.copies"), 5)), rows, false));
        }
        return new OfficialDocument(DocumentKind.DANH_SACH, DocumentRegister.ISSUER_CODE, null, today,
                OfficialDocument.Issuer.of(identity), title(year, kind), List.of(), body, List.of(), null, null);
    }

    /** The book as a workbook: one sheet, the same columns, dates as dates. */
    public static Spreadsheet workbook(CommuneIdentity identity, int year, DocumentKind kind, List<Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Line l : lines) {
            List<Object> r = new ArrayList<>();
            r.add(n++);
            r.add(l.entry().symbol());
            r.add(l.entry().date());
            r.add(l.entry().title());
            r.add(l.signer());
            r.add(l.recipientsText());
            r.add(l.copies());
            rows.add(r);
        }
        return new Spreadsheet(OfficialDocument.Issuer.of(identity), List.of(new Spreadsheet.Sheet(
                Messages.get("registerBook.sheet"), Messages.get("registerBook.sheetTitle"), title(year, kind),
                List.of(Spreadsheet.Column.ordinal(),
                        Spreadsheet.Column.text(Messages.get("registerBook.column.number"), 14),
                        new Spreadsheet.Column(Messages.get("registerBook.column.date"), Spreadsheet.Kind.DATE, 12, false),
                        Spreadsheet.Column.text(Messages.get("registerBook.column.title"), 60),
                        Spreadsheet.Column.text(Messages.get("registerBook.column.signer"), 22),
                        Spreadsheet.Column.text(Messages.get("registerBook.column.recipients"), 40),
                        new Spreadsheet.Column(Messages.get("registerBook.column.copies"), Spreadsheet.Kind.INTEGER, 10,
                                false)),
                rows, null)));
    }

    /** "so-dang-ky-van-ban-di-2026-tat-ca", "so-dang-ky-van-ban-di-2026-kh". */
    public static String fileBase(int year, DocumentKind kind) {
        return "so-dang-ky-van-ban-di-" + year + "-" + (kind == null ? "tat-ca" : kind.code().isEmpty() ? "cv"
                : VnText.slug(kind.code(), 4));
    }
}
