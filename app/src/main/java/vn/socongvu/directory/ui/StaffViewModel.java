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
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;
import vn.socongvu.ui.kit.Reopening;

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

    private final FormState<Staff> form = new FormState<>(Staff::id, "fullName", "unit", "jobTitle", "category",
            "phone", "email", "active");
    final StringProperty fullName = new SimpleStringProperty("");
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty jobTitle = new SimpleStringProperty("");
    final ObjectProperty<StaffCategory> category = new SimpleObjectProperty<>(StaffCategory.CONG_CHUC);
    final BooleanProperty leader = new SimpleBooleanProperty(false);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");

    public StaffViewModel(DirectoryService directory) {
        this.directory = directory;
        search.addListener((o, a, b) -> refilter());
        unitFilter.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
    }

    private final Reopening reopening = new Reopening();

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new record. */
    public void screenOpened() {
        reopening.openForm(this::load, () -> edit(null));
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
        Staff s = form.editingProperty().get();
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
        return form.editingProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    /** Loads a person into the form (null: an empty form; the unit filter, if set, is proposed). */
    public void edit(Staff s) {
        form.begin(s);
        refreshFormUnits();
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
        return form.submit(() -> directory.saveStaff(new Staff.Draft(form.editingId(), fullName.get(),
                unit.get() == null ? null : unit.get().id(), jobTitle.get(), category.get(), leader.get(),
                phone.get(), email.get())), this::reloadAndEdit, s -> "common.saved");
    }

    private void reloadAndEdit(Staff s) {
        load();
        edit(s);
    }

    public boolean toggleActive() {
        Staff s = form.editingProperty().get();
        if (s == null) {
            return false;
        }
        return form.submit(() -> {
            if (s.active()) {
                directory.deactivateStaff(s.id());
            } else {
                directory.reactivateStaff(s.id());
            }
            return directory.staff(s.id()).orElseThrow();
        }, this::reloadAndEdit, now -> now.active() ? "common.reactivated" : "common.deactivated") != null;
    }

    public List<AuditEntry> history() {
        Staff s = form.editingProperty().get();
        return s == null ? List.of() : directory.history(DirectoryService.STAFF, s.id());
    }
}
