package vn.socongvu.settings.ui;

import java.util.List;

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
import vn.socongvu.ui.FieldErrors;

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
    private final ObjectProperty<Signer> editingSigner = new SimpleObjectProperty<>();
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty signerTitle = new SimpleStringProperty("");
    final ObjectProperty<SignAuthority> signerAuthority = new SimpleObjectProperty<>(SignAuthority.KT);
    private final FieldErrors signerErrors = new FieldErrors("fullName", "title", "authority");
    private final ReadOnlyStringWrapper signerStatus = new ReadOnlyStringWrapper("");

    public IdentityViewModel(SettingsService settings, Runnable onIdentityChanged) {
        this.settings = settings;
        this.onIdentityChanged = onIdentityChanged;
    }

    public void load() {
        settings.identity().ifPresent(i -> {
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
            settings.saveIdentity(new CommuneIdentity(communeName.get(), province.get(), superiorBody.get(),
                    issuingBody.get(), placeName.get()));
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
        return editingSigner;
    }

    public FieldErrors signerErrors() {
        return signerErrors;
    }

    public ReadOnlyStringProperty signerStatusProperty() {
        return signerStatus.getReadOnlyProperty();
    }

    public void editSigner(Signer s) {
        boolean same = s != null && editingSigner.get() != null && editingSigner.get().id() == s.id();
        editingSigner.set(s);
        signerErrors.clear();
        if (!same) {
            signerStatus.set("");
        }
        signerName.set(s == null ? "" : s.fullName());
        signerTitle.set(s == null ? Messages.get("signer.default.viceChairman") : s.title());
        signerAuthority.set(s == null ? SignAuthority.KT : s.authority());
    }

    public Signer saveSigner() {
        Signer cur = editingSigner.get();
        try {
            int order = cur != null ? cur.sortOrder() : signers.stream().mapToInt(Signer::sortOrder).max().orElse(-1) + 1;
            Signer saved = settings.saveSigner(new Signer.Draft(cur == null ? null : cur.id(), signerName.get(),
                    signerTitle.get(), signerAuthority.get(), order));
            signers.setAll(settings.signers());
            editSigner(saved);
            signerStatus.set(Messages.get("common.saved"));
            return saved;
        } catch (ValidationException e) {
            signerErrors.show(e);
            signerStatus.set("");
            return null;
        }
    }

    public void toggleSignerActive() {
        Signer s = editingSigner.get();
        if (s != null) {
            settings.setSignerActive(s.id(), !s.active());
            signers.setAll(settings.signers());
            Signer now = signers.stream().filter(x -> x.id() == s.id()).findFirst().orElse(null);
            editSigner(now);
            signerStatus.set(Messages.get(now != null && now.active() ? "common.reactivated" : "common.deactivated"));
        }
    }

    public List<AuditEntry> signerHistory() {
        Signer s = editingSigner.get();
        return s == null ? List.of() : settings.history(SettingsService.SIGNER_ENTITY, s.id());
    }
}
