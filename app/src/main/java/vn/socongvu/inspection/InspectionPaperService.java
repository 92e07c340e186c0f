package vn.socongvu.inspection;

import static vn.socongvu.storage.jooq.Tables.DOCUMENT_NUMBER;
import static vn.socongvu.storage.jooq.Tables.INSPECTION;
import static vn.socongvu.storage.jooq.Tables.PLAN;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.storage.Database;
import vn.socongvu.task.TaskService;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * The QUYẾT ĐỊNH thành lập Đoàn kiểm tra and the BÁO CÁO kết quả kiểm tra of an inspection: what the clerk chose for
 * each (signer, bases, proposals) kept with the inspection, the document for the preview, and its number in the
 * register — the decision's number and date then becoming the inspection's decision number and date. Each write is
 * one transaction with its audit row.
 */
public final class InspectionPaperService {
    /** The longest "Căn cứ" text and proposals kept (the columns' sizes). */
    static final int MAX_BASES = 4000;
    static final int MAX_PROPOSALS = 20000;

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final TaskService tasks;
    private final InspectionService inspections;

    /** What the clerk chooses for a paper before it is numbered: the signer, the day of issue, its text. */
    public record Choice(Long signerId, LocalDate date, String text) {
    }

    public InspectionPaperService(Database db, AuditLog audit, DirectoryService directory, SettingsService settings,
                                  DocumentRegister register, TaskService tasks, InspectionService inspections) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.settings = settings;
        this.register = register;
        this.tasks = tasks;
        this.inspections = inspections;
    }

    // ---- reading ----

    public InspectionPapers papers(long id) {
        return papers(db.dsl(), id);
    }

    private static InspectionPapers papers(DSLContext dsl, long id) {
        Record r = dsl.select(INSPECTION.DECISION_REGISTER_ID, INSPECTION.DECISION_SIGNER_ID, INSPECTION.DECISION_BASES,
                        INSPECTION.REPORT_REGISTER_ID, INSPECTION.REPORT_SIGNER_ID, INSPECTION.REPORT_PROPOSALS)
                .from(INSPECTION).where(INSPECTION.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        return new InspectionPapers(id,
                paper(dsl, r.get(INSPECTION.DECISION_REGISTER_ID), r.get(INSPECTION.DECISION_SIGNER_ID),
                        r.get(INSPECTION.DECISION_BASES)),
                paper(dsl, r.get(INSPECTION.REPORT_REGISTER_ID), r.get(INSPECTION.REPORT_SIGNER_ID),
                        r.get(INSPECTION.REPORT_PROPOSALS)));
    }

    private static InspectionPapers.Paper paper(DSLContext dsl, Long registerId, Long signerId, String text) {
        if (registerId == null) {
            return new InspectionPapers.Paper(null, null, null, signerId, text);
        }
        var e = dsl.selectFrom(DOCUMENT_NUMBER).where(DOCUMENT_NUMBER.ID.eq(registerId)).fetchOne();
        return new InspectionPapers.Paper(registerId, e == null ? null
                : DocumentKind.byCodeOrCongVan(e.getKind()).formatNumber(e.getDocNumber(), DocumentRegister.ISSUER_CODE),
                e == null ? null : e.getDocDate(), signerId, text);
    }

    /** The kind of document in the register: QĐ for the decision, BC for the report. */
    public static DocumentKind documentKind(InspectionPapers.Kind k) {
        return k == InspectionPapers.Kind.DECISION ? DocumentKind.QUYET_DINH : DocumentKind.BAO_CAO;
    }

    /**
     * What to show in the paper's dialog: the choices kept, else the defaults — the signer of the notice (else the
     * first active one), the bases of {@link #defaultBases} or the inspection's conclusion as the proposals, and the
     * day: the decision's on or before the first day of the inspection, the report's on or after its last day, today
     * when it allows.
     */
    public Choice choice(long id, InspectionPapers.Kind k) {
        Inspection i = inspections.inspection(id);
        InspectionPapers.Paper p = papers(id).paper(k);
        Long signer = p.signerId() != null ? p.signerId() : defaultSigner(i);
        String text = p.text() != null ? p.text() : k == InspectionPapers.Kind.DECISION
                ? String.join("\n", defaultBases(i)) : Objects.toString(i.conclusion(), "");
        LocalDate today = inspections.today();
        LocalDate date = p.date() != null ? p.date() : k == InspectionPapers.Kind.DECISION
                ? (i.decisionDate() != null ? i.decisionDate() : today.isAfter(i.startsOn()) ? i.startsOn() : today)
                : today.isBefore(i.endsOn()) ? i.endsOn() : today;
        return new Choice(signer, date, text);
    }

    private Long defaultSigner(Inspection i) {
        if (i.noticeSignerId() != null) {
            return i.noticeSignerId();
        }
        return settings.signers().stream().filter(Signer::active).map(Signer::id).findFirst().orElse(null);
    }

    /**
     * The decision's bases when the clerk has changed nothing: the laws on local government and on officials, the
     * plan the inspection carries out (the latest plan issued by its first day, in its year, whose title speaks of
     * kiểm tra công vụ), and the proposal of the office.
     */
    public List<String> defaultBases(Inspection i) {
        String planLine = db.dsl().select(PLAN.TITLE, PLAN.ISSUED_ON, DOCUMENT_NUMBER.KIND, DOCUMENT_NUMBER.DOC_NUMBER)
                .from(PLAN).join(DOCUMENT_NUMBER).on(DOCUMENT_NUMBER.ID.eq(PLAN.REGISTER_ID))
                .where(PLAN.ARCHIVED.isFalse()).and(PLAN.ISSUED_ON.le(i.startsOn()))
                .and(PLAN.ISSUED_ON.ge(LocalDate.of(i.startsOn().getYear() - 1, 12, 1)))
                .orderBy(PLAN.ISSUED_ON.desc(), PLAN.ID.desc())
                .fetch().stream()
                .filter(r -> VnText.fold(r.get(PLAN.TITLE)).contains("kiem tra cong vu"))
                .findFirst()
                .map(r -> TeamDecision.planLine(DocumentKind.byCodeOrCongVan(r.get(DOCUMENT_NUMBER.KIND))
                                .formatNumber(r.get(DOCUMENT_NUMBER.DOC_NUMBER), DocumentRegister.ISSUER_CODE),
                        r.get(PLAN.ISSUED_ON), r.get(PLAN.TITLE)))
                .orElse(null);
        return TeamDecision.defaultBases(planLine);
    }

    /**
     * The paper as the preview shows it: once numbered, as it was issued (its number, day, signer and text kept);
     * before, a draft with the number left blank, made from {@code c}.
     */
    public OfficialDocument document(long id, InspectionPapers.Kind k, Choice c) {
        InspectionPapers.Paper p = papers(id).paper(k);
        if (p.numbered()) {
            return build(id, k, new Choice(p.signerId(), p.date(), p.text()), p.number());
        }
        return build(id, k, c, null);
    }

    /**
     * For the gallery of sample documents, writing nothing: the paper as issued when numbered; else with the
     * number it would be given — for a decision typed by hand (made outside the app), that number and day.
     */
    public OfficialDocument sample(long id, InspectionPapers.Kind k) {
        InspectionPapers.Paper p = papers(id).paper(k);
        if (p.numbered()) {
            return build(id, k, new Choice(p.signerId(), p.date(), p.text()), p.number());
        }
        Inspection i = inspections.inspection(id);
        Choice c = choice(id, k);
        if (k == InspectionPapers.Kind.DECISION && i.decisionNumber() != null) {
            return build(id, k, new Choice(c.signerId(), i.decisionDate(), c.text()), i.decisionNumber());
        }
        return build(id, k, c, documentKind(k).formatNumber(register.proposeNext(c.date().getYear(), documentKind(k)),
                DocumentRegister.ISSUER_CODE));
    }

    private OfficialDocument build(long id, InspectionPapers.Kind k, Choice c, String number) {
        Inspection i = inspections.inspection(id);
        Signer signer = c.signerId() == null ? null
                : settings.signers().stream().filter(s -> s.id() == c.signerId()).findFirst().orElse(null);
        CommuneIdentity identity = settings.identity()
                .orElseThrow(() -> ValidationException.of("id", "settings.error.notSetUp"));
        Function<Long, Staff> staff = sid -> directory.staff(sid).orElse(null);
        Function<Long, String> unit = uid -> directory.unit(uid).map(Unit::name).orElse("");
        if (k == InspectionPapers.Kind.DECISION) {
            return TeamDecision.document(i, identity, signer, lines(c.text()), number, c.date(), staff, unit);
        }
        return InspectionRoundReport.document(i, identity, signer, c.text(), number, c.date(), staff, unit,
                tasks::effectiveDeadline);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public int proposeNumber(InspectionPapers.Kind k, LocalDate date) {
        return register.proposeNext((date == null ? inspections.today() : date).getYear(), documentKind(k));
    }

    /** A warning when {@code typed} is already given to another document of that year (see DocumentRegister). */
    public Optional<String> numberWarning(InspectionPapers.Kind k, LocalDate date, String typed) {
        return register.numberWarning((date == null ? inspections.today() : date).getYear(), documentKind(k), typed);
    }

    /** "quyet-dinh-thanh-lap-doan-kiem-tra-2026-11-16-….docx" or "bao-cao-ket-qua-kiem-tra-…". */
    public static String fileName(Inspection i, InspectionPapers.Kind k) {
        return (k == InspectionPapers.Kind.DECISION ? "quyet-dinh-thanh-lap-doan-kiem-tra-" : "bao-cao-ket-qua-kiem-tra-")
                + i.startsOn() + "-" + VnText.slug(i.title(), 50) + ".docx";
    }

    // ---- writing ----

    /**
     * Keeps what the clerk chose for a paper not yet numbered (the preview shows it from the saved choice).
     * @throws ValidationException once the paper is numbered (it is kept as issued), or for a text too long
     */
    public void save(long id, InspectionPapers.Kind k, Choice input) {
        Choice c = clean(input);
        validateChoice(k, c, false, null);
        db.txRun(tx -> write(tx, id, k, c));
    }

    private void write(DSLContext tx, long id, InspectionPapers.Kind k, Choice c) {
        // locked first: two clients numbering the same paper at once give it one number, the other is told it is
        // numbered
        if (!AuditLog.lock(tx, INSPECTION.ID, id)) {
            throw ValidationException.of("id", "validation.notFound");
        }
        InspectionPapers before = papers(tx, id);
        if (before.paper(k).numbered()) {
            throw ValidationException.of("number", "inspection.paper.error.numbered", before.paper(k).number());
        }
        boolean decision = k == InspectionPapers.Kind.DECISION;
        if (Objects.equals(before.paper(k).signerId(), c.signerId())
                && Objects.equals(before.paper(k).text(), c.text())) {
            return;
        }
        tx.update(INSPECTION)
                .set(decision ? INSPECTION.DECISION_SIGNER_ID : INSPECTION.REPORT_SIGNER_ID, c.signerId())
                .set(decision ? INSPECTION.DECISION_BASES : INSPECTION.REPORT_PROPOSALS, c.text())
                .where(INSPECTION.ID.eq(id)).execute();
        audit.recordChanges(tx, InspectionService.ENTITY, id, AuditAction.UPDATE, fields(k, before.paper(k), null),
                fields(k, new InspectionPapers.Paper(null, null, null, c.signerId(), c.text()), null));
    }

    /**
     * Gives the paper {@code number} in the register, dated {@code c.date()}, with the choice kept, in one
     * transaction with the audit rows. A decision's number and day become the inspection's decision number and date
     * (a number typed for a decision made outside the app is replaced).
     * @throws ValidationException for a day out of place, a number already given, a paper already numbered
     */
    public InspectionPapers number(long id, InspectionPapers.Kind k, int number, Choice input) {
        Choice c = clean(input);
        Inspection i = inspections.inspection(id);
        validateChoice(k, c, true, i);
        boolean decision = k == InspectionPapers.Kind.DECISION;
        return db.tx(tx -> {
            write(tx, id, k, c);
            var e = register.register(c.date().getYear(), documentKind(k), number,
                    decision ? TeamDecision.title(i) : InspectionRoundReport.title(i), c.date());
            InspectionPapers.Paper was = papers(tx, id).paper(k);
            var update = tx.update(INSPECTION)
                    .set(decision ? INSPECTION.DECISION_REGISTER_ID : INSPECTION.REPORT_REGISTER_ID, e.id());
            if (decision) {
                // Found by its new number too, as a save would fold it (InspectionRepository).
                String folded = VnText.fold(i.title() + " " + e.symbol());
                update = update.set(INSPECTION.DECISION_NUMBER, e.symbol()).set(INSPECTION.DECISION_DATE, c.date())
                        .set(INSPECTION.SEARCH_TEXT, folded.length() > 8000 ? folded.substring(0, 8000) : folded);
            }
            update.where(INSPECTION.ID.eq(id)).execute();
            InspectionPapers after = papers(tx, id);
            audit.recordChanges(tx, InspectionService.ENTITY, id, AuditAction.UPDATE, fields(k, was, i),
                    fields(k, after.paper(k), i));
            return after;
        });
    }

    private static Choice clean(Choice c) {
        return new Choice(c.signerId(), c.date(), VnText.multiline(c.text()));
    }

    private void validateChoice(InspectionPapers.Kind k, Choice c, boolean numbering, Inspection i) {
        boolean decision = k == InspectionPapers.Kind.DECISION;
        Validator v = new Validator().maxLength("text", c.text(), decision ? MAX_BASES : MAX_PROPOSALS);
        if (c.signerId() != null) {
            v.check(settings.signers().stream().anyMatch(s -> s.id() == c.signerId()), "signer", "validation.notFound");
        }
        if (numbering) {
            v.required("signer", c.signerId(), "inspection.paper.error.signerRequired");
            v.required("date", c.date(), "inspection.paper.error.dateRequired");
            if (decision) {
                v.check(!lines(c.text()).isEmpty(), "text", "inspection.paper.error.basesRequired");
            }
            if (c.date() != null) {
                v.check(!c.date().isAfter(inspections.today()), "date", "inspection.paper.error.dateInFuture");
                if (decision) {
                    v.check(!c.date().isAfter(i.startsOn()), "date", "inspection.paper.error.decisionAfterStart",
                            VnFormat.date(i.startsOn()));
                } else {
                    v.check(!c.date().isBefore(i.endsOn()), "date", "inspection.paper.error.reportBeforeEnd",
                            VnFormat.date(i.endsOn()));
                }
            }
        }
        v.throwIfAny();
    }

    private Map<String, String> fields(InspectionPapers.Kind k, InspectionPapers.Paper p, Inspection i) {
        boolean decision = k == InspectionPapers.Kind.DECISION;
        Map<String, String> f = new LinkedHashMap<>();
        f.put(decision ? "inspection.field.decisionSigner" : "inspection.field.reportSigner", p.signerId() == null
                ? null : settings.signers().stream().filter(s -> s.id() == p.signerId()).map(Signer::fullName)
                .findFirst().orElse("#" + p.signerId()));
        f.put(decision ? "inspection.field.decisionBases" : "inspection.field.reportProposals", p.text());
        if (i != null) {
            if (decision) {
                f.put("inspection.field.decisionNumber", p.numbered() ? p.number() : i.decisionNumber());
                f.put("inspection.field.decisionDate", VnFormat.date(p.numbered() ? p.date() : i.decisionDate()));
            } else {
                f.put("inspection.field.reportNumber", p.number());
            }
        }
        return f;
    }

    // ---- what the inspection's own writes must respect ----

    /** The decision's number as the register holds it, when it was issued from the app. */
    Optional<String> registeredDecision(DSLContext tx, long id) {
        InspectionPapers.Paper p = papers(tx, id).decision();
        return p.numbered() ? Optional.of(p.number()) : Optional.empty();
    }

    /** The number of the decision or report already in the register, if any (the inspection is then kept). */
    Optional<String> anyNumbered(DSLContext tx, long id) {
        InspectionPapers p = papers(tx, id);
        return p.decision().numbered() ? Optional.of(p.decision().number())
                : p.report().numbered() ? Optional.of(p.report().number()) : Optional.empty();
    }

}
