package vn.socongvu.settings.ui;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

/** Cài đặt → Cơ quan ban hành: the identity printed on every document, and the signers. */
public final class IdentityViewModel {
    private final SettingsService settings;
    private final Runnable onIdentityChanged;

    final StringProperty communeName = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("");
    final StringProperty superiorBody = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty placeName = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("communeName", "province", "superiorBody", "issuingBody",
            "placeName");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final FormState<Signer> signerForm = new FormState<>(Signer::id, "fullName", "title", "authority");
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty signerTitle = new SimpleStringProperty("");
    final ObjectProperty<SignAuthority> signerAuthority = new SimpleObjectProperty<>(SignAuthority.KT);

    private final Reopening reopening = new Reopening();
    /** The identity as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<CommuneIdentity> guard;

    public IdentityViewModel(SettingsService settings, DialogService dialogs, Runnable onIdentityChanged) {
        this.guard = new EditGuard<>(dialogs, SettingsService::mergeIdentity);
        this.settings = settings;
        this.onIdentityChanged = onIdentityChanged;
    }

    /** A screen shows this model: the first reads the identity; later ones the signers, keeping what was typed. */
    public void screenOpened() {
        reopening.open(() -> {
            load();
            editSigner(null);
        }, () -> signers.setAll(settings.signers()));
    }

    public void load() {
        long mark = settings.identityMark(); // first: the identity read after it is what the mark covers
        Optional<CommuneIdentity> now = settings.identity();
        guard.loaded(now.orElse(null), mark);
        now.ifPresent(i -> {
            communeName.set(i.communeName());
            province.set(i.province());
            superiorBody.set(i.superiorBody());
            issuingBody.set(i.issuingBody());
            placeName.set(i.placeName());
        });
        errors.clear();
        signers.setAll(settings.signers());
    }

    public boolean save() {
        try {
            CommuneIdentity mine = new CommuneIdentity(communeName.get(), province.get(), superiorBody.get(),
                    issuingBody.get(), placeName.get());
            boolean[] keptTheirs = {false};
            CommuneIdentity saved = guard.save(mine, settings::saveIdentity,
                    () -> settings.identity().orElseThrow(), field -> switch (field) {
                        case "settings.field.communeName" -> mine.communeName();
                        case "settings.field.province" -> mine.province();
                        case "settings.field.superiorBody" -> mine.superiorBody();
                        case "settings.field.issuingBody" -> mine.issuingBody();
                        case "settings.field.placeName" -> mine.placeName();
                        default -> null;
                    }, () -> keptTheirs[0] = true);
            if (saved == null) {
                if (keptTheirs[0]) {
                    load();
                    status.set(Messages.get("conflict.keptTheirs"));
                    onIdentityChanged.run();
                }
                return false;
            }
            load();
            status.set(Messages.get("common.saved"));
            onIdentityChanged.run();
            return true;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return false;
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public List<AuditEntry> identityHistory() {
        return settings.history(SettingsService.COMMUNE_ENTITY, null);
    }

    // ---- signers ----

    public ObservableList<Signer> signers() {
        return signers;
    }

    public ObjectProperty<Signer> editingSignerProperty() {
        return signerForm.editingProperty();
    }

    public FieldErrors signerErrors() {
        return signerForm.errors();
    }

    public ReadOnlyStringProperty signerStatusProperty() {
        return signerForm.statusProperty();
    }

    public void editSigner(Signer s) {
        signerForm.begin(s);
        signerName.set(s == null ? "" : s.fullName());
        signerTitle.set(s == null ? Messages.get("signer.default.viceChairman") : s.title());
        signerAuthority.set(s == null ? SignAuthority.KT : s.authority());
    }

    public Signer saveSigner() {
        Signer cur = signerForm.editingProperty().get();
        int order = cur != null ? cur.sortOrder() : signers.stream().mapToInt(Signer::sortOrder).max().orElse(-1) + 1;
        return signerForm.submit(() -> settings.saveSigner(new Signer.Draft(signerForm.editingId(), signerName.get(),
                signerTitle.get(), signerAuthority.get(), order)), this::reloadSigners, s -> "common.saved");
    }

    private void reloadSigners(Signer s) {
        signers.setAll(settings.signers());
        editSigner(s);
    }

    public void toggleSignerActive() {
        Signer s = signerForm.editingProperty().get();
        if (s != null) {
            signerForm.submit(() -> {
                settings.setSignerActive(s.id(), !s.active());
                return settings.signers().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
            }, this::reloadSigners, now -> now.active() ? "common.reactivated" : "common.deactivated");
        }
    }

    public List<AuditEntry> signerHistory() {
        Signer s = signerForm.editingProperty().get();
        return s == null ? List.of() : settings.history(SettingsService.SIGNER_ENTITY, s.id());
    }
}
