package vn.socongvu.report;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.REPORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;

/** Reads and writes the report table. */
final class ReportRepository {

    Optional<Report> find(DSLContext dsl, ReportPeriod p) {
        return select(dsl).where(REPORT.KIND.eq(p.kind().name())).and(REPORT.REPORT_YEAR.eq(p.year()))
                .and(REPORT.QUARTER.eq(p.quarter())).fetchOptional(ReportRepository::toReport);
    }

    Optional<Report> find(DSLContext dsl, long id) {
        return select(dsl).where(REPORT.ID.eq(id)).fetchOptional(ReportRepository::toReport);
    }

    /** The saved report whose window ended last before {@code to}, with something written in it. */
    Optional<Report> previous(DSLContext dsl, LocalDate to) {
        Condition written = DSL.or(Stream.of(ReportPart.values()).map(p -> column(p).isNotNull()).toList());
        return select(dsl).where(REPORT.WINDOW_TO.lt(to)).and(written)
                .orderBy(REPORT.WINDOW_TO.desc(), REPORT.WINDOW_FROM.asc()).limit(1)
                .fetchOptional(ReportRepository::toReport);
    }

    /** The column that keeps a part of the text. */
    static Field<String> column(ReportPart p) {
        return switch (p) {
            case COMMUNICATION -> REPORT.COMMUNICATION;
            case INSTITUTIONS -> REPORT.INSTITUTIONS;
            case PROCEDURES -> REPORT.PROCEDURES;
            case ORGANISATION -> REPORT.ORGANISATION;
            case CIVIL_SERVICE -> REPORT.CIVIL_SERVICE;
            case PUBLIC_FINANCE -> REPORT.PUBLIC_FINANCE;
            case DIGITAL_GOVERNMENT -> REPORT.DIGITAL_GOVERNMENT;
            case HIGHLIGHTS -> REPORT.HIGHLIGHTS;
            case SHORTCOMINGS -> REPORT.SHORTCOMINGS;
            case NEXT_TASKS -> REPORT.NEXT_TASKS;
            case RECOMMENDATIONS -> REPORT.RECOMMENDATIONS;
        };
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(REPORT.fields()).select(DOCUMENT_NUMBER.DOC_NUMBER, DOCUMENT_NUMBER.DOC_DATE).from(REPORT)
                .leftJoin(DOCUMENT_NUMBER).on(DOCUMENT_NUMBER.ID.eq(REPORT.REGISTER_ID));
    }

    long insert(DSLContext tx, Report.Draft d, ReportPeriod.Window w) {
        return tx.insertInto(REPORT).set(REPORT.KIND, d.period().kind().name()).set(REPORT.REPORT_YEAR, d.period().year())
                .set(REPORT.QUARTER, d.period().quarter()).set(REPORT.WINDOW_FROM, w.from()).set(REPORT.WINDOW_TO, w.to())
                .set(REPORT.CREATED_AT, LocalDateTime.now())
                .set(values(tx, d))
                .returning(REPORT.ID).fetchOne(REPORT.ID);
    }

    void update(DSLContext tx, long id, Report.Draft d) {
        tx.update(REPORT).set(values(tx, d)).where(REPORT.ID.eq(id)).execute();
    }

    /** The window stays as it was when the report was made, unless its figures still follow the records. */
    void updateWindow(DSLContext tx, long id, ReportPeriod.Window w) {
        tx.update(REPORT).set(REPORT.WINDOW_FROM, w.from()).set(REPORT.WINDOW_TO, w.to()).where(REPORT.ID.eq(id))
                .and(REPORT.FIGURES.isNull()).execute();
    }

