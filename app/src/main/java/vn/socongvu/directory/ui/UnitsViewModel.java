package vn.socongvu.directory.ui;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

/** The units list (search, inactive filter) and the unit form. */
public final class UnitsViewModel {
    private final DirectoryService directory;
    private final ObservableList<Unit> all = FXCollections.observableArrayList();
    private final FilteredList<Unit> filtered = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    private final FormState<Unit> form = new FormState<>(Unit::id, "name", "shortName", "kind", "phone", "note",
            "active");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.DEPARTMENT);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    public UnitsViewModel(DirectoryService directory) {
        this.directory = directory;
        search.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
    }

    private final Reopening reopening = new Reopening();

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new record. */
    public void screenOpened() {
        reopening.openForm(this::load, () -> edit(null));
    }

    public void load() {
        all.setAll(directory.units());
    }

    private void refilter() {
        String q = search.get();
        boolean inactive = showInactive.get();
        filtered.setPredicate(u -> (inactive || u.active())
                && (VnText.matches(u.name(), q) || VnText.matches(u.shortName(), q)));
    }

    public ObservableList<Unit> units() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<Unit> editingProperty() {
        return form.editingProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    /** Loads a unit into the form (null: an empty form for a new unit). */
    public void edit(Unit u) {
        form.begin(u);
        name.set(u == null ? "" : u.name());
        shortName.set(u == null || u.shortName() == null ? "" : u.shortName());
        kind.set(u == null ? UnitKind.DEPARTMENT : u.kind());
        phone.set(u == null || u.phone() == null ? "" : u.phone());
        note.set(u == null || u.note() == null ? "" : u.note());
    }

    /** Saves the form. @return the saved unit, or null when the input was refused (messages at the fields) */
    public Unit save() {
        return form.submit(() -> directory.saveUnit(new Unit.Draft(form.editingId(), name.get(), shortName.get(),
                kind.get(), phone.get(), note.get())), this::reloadAndEdit, u -> "common.saved");
    }

    private void reloadAndEdit(Unit u) {
        load();
        edit(u);
    }

    /** Deactivates or reactivates the unit in the form. @return whether it was done */
    public boolean toggleActive() {
        Unit u = form.editingProperty().get();
        if (u == null) {
            return false;
        }
        return form.submit(() -> {
            if (u.active()) {
                directory.deactivateUnit(u.id());
            } else {
                directory.reactivateUnit(u.id());
            }
            return directory.unit(u.id()).orElseThrow();
        }, this::reloadAndEdit, now -> now.active() ? "common.reactivated" : "common.deactivated") != null;
    }

    public List<AuditEntry> history() {
        Unit u = form.editingProperty().get();
        return u == null ? List.of() : directory.history(DirectoryService.UNIT, u.id());
    }
}
