package vn.socongvu.inspection.ui;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.ui.PaperModel;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.Inspection;
import vn.socongvu.inspection.InspectionPaperService;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.Signer;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;

/**
 * The QUYẾT ĐỊNH thành lập Đoàn kiểm tra or the BÁO CÁO kết quả kiểm tra of one saved inspection: who signs, the day
 * of issue, the "Căn cứ" lines (decision) or the proposals (report), kept with the inspection when previewed; then
 * its number in the register. Once numbered the paper is kept as issued: its choices are shown, not edited.
 */
public final class InspectionPaperModel extends PaperModel {
    private final InspectionPaperService papers;
    private final InspectionService inspections;
    private final long inspectionId;
    private final InspectionPapers.Kind kind;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    final ObservableList<Signer> signers = FXCollections.observableArrayList();
    final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The decision's bases, one per line, or the report's proposals. */
    final StringProperty text = new SimpleStringProperty("");
    /** What the clerk should know before numbering (a decision typed by hand, a report without proposals). */
    final StringProperty notice = new SimpleStringProperty("");
    /** Told after the dialog wrote the inspection (a paper's choices, a number): the clerk's own write. */
    private Runnable written = () -> { };

    public InspectionPaperModel(InspectionService inspections, SettingsService settings, long inspectionId,
                                InspectionPapers.Kind kind, DialogService dialogs) {
        super(dialogs, "signer", "date", "text");
        this.inspections = inspections;
        this.papers = inspections.papers();
        this.inspectionId = inspectionId;
        this.kind = kind;
        InspectionPaperService.Choice c = papers.choice(inspectionId, kind);
        signers.setAll(settings.signers().stream().filter(s -> s.active() || s.id() == idOf(c.signerId())).toList());
        signer.set(signers.stream().filter(s -> c.signerId() != null && s.id() == c.signerId()).findFirst()
                .orElse(null));
        date.set(c.date());
        text.set(c.text());
        date.addListener((o, a, b) -> {
            if (editable.get() && a != null && b != null && a.getYear() != b.getYear()) {
                refresh(); // numbers restart each year
            }
        });
        text.addListener((o, a, b) -> notice.set(noticeText()));
        refresh();
        editable.set(numberedProperty().get().isEmpty());
        notice.set(noticeText());
    }

    private static long idOf(Long id) {
        return id == null ? -1 : id;
    }

    public InspectionPapers.Kind kind() {
        return kind;
    }

    /** False once the paper is numbered: it is then kept as issued. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    private InspectionPaperService.Choice choice() {
        return new InspectionPaperService.Choice(signer.get() == null ? null : signer.get().id(), date.get(),
                text.get());
    }

    private String noticeText() {
        if (!editable.get()) {
            return "";
        }
        Inspection i = inspections.inspection(inspectionId);
        if (kind == InspectionPapers.Kind.DECISION && i.decisionNumber() != null) {
            return Messages.get("inspectionPaper.typedDecision", i.decisionNumber(), VnFormat.date(i.decisionDate()));
        }
        if (kind == InspectionPapers.Kind.REPORT && text.get().isBlank()) {
            return Messages.get("inspectionPaper.noProposals");
        }
        return "";
    }

    /**
     * {@code r} is told after each write of the inspection by this dialog (the form that opened it then takes the
     * inspection's newest mark: the write is the clerk's own, not someone else's change).
     */
    public void onWritten(Runnable r) {
        this.written = r;
    }

    @Override
    protected String numberedSymbol() {
        return papers.papers(inspectionId).paper(kind).number();
    }

    @Override
    protected int proposeNumber() {
        return papers.proposeNumber(kind, date.get());
    }

    @Override
    protected Optional<String> numberWarning(String typed) {
        return papers.numberWarning(kind, date.get(), typed);
    }

    @Override
    protected OfficialDocument draft() {
        if (editable.get()) {
            papers.save(inspectionId, kind, choice());
            written.run();
        }
        return papers.document(inspectionId, kind, choice());
    }

    @Override
    protected OfficialDocument issue(int n) {
        papers.number(inspectionId, kind, n, choice());
        written.run();
        editable.set(false);
        notice.set("");
        return papers.document(inspectionId, kind, choice());
    }

    @Override
    protected String confirmText(int n) {
        Inspection i = inspections.inspection(inspectionId);
        String symbol = InspectionPaperService.documentKind(kind).formatNumber(n, DocumentRegister.ISSUER_CODE);
        String q = Messages.get(kind == InspectionPapers.Kind.DECISION ? "inspectionPaper.confirmDecision"
                : "inspectionPaper.confirmReport", i.title(), symbol, VnFormat.date(date.get()));
        return kind == InspectionPapers.Kind.DECISION && i.decisionNumber() != null
                ? q + "\n\n" + Messages.get("inspectionPaper.replacesTyped", i.decisionNumber()) : q;
    }

    @Override
    public String symbolSuffix() {
        return InspectionPaperService.documentKind(kind).blankNumber(DocumentRegister.ISSUER_CODE);
    }

    @Override
    public String fileName() {
        return InspectionPaperService.fileName(inspections.inspection(inspectionId), kind);
    }
}