    private static Map<Field<?>, Object> values(DSLContext tx, Report.Draft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        Report.Narrative n = d.narrative();
        for (ReportPart p : ReportPart.values()) {
            m.put(column(p), blankToNull(n.text(p)));
        }
        Tthc t = d.tthc();
        m.put(REPORT.TTHC_ONLINE, t.receivedOnline());
        m.put(REPORT.TTHC_IN_PERSON, t.receivedInPerson());
        m.put(REPORT.TTHC_EARLY, t.resolvedEarly());
        m.put(REPORT.TTHC_ON_TIME, t.resolvedOnTime());
        m.put(REPORT.TTHC_LATE, t.resolvedLate());
        m.put(REPORT.TTHC_PENDING, t.pending());
        m.put(REPORT.TTHC_SATISFACTION, t.satisfaction() == null ? null : BigDecimal.valueOf(t.satisfaction()));
        m.put(REPORT.SIGNER_ID, d.signerId());
        return m;
    }

    void freeze(DSLContext tx, long id, ReportFigures f, LocalDate asOf) {
        tx.update(REPORT).set(REPORT.FIGURES, FiguresJson.write(f)).set(REPORT.FIGURES_AS_OF, asOf)
                .set(REPORT.FROZEN_AT, LocalDateTime.now()).where(REPORT.ID.eq(id)).execute();
    }

    void setRegister(DSLContext tx, long id, long registerId) {
        tx.update(REPORT).set(REPORT.REGISTER_ID, registerId).where(REPORT.ID.eq(id)).execute();
    }

    void exported(DSLContext tx, long id, String docx, String xlsx) {
        tx.update(REPORT).set(REPORT.DOCX_FILE, docx).set(REPORT.XLSX_FILE, xlsx)
                .set(REPORT.EXPORTED_AT, LocalDateTime.now()).where(REPORT.ID.eq(id)).execute();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The frozen figures; none (the report follows the records again) when they cannot be read — a data import
     * refuses such figures, so only a database from elsewhere can hold them — rather than stopping the screen.
     */
    private static ReportFigures frozen(long reportId, String json) {
        if (json == null) {
            return null;
        }
        try {
            return FiguresJson.read(json);
        } catch (IllegalStateException e) {
            System.getLogger(ReportRepository.class.getName()).log(System.Logger.Level.WARNING,
                    "The frozen figures of report {0} are unreadable; the report follows the records", reportId);
            return null;
        }
    }

    private static Report.Narrative narrative(Record r) {
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        for (ReportPart p : ReportPart.values()) {
            parts.put(p, orEmpty(r.get(column(p))));
        }
        return new Report.Narrative(parts);
    }

    private static Report toReport(Record r) {
        ReportPeriod p = new ReportPeriod(ReportKind.valueOf(r.get(REPORT.KIND)), r.get(REPORT.REPORT_YEAR),
                r.get(REPORT.QUARTER));
        BigDecimal sat = r.get(REPORT.TTHC_SATISFACTION);
        Integer number = r.get(DOCUMENT_NUMBER.DOC_NUMBER);
        String figures = r.get(REPORT.FIGURES);
        return new Report(r.get(REPORT.ID), p, new ReportPeriod.Window(r.get(REPORT.WINDOW_FROM), r.get(REPORT.WINDOW_TO)),
                narrative(r),
                new Tthc(r.get(REPORT.TTHC_ONLINE), r.get(REPORT.TTHC_IN_PERSON), r.get(REPORT.TTHC_EARLY),
                        r.get(REPORT.TTHC_ON_TIME), r.get(REPORT.TTHC_LATE), r.get(REPORT.TTHC_PENDING),
                        sat == null ? null : sat.doubleValue()),
                r.get(REPORT.SIGNER_ID),
                number == null ? null : DocumentKind.BAO_CAO.formatNumber(number, DocumentRegister.ISSUER_CODE),
                r.get(DOCUMENT_NUMBER.DOC_DATE), frozen(r.get(REPORT.ID), figures),
                r.get(REPORT.FIGURES_AS_OF), r.get(REPORT.FROZEN_AT), r.get(REPORT.DOCX_FILE), r.get(REPORT.XLSX_FILE),
                r.get(REPORT.EXPORTED_AT));
    }
}
