package vn.socongvu.task.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.ui.PaperModel;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.Signer;
import vn.socongvu.task.FollowUpLetter;
import vn.socongvu.task.FollowUpService;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.DialogService;

/**
 * The công văn đôn đốc to one unit: the unit, how many working days ahead "sắp đến hạn" looks, the day to report by,
 * who signs and the day; what it will list (said as the choices change); the preview; its number as a công văn.
 */
public final class FollowUpLetterModel extends PaperModel {
    private final FollowUpService letters;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** The number given in this dialog, to the unit then chosen (a letter is not kept: it is made again). */
    private String issued;
    final ObservableList<Unit> units = FXCollections.observableArrayList();
    final ObservableList<Signer> signers = FXCollections.observableArrayList();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> soonDays = new SimpleObjectProperty<>(FollowUpService.DEFAULT_SOON_DAYS);
    final ObjectProperty<LocalDate> reportBy = new SimpleObjectProperty<>();
    final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    /** @param unitId the unit to start with (the one Nhiệm vụ is filtered on), or null to choose */
    public FollowUpLetterModel(FollowUpService letters, Long unitId, DialogService dialogs) {
        super(dialogs, "unit", "soonDays", "reportBy", "signer", "date");
        this.letters = letters;
        units.setAll(letters.units());
        signers.setAll(letters.signers());
        FollowUpService.Choice c = letters.defaults(unitId);
        unit.set(units.stream().filter(u -> unitId != null && u.id() == unitId).findFirst().orElse(null));
        reportBy.set(c.reportBy());
        signer.set(signers.stream().filter(s -> c.signerId() != null && s.id() == c.signerId()).findFirst()
                .orElse(null));
        date.set(c.date());
        unit.addListener((o, a, b) -> {
            issued = null; // a new letter
            refresh();
            summarise();
        });
        soonDays.addListener((o, a, b) -> summarise());
        date.addListener((o, a, b) -> {
            if (issued == null && a != null && b != null && a.getYear() != b.getYear()) {
                refresh();
            }
        });
        refresh();
        summarise();
    }

    /** "Phòng Kinh tế: 3 nhiệm vụ quá hạn, 2 sắp đến hạn.", or why there is nothing to send. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void summarise() {
        Unit u = unit.get();
        Integer days = soonDays.get();
        if (u == null) {
            summary.set(Messages.get("followUp.chooseUnit"));
            return;
        }
        if (days == null || days < 0 || days > FollowUpService.MAX_SOON_DAYS) {
            summary.set("");
            return;
        }
        List<FollowUpLetter.Item> items = letters.items(u.id(), days, letters.today());
        long overdue = items.stream().filter(FollowUpLetter.Item::overdue).count();
        summary.set(items.isEmpty() ? Messages.get("followUp.error.nothing", u.name(), days)
                : Messages.get("followUp.summary", u.name(), overdue, items.size() - overdue, days));
    }

    private FollowUpService.Choice choice() {
        return new FollowUpService.Choice(unit.get() == null ? null : unit.get().id(),
                soonDays.get() == null ? -1 : soonDays.get(), reportBy.get(),
                signer.get() == null ? null : signer.get().id(), date.get());
    }

    @Override
    protected String numberedSymbol() {
        return issued;
    }

    @Override
    protected int proposeNumber() {
        return letters.proposeNumber(date.get());
    }

    @Override
    protected Optional<String> numberWarning(String typed) {
        return letters.numberWarning(date.get(), typed);
    }

    @Override
    protected OfficialDocument draft() {
        FollowUpService.Choice c = choice();
        letters.check(c, false);
        return letters.document(c, issued);
    }

    @Override
    protected OfficialDocument issue(int n) {
        OfficialDocument d = letters.issue(choice(), n);
        issued = d.number();
        return d;
    }

    @Override
    protected String confirmText(int n) {
        return Messages.get("followUp.confirm", unit.get() == null ? "" : unit.get().name(),
                DocumentKind.CONG_VAN.formatNumber(n, DocumentRegister.ISSUER_CODE), VnFormat.date(date.get()));
    }

    @Override
    public String symbolSuffix() {
        return DocumentKind.CONG_VAN.blankNumber(DocumentRegister.ISSUER_CODE);
    }

    @Override
    public String fileName() {
        return FollowUpService.fileName(unit.get() == null ? "" : unit.get().name(),
                date.get() == null ? letters.today() : date.get());
    }
}
