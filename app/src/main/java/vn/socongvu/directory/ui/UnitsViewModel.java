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
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.common.ValidationException;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.EditGuard;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.RecordList;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/** The units list (search, inactive filter) and the unit form. */
public final class UnitsViewModel {
    private final DirectoryService directory;
    private final Catalogue<Unit> units;
    private final StringProperty search = new SimpleStringProperty("");
    private final Signal<Unit> opened = new Signal<>();
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.DEPARTMENT);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    private final DirectoryTransfer transfer;
    /** The unit as loaded and its audit mark: a save refused because someone else changed it asks the clerk. */
    private final EditGuard<Unit.Draft> guard;

    public UnitsViewModel(DirectoryService directory, DirectoryTransfer transfer, TaskRunner runner) {
        this.directory = directory;
        this.transfer = transfer;
        this.guard = new EditGuard<>(transfer.dialogs(), DirectoryService.UNIT_MERGE::merge);
        this.units = new Catalogue<>(runner, "socongvu-unit-list", Unit::id, Unit::active, new String[] {"name", "shortName", "kind",
            "phone", "note", "active"}, this::load, this::edit);
        search.addListener((o, a, b) -> refilter());
        showInactive.addListener((o, a, b) -> refilter());
        refilter();
    }

    /** A screen shows this model: each reads the list, keeping the form; the first starts a new record. */
    public void screenOpened() {
        units.screen().screenOpened(this::load);
    }

    public void load() {
        units.screen().list().replace(directory.units());
    }

    private void refilter() {
        String q = search.get();
        boolean inactive = showInactive.get();
        units.filtered().setPredicate(u -> (inactive || u.active())
                && (VnText.matches(u.name(), q) || VnText.matches(u.shortName(), q)));
    }

    public ObservableList<Unit> units() {
        return units.filtered();
    }

    public RecordList<Unit> list() {
        return units.screen().list();
    }

    /** True while the directory has no unit at all (not merely none the filters let through). */
    public BooleanBinding nothingYetProperty() {
        return Bindings.isEmpty(list().rows());
    }

    /** Shows every unit again: no search; the stopped ones too when only they are kept. */
    public void clearFilters() {
        search.set("");
        if (units.filtered().isEmpty()) {
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

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<Unit> editingProperty() {
        return units.form().editingProperty();
    }

    public FieldErrors errors() {
        return units.form().errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return units.form().statusProperty();
    }

    /** An empty form for a new unit. */
    public void newUnit() {
        units.screen().open(null);
    }

    /** Loads a unit into the form (null: an empty form for a new unit). */
    public void edit(Unit shown) {
        // the mark first, then the unit read again: the form shows what the mark covers (the list's row may be older)
        Long mark = shown == null ? null : directory.mark(DirectoryService.UNIT, shown.id());
        Unit u = shown == null ? null : directory.unit(shown.id())
                .orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
        units.form().begin(u);
        guard.loaded(u == null ? null : DirectoryService.draft(u), mark);
        name.set(u == null ? "" : u.name());
        shortName.set(u == null || u.shortName() == null ? "" : u.shortName());
        kind.set(u == null ? UnitKind.DEPARTMENT : u.kind());
        phone.set(u == null || u.phone() == null ? "" : u.phone());
        note.set(u == null || u.note() == null ? "" : u.note());
    }

    /** Saves the form. @return the saved unit, or null when the input was refused (messages at the fields) */
    public Unit save() {
        Long id = units.form().editingId();
        Unit.Draft mine = new Unit.Draft(id, name.get(), shortName.get(), kind.get(), phone.get(), note.get());
        return units.screen().write(() -> guard.save(mine, directory::saveUnit,
                () -> DirectoryService.draft(directory.unit(id).orElseThrow()), field -> switch (field) {
                    case "unit.field.name" -> mine.name();
                    case "unit.field.shortName" -> mine.shortName();
                    case "unit.field.kind" -> mine.kind() == null ? null : mine.kind().label();
                    case "unit.field.phone" -> mine.phone();
                    case "unit.field.note" -> mine.note();
                    default -> null;
                }, () -> {
                    units.screen().open(directory.unit(id).orElseThrow());
                    units.form().say("conflict.keptTheirs");
                }), "common.saved");
    }

    /** Deactivates or reactivates the unit in the form. @return whether it was done */
    public boolean toggleActive() {
        return units.toggleActive(directory::deactivateUnit, directory::reactivateUnit,
                id -> directory.unit(id).orElseThrow());
    }

    public List<AuditEntry> history() {
        return units.screen().history(id -> directory.history(DirectoryService.UNIT, id));
    }

    /**
     * Opens one unit by id (the header's search): the list read again and its filters cleared so that it is listed,
     * selected and in the form; {@link #opened()} tells the screen to show this tab. Nothing when it is gone.
     */
    public void open(long id) {
        load();
        search.set("");
        directory.units().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            showInactive.set(showInactive.get() || !r.active());
            units.screen().open(r);
            opened.fire(r);
        });
    }

    /** A record was opened from elsewhere ({@link #open}): its tab is to be shown. */
    public Signal<Unit> opened() {
        return opened;
    }
}
