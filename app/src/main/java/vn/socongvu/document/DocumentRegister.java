package vn.socongvu.document;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.Database;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The register of document numbers: per year and type, numbers start at 1, the next one is proposed,
 * and a number already given is refused.
 */
public final class DocumentRegister {
    public static final String ENTITY = "document_number";
    /** The issuer's code after the type code ("KH-UBND"). */
    public static final String ISSUER_CODE = "UBND";

    private final Database db;
    private final AuditLog audit;

    public DocumentRegister(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public record Entry(long id, int year, DocumentKind kind, int number, String title, LocalDate date) {
        /** "06/KH-UBND". */
        public String symbol() {
            return kind.formatNumber(number, ISSUER_CODE);
        }
    }

    /**
     * What to tell the clerk while typing {@code typed} as this kind's number in {@code year}: that it is already
     * given (to which document) and the next free one; empty when it is free, or not a number yet (the save
     * says what is wrong with it).
     */
    public Optional<String> numberWarning(int year, DocumentKind kind, String typed) {
        int n;
        try {
            n = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n <= 0) {
            return Optional.empty();
        }
        DSLContext dsl = db.dsl();
        return find(dsl, year, kind, n).map(e -> Messages.get("document.warning.numberUsed", e.symbol(),
                Integer.toString(year), e.title(), proposeNext(dsl, year, kind)));
    }

    /** The number to propose for the next document of this kind and year: one more than the highest. */
    public int proposeNext(int year, DocumentKind kind) {
        return proposeNext(db.dsl(), year, kind);
    }

    private static int proposeNext(DSLContext tx, int year, DocumentKind kind) {
        Integer max = tx.select(DSL.max(DOCUMENT_NUMBER.DOC_NUMBER)).from(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.DOC_YEAR.eq(year)).and(DOCUMENT_NUMBER.KIND.eq(kind.code()))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Gives {@code number} to a document; the year is the document date's (or {@code year} for an
     * undated draft). Alone, its own transaction; inside a caller's (a plan issued together with its number), part
     * of it. @throws ValidationException if the number is not positive or already given
     */
    public Entry register(int year, DocumentKind kind, int number, String title, LocalDate date) {
        String t = VnText.clean(title);
        int y = date != null ? date.getYear() : year;
        new Validator()
                .check(number > 0, "number", "document.error.numberPositive")
                .required("title", t, "document.error.titleRequired")
                .maxLength("title", t, 1000)
                .throwIfAny();
        try {
            return db.tx(tx -> {
                Optional<Entry> taken = find(tx, y, kind, number);
                if (taken.isPresent()) {
                    throw ValidationException.of("number", "document.error.duplicateNumber",
                            taken.get().symbol(), Integer.toString(y), taken.get().title(), proposeNext(tx, y, kind));
                }
                long id = tx.insertInto(DOCUMENT_NUMBER)
                        .set(DOCUMENT_NUMBER.DOC_YEAR, y)
                        .set(DOCUMENT_NUMBER.KIND, kind.code())
                        .set(DOCUMENT_NUMBER.DOC_NUMBER, number)
                        .set(DOCUMENT_NUMBER.TITLE, t)
                        .set(DOCUMENT_NUMBER.DOC_DATE, date)
                        .set(DOCUMENT_NUMBER.CREATED_AT, LocalDateTime.now())
                        .returning(DOCUMENT_NUMBER.ID).fetchOne(DOCUMENT_NUMBER.ID);
                Entry e = new Entry(id, y, kind, number, t, date);
                audit.recordChanges(tx, ENTITY, id, AuditAction.CREATE, Map.of(), auditFields(e));
                return e;
            });
        } catch (IntegrityConstraintViolationException e) {
            // Someone registered the same number between the check and the insert.
            throw ValidationException.of("number", "document.error.duplicateNumber",
                    kind.formatNumber(number, ISSUER_CODE), Integer.toString(y), "", proposeNext(y, kind));
        }
    }

    /** The register entry with this id, if any. */
    public Optional<Entry> entry(long id) {
        return db.dsl().selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.ID.eq(id))
                .fetchOptional(r -> new Entry(r.getId(), r.getDocYear(), DocumentKind.byCodeOrCongVan(r.getKind()),
                        r.getDocNumber(), r.getTitle(), r.getDocDate()));
    }

    public List<Entry> entries(int year, DocumentKind kind) {
        return db.dsl().selectFrom(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.DOC_YEAR.eq(year)).and(DOCUMENT_NUMBER.KIND.eq(kind.code()))
                .orderBy(DOCUMENT_NUMBER.DOC_NUMBER)
                .fetch(r -> new Entry(r.getId(), r.getDocYear(), kind, r.getDocNumber(), r.getTitle(), r.getDocDate()));
    }

    /** Every number given in {@code year}, all types, in the order they were given (date, then registration). */
    public List<Entry> entries(int year) {
        return db.dsl().selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.DOC_YEAR.eq(year))
                .orderBy(DOCUMENT_NUMBER.DOC_DATE.asc().nullsLast(), DOCUMENT_NUMBER.ID)
                .fetch(r -> new Entry(r.getId(), r.getDocYear(), DocumentKind.byCodeOrCongVan(r.getKind()),
                        r.getDocNumber(), r.getTitle(), r.getDocDate()));
    }

    /** The years with a number in the register, newest first. */
    public List<Integer> years() {
        return db.dsl().selectDistinct(DOCUMENT_NUMBER.DOC_YEAR).from(DOCUMENT_NUMBER)
                .orderBy(DOCUMENT_NUMBER.DOC_YEAR.desc()).fetch(DOCUMENT_NUMBER.DOC_YEAR);
    }

    private static Optional<Entry> find(DSLContext tx, int year, DocumentKind kind, int number) {
        return tx.selectFrom(DOCUMENT_NUMBER)
                .where(DOCUMENT_NUMBER.DOC_YEAR.eq(year)).and(DOCUMENT_NUMBER.KIND.eq(kind.code()))
                .and(DOCUMENT_NUMBER.DOC_NUMBER.eq(number))
                .fetchOptional(r -> new Entry(r.getId(), r.getDocYear(), kind, r.getDocNumber(), r.getTitle(),
                        r.getDocDate()));
    }

    private static Map<String, String> auditFields(Entry e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("document.field.number", e.symbol());
        m.put("document.field.title", e.title());
        m.put("document.field.date", VnFormat.date(e.date()));
        return m;
    }
}
