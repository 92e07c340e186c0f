package vn.socongvu.directory.ui;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.FieldErrors;

/** The units list (search, inactive filter) and the unit form. */
public final class UnitsViewModel {
    private final DirectoryService directory;
    private final ObservableList<Unit> all = FXCollections.observableArrayList();
    private final FilteredList<Unit> filtered = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    private final ObjectProperty<Unit> editing = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.DEPARTMENT);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("name", "shortName", "kind", "phone", "note", "active");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public UnitsViewModel(DirectoryService directory) {
        this.directory = directory;
        search.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
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
        return editing;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Loads a unit into the form (null: an empty form for a new unit). */
    public void edit(Unit u) {
        boolean same = u != null && editing.get() != null && editing.get().id() == u.id();
        editing.set(u);
        errors.clear();
        if (!same) {
            status.set("");
        }
        name.set(u == null ? "" : u.name());
        shortName.set(u == null || u.shortName() == null ? "" : u.shortName());
        kind.set(u == null ? UnitKind.DEPARTMENT : u.kind());
        phone.set(u == null || u.phone() == null ? "" : u.phone());
        note.set(u == null || u.note() == null ? "" : u.note());
    }

    /** Saves the form. @return the saved unit, or null when the input was refused (messages at the fields) */
    public Unit save() {
        Unit current = editing.get();
        try {
            Unit saved = directory.saveUnit(new Unit.Draft(current == null ? null : current.id(), name.get(),
                    shortName.get(), kind.get(), phone.get(), note.get()));
            load();
            edit(saved);
            status.set(Messages.get("common.saved"));
            return saved;
        } catch (ValidationException e) {
            errors.show(e);
            status.set("");
            return null;
        }
    }

    /** Deactivates or reactivates the unit in the form. @return whether it was done */
    public boolean toggleActive() {
        Unit u = editing.get();
        if (u == null) {
            return false;
        }
        try {
            if (u.active()) {
                directory.deactivateUnit(u.id());
            } else {
                directory.reactivateUnit(u.id());
            }
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
        load();
        Unit now = directory.unit(u.id()).orElse(null);
        edit(now);
        status.set(Messages.get(now != null && now.active() ? "common.reactivated" : "common.deactivated"));
        return true;
    }

    public List<AuditEntry> history() {
        Unit u = editing.get();
        return u == null ? List.of() : directory.history(DirectoryService.UNIT, u.id());
    }
}
