package vn.socongvu.inspection.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.FormState;

/** Danh mục → Nội dung kiểm tra: the contents an inspection checks, in the clerk's order. */
public final class InspectionItemsViewModel {
    private final InspectionService inspections;
    final ObservableList<InspectionItem> items = FXCollections.observableArrayList();
    private final FormState<InspectionItem> form = new FormState<>(InspectionItem::id, "name");
    final StringProperty name = new SimpleStringProperty("");

    public InspectionItemsViewModel(InspectionService inspections) {
        this.inspections = inspections;
    }

    public void load() {
        items.setAll(inspections.items());
    }

    public ObjectProperty<InspectionItem> editingProperty() {
        return form.editingProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyStringProperty statusProperty() {
        return form.statusProperty();
    }

    public void edit(InspectionItem item) {
        form.begin(item);
        name.set(item == null ? "" : item.name());
    }

    /** Adds or renames. @return the saved content, or null when refused (message at the field) */
    public InspectionItem save() {
        return form.submit(() -> inspections.saveItem(form.editingId(), name.get()), this::reloadAndEdit,
                x -> "common.saved");
    }

    private void reloadAndEdit(InspectionItem item) {
        load();
        edit(item);
    }

    /** Stops or resumes offering the content in the form being edited. */
    public void toggleActive() {
        InspectionItem item = form.editingProperty().get();
        if (item != null) {
            form.submit(() -> {
                inspections.setItemActive(item.id(), !item.active());
                return inspections.items().stream().filter(x -> x.id() == item.id()).findFirst().orElseThrow();
            }, this::reloadAndEdit, x -> x.active() ? "common.reactivated" : "common.deactivated");
        }
    }

    public void move(boolean up) {
        InspectionItem item = form.editingProperty().get();
        if (item != null) {
            inspections.moveItem(item.id(), up);
            load();
        }
    }

    public List<AuditEntry> history() {
        InspectionItem item = form.editingProperty().get();
        return item == null ? List.of() : inspections.itemHistory(item.id());
    }
}
