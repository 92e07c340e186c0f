package vn.socongvu.ui.kit;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Staff;
import vn.socongvu.directory.Unit;
import vn.socongvu.text.VnText;

/**
 * The people and the units a form offers (those still active, in Vietnamese order), read again with the screen's
 * lists, and the person or unit a saved record names (found among them, else in the directory: they may have left).
 */
public final class DirectoryChoices {
    private final DirectoryService directory;
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();

    public DirectoryChoices(DirectoryService directory) {
        this.directory = directory;
    }

    /** Reads the active people and units again. */
    public void reload() {
        staff.setAll(directory.staff().stream().filter(Staff::active).sorted(VnText.comparing(Staff::fullName)).toList());
        units.setAll(directory.activeUnits().stream().sorted(VnText.comparing(Unit::name)).toList());
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    /** The person {@code id} (null for none): the one offered, else the directory's. */
    public Staff person(Long id) {
        if (id == null) {
            return null;
        }
        return staff.stream().filter(s -> s.id() == id).findFirst().orElse(directory.staff(id).orElse(null));
    }

    /** The unit {@code id} (null for none or one no longer there). */
    public Unit unit(Long id) {
        return id == null ? null : directory.unit(id).orElse(null);
    }
}
