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
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.FieldErrors;

/** The staff list (search, unit filter, inactive filter) and the staff form. */
public final class StaffViewModel {
    private final DirectoryService directory;
    private final ObservableList<Staff> all = FXCollections.observableArrayList();
    private final FilteredList<Staff> filtered = new FilteredList<>(all);
    /** Units offered in the form (active ones, plus the person's own if inactive). */
    private final ObservableList<Unit> formUnits = FXCollections.observableArrayList();
    /** Units offered in the list filter (all). */
    private final ObservableList<Unit> filterUnits = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    private final ObjectProperty<Staff> editing = new SimpleObjectProperty<>();
    final StringProperty fullName = new SimpleStringProperty("");
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty jobTitle = new SimpleStringProperty("");
    final ObjectProperty<StaffCategory> category = new SimpleObjectProperty<>(StaffCategory.CONG_CHUC);
    final BooleanProperty leader = new SimpleBooleanProperty(false);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("fullName", "unit", "jobTitle", "category", "phone",
            "email", "active");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public StaffViewModel(DirectoryService directory) {
        this.directory = directory;
        search.addListener((o, a, b) -> refilter());
        unitFilter.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
    }

    public void load() {
        all.setAll(directory.staff());
        List<Unit> units = directory.units().stream().sorted(VnText.comparing(Unit::name)).toList();
        Unit keep = unitFilter.get();
        filterUnits.setAll(units);
        if (keep != null) {
            unitFilter.set(units.stream().filter(u -> u.id() == keep.id()).findFirst().orElse(null));
        }
        refreshFormUnits();
    }

    private void refreshFormUnits() {
        Staff s = editing.get();
        formUnits.setAll(filterUnits.stream().filter(u -> u.active() || (s != null && s.unitId() == u.id())).toList());
    }

    private void refilter() {
        String q = search.get();
        Unit u = unitFilter.get();
        boolean inactive = showInactive.get();
        filtered.setPredicate(s -> (inactive || s.active())
                && (u == null || s.unitId() == u.id())
                && (VnText.matches(s.fullName() + " " + nz(s.jobTitle()) + " " + s.unitName(), q)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Staff> staff() {
        return filtered;
    }

    public ObservableList<Unit> formUnits() {
        return formUnits;
    }

    public ObservableList<Unit> filterUnits() {
        return filterUnits;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<Staff> editingProperty() {
        return editing;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Loads a person into the form (null: an empty form; the unit filter, if set, is proposed). */
    public void edit(Staff s) {
        boolean same = s != null && editing.get() != null && editing.get().id() == s.id();
        editing.set(s);
        refreshFormUnits();
        errors.clear();
        if (!same) {
            status.set("");
        }
        fullName.set(s == null ? "" : s.fullName());
        unit.set(s == null ? (unitFilter.get() != null && unitFilter.get().active() ? unitFilter.get() : null)
                : formUnits.stream().filter(u -> u.id() == s.unitId()).findFirst().orElse(null));
        jobTitle.set(s == null || s.jobTitle() == null ? "" : s.jobTitle());
        category.set(s == null ? StaffCategory.CONG_CHUC : s.category());
        leader.set(s != null && s.leader());
        phone.set(s == null || s.phone() == null ? "" : s.phone());
        email.set(s == null || s.email() == null ? "" : s.email());
    }

    /** @return the saved person, or null when the input was refused (messages at the fields) */
    public Staff save() {
        Staff current = editing.get();
        try {
            Staff saved = directory.saveStaff(new Staff.Draft(current == null ? null : current.id(), fullName.get(),
                    unit.get() == null ? null : unit.get().id(), jobTitle.get(), category.get(), leader.get(),
                    phone.get(), email.get()));
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

    public boolean toggleActive() {
        Staff s = editing.get();
        if (s == null) {
            return false;
        }
        try {
            if (s.active()) {
                directory.deactivateStaff(s.id());
            } else {
                directory.reactivateStaff(s.id());
            }
        } catch (ValidationException e) {
            errors.show(e);
            return false;
        }
        load();
        Staff now = directory.staff(s.id()).orElse(null);
        edit(now);
        status.set(Messages.get(now != null && now.active() ? "common.reactivated" : "common.deactivated"));
        return true;
    }

    public List<AuditEntry> history() {
        Staff s = editing.get();
        return s == null ? List.of() : directory.history(DirectoryService.STAFF, s.id());
    }
}
