package vn.socongvu.directory.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/** The staff list (search, unit filter, inactive filter) and the staff form. */
public final class StaffViewModel {
    private final DirectoryService directory;
    private final Catalogue<Staff> people;
    /** The person as loaded and their audit mark: a save refused because someone else changed them asks the clerk. */
    private final EditGuard<Staff.Draft> guard;
    /** Units offered in the form (active ones, plus the person's own if inactive). */
    private final ObservableList<Unit> formUnits = FXCollections.observableArrayList();
    /** Units offered in the list filter (all). */
    private final ObservableList<Unit> filterUnits = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final Signal<Staff> opened = new Signal<>();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    final StringProperty fullName = new SimpleStringProperty("");
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final StringProperty jobTitle = new SimpleStringProperty("");
    final ObjectProperty<StaffCategory> category = new SimpleObjectProperty<>(StaffCategory.CONG_CHUC);
    final BooleanProperty leader = new SimpleBooleanProperty(false);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");

    private final DirectoryTransfer transfer;

    public StaffViewModel(DirectoryService directory, DirectoryTransfer transfer, TaskRunner runner) {
        this.guard = new EditGuard<>(transfer.dialogs(), DirectoryService.STAFF_MERGE::merge);
        this.directory = directory;
        this.transfer = transfer;
        this.people = new Catalogue<>(runner, "socongvu-staff-list", Staff::id, Staff::active, new String[] {"fullName", "unit",
            "jobTitle", "category", "phone", "email", "active"}, this::load, this::edit);
        search.addListener((o, a, b) -> refilter());
        unitFilter.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
    }

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new record. */
    public void screenOpened() {
        people.screen().screenOpened(this::load);
    }

    public void load() {
        people.screen().list().replace(directory.staff());
        List<Unit> units = directory.units().stream().sorted(VnText.comparing(Unit::name)).toList();
        Unit keep = unitFilter.get();
        filterUnits.setAll(units);
        if (keep != null) {
            unitFilter.set(units.stream().filter(u -> u.id() == keep.id()).findFirst().orElse(null));
        }
        refreshFormUnits();
    }

    private void refreshFormUnits() {
        Staff s = people.form().editingProperty().get();
        formUnits.setAll(filterUnits.stream().filter(u -> u.active() || (s != null && s.unitId() == u.id())).toList());
    }

    private void refilter() {
        String q = search.get();
        Unit u = unitFilter.get();
        boolean inactive = showInactive.get();
        people.filtered().setPredicate(s -> (inactive || s.active())
                && (u == null || s.unitId() == u.id())
                && (VnText.matches(s.fullName() + " " + nz(s.jobTitle()) + " " + s.unitName(), q)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Staff> staff() {
        return people.filtered();
    }

    public RecordList<Staff> list() {
        return people.screen().list();
    }

    /** True while the directory has nobody at all (not merely nobody the filters let through). */
    public BooleanBinding nothingYetProperty() {
        return Bindings.isEmpty(list().rows());
    }

    /** Shows everyone again: no search, no unit; the stopped ones too when only they are kept. */
    public void clearFilters() {
        search.set("");
        unitFilter.set(null);
        if (people.filtered().isEmpty()) {
            showInactive.set(true); // only stopped ones are kept
        }
    }

    /** "Tải mẫu Excel". */
    public void downloadTemplate() {
        transfer.downloadTemplate();
    }

    /** "Nhập từ Excel/tệp dữ liệu": the list read again once imported. */
    public void importFile() {
        transfer.importFile(this::load);
    }

    /** Imports {@code file} without asking for it (a file dropped or chosen elsewhere). */
    public void importFrom(Path file) {
        transfer.importFrom(file, this::load);
    }

    /** The last import's summary, shown under the list until the next. */
    public ReadOnlyStringProperty importOutcomeProperty() {
        return transfer.outcomeProperty();
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
        return people.form().editingProperty();
    }

    public FieldErrors errors() {
        return people.form().errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return people.form().statusProperty();
    }

    /** An empty form for a new person (the unit filter, if set, is proposed). */
    public void newStaff() {
        people.screen().open(null);
    }

    /** Loads a person into the form (null: an empty form; the unit filter, if set, is proposed). */
    public void edit(Staff shown) {
        // the mark first, then the person read again: the form shows what the mark covers (the list's row may be older)
        Long mark = shown == null ? null : directory.mark(DirectoryService.STAFF, shown.id());
        Staff s = shown == null ? null : directory.staff(shown.id())
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        people.form().begin(s);
        guard.loaded(s == null ? null : DirectoryService.draft(s), mark);
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
        Long id = people.form().editingId();
        Staff.Draft mine = new Staff.Draft(id, fullName.get(), unit.get() == null ? null : unit.get().id(),
                jobTitle.get(), category.get(), leader.get(), phone.get(), email.get());
        return people.screen().write(() -> guard.save(mine, directory::saveStaff,
                () -> DirectoryService.draft(directory.staff(id).orElseThrow()), field -> switch (field) {
                    case "staff.field.fullName" -> mine.fullName();
                    case "staff.field.unit" -> unit.get() == null ? null : unit.get().name();
                    case "staff.field.jobTitle" -> mine.jobTitle();
                    case "staff.field.category" -> mine.category() == null ? null : mine.category().label();
                    case "staff.field.leader" -> mine.leader() ? "✓" : "";
                    case "staff.field.phone" -> mine.phone();
                    case "staff.field.email" -> mine.email();
                    default -> null;
                }, () -> {
                    people.screen().open(directory.staff(id).orElseThrow());
                    people.form().say("conflict.keptTheirs");
                }), "common.saved");
    }

    public boolean toggleActive() {
        return people.toggleActive(directory::deactivateStaff, directory::reactivateStaff,
                id -> directory.staff(id).orElseThrow());
    }

    public List<AuditEntry> history() {
        return people.screen().history(id -> directory.history(DirectoryService.STAFF, id));
    }

    /**
     * Opens one person by id (the header's search): the list read again and its filters cleared so that it is listed,
     * selected and in the form; {@link #opened()} tells the screen to show this tab. Nothing when it is gone.
     */
    public void open(long id) {
        load();
        search.set("");
        unitFilter.set(null);
        directory.staff().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            showInactive.set(showInactive.get() || !r.active());
            people.screen().open(r);
            opened.fire(r);
        });
    }

    /** A record was opened from elsewhere ({@link #open}): its tab is to be shown. */
    public Signal<Staff> opened() {
        return opened;
    }
}
