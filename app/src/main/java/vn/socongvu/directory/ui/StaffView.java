package vn.socongvu.directory.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.directory.Staff;
import vn.socongvu.directory.StaffCategory;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.Bound;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.Ui;

/** Danh mục → Cán bộ, công chức: the list on the left, the form on the right. */
public final class StaffView extends SplitPane {
    private final StaffViewModel vm;
    private final TableView<Staff> table = new TableView<>();
    private final TableSelection<Staff> selection;

    public StaffView(StaffViewModel vm) {
        this.vm = vm;
        this.selection = new TableSelection<>(table, vm::edit).follow(vm.list());
        setId("staff-view");
        getItems().addAll(listPane(), formPane());
        setDividerPositions(0.62);
        vm.screenOpened();
    }

    private BorderPane listPane() {
        var search = Ui.searchField("staff.search.prompt", "staff-search", vm.searchProperty());
        search.setPrefWidth(220);
        search.setMinWidth(140);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<Unit> unitFilter = Ui.combo(List.of(), Unit::name);
        unitFilter.setItems(vm.filterUnits());
        unitFilter.setId("staff-unit-filter");
        unitFilter.setPromptText(Messages.get("staff.filter.allUnits"));
        unitFilter.valueProperty().bindBidirectional(vm.unitFilterProperty());
        unitFilter.setPrefWidth(220);
        unitFilter.setMinWidth(200);
        unitFilter.setMaxWidth(220);
        Button clearUnit = Ui.button("staff.filter.clearUnit", "staff-unit-filter-clear",
                () -> vm.unitFilterProperty().set(null));
        clearUnit.getStyleClass().add(Styles.FLAT);
        clearUnit.visibleProperty().bind(vm.unitFilterProperty().isNotNull());
        CheckBox inactive = new CheckBox(Messages.get("directory.showInactive"));
        inactive.setId("staff-show-inactive");
        inactive.selectedProperty().bindBidirectional(vm.showInactiveProperty());
        Button add = RecordScreen.add("staff.action.new", "staff-new", vm::newStaff);

        TableColumn<Staff, String> name = Ui.textColumn("staff.field.fullName", 190, Staff::fullName);
        // People are sorted by given name first, as Vietnamese lists are.
        name.setComparator(VnText.comparing(StaffView::sortKey));
        TableColumn<Staff, String> title = Ui.textColumn("staff.field.jobTitle", 170, Staff::jobTitle);
        TableColumn<Staff, String> unit = Ui.textColumn("staff.field.unit", 220, Staff::unitName);
        TableColumn<Staff, String> category = Ui.textColumn("staff.field.category", 120, s -> s.category().label());
        TableColumn<Staff, String> state = Ui.textColumn("directory.column.state", 100,
                s -> Messages.get(s.active() ? "directory.state.active" : "directory.state.inactive"));
        table.getColumns().setAll(List.of(name, title, unit, category, state));
        table.setId("staff-table");
        SortedList<Staff> sorted = new SortedList<>(vm.staff());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        Ui.styleTable(table);
        table.setPlaceholder(RecordScreen.emptyList("staff-empty", "staff.emptyList", vm.nothingYetProperty(),
                vm::clearFilters, RecordScreen.add("staff.action.new", "staff-empty-new", vm::newStaff),
                Ui.button("staffImport.action.template", "staff-empty-template", vm::downloadTemplate),
                Ui.button("staffImport.action.import", "staff-empty-import", vm::importFile)));
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("staff.count", vm.staff().size()), vm.staff()));

        Button template = Ui.button("staffImport.action.template", "staff-template", vm::downloadTemplate);
        Button importFile = Ui.button("staffImport.action.import", "staff-import", vm::importFile);
        Label outcome = RecordScreen.message(vm.importOutcomeProperty());
        outcome.setId("staff-import-outcome");
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        return RecordScreen.listPane(table, new VBox(6, Ui.bar(count, Ui.spacer(), template, importFile), outcome),
                Ui.bar(search, add), Ui.bar(unitFilter, clearUnit, inactive));
    }

    /** "Nguyễn Văn An" sorts as "An Nguyễn Văn": given name, then the rest. */
    static String sortKey(String fullName) {
        if (fullName == null) {
            return null;
        }
        int i = fullName.lastIndexOf(' ');
        return i < 0 ? fullName : fullName.substring(i + 1) + " " + fullName.substring(0, i);
    }

    private VBox formPane() {
        ComboBox<Unit> unit = Ui.combo(List.of(), Unit::name);
        unit.setItems(vm.formUnits());
        unit.setPromptText(Messages.get("staff.unit.prompt"));
        var errors = vm.errors();
        FormGrid form = new FormGrid();
        form.add("staff.field.fullName", Bound.text(vm.fullName), "staff-full-name", errors.property("fullName"));
        form.add("staff.field.unit", Bound.choice(unit, vm.unit), "staff-unit", errors.property("unit"));
        form.add("staff.field.jobTitle", Bound.text(vm.jobTitle), "staff-job-title", errors.property("jobTitle"));
        form.add("staff.field.category", Bound.choice(Ui.enumCombo(StaffCategory.class), vm.category),
                "staff-category", errors.property("category"));
        form.add("staff.field.leader", Bound.check("staff.field.leader.check", vm.leader), "staff-leader", null);
        form.add("staff.field.phone", Bound.text(vm.phone), "staff-phone", errors.property("phone"));
        form.add("staff.field.email", Bound.text(vm.email), "staff-email", errors.property("email"));

        return CatalogueForm.pane("staff", "staff.form.new", "staff.form.edit", form, vm.editingProperty(), Staff::active,
                vm.errors(), vm.statusProperty(), vm::save, vm::toggleActive, vm::history);
    }
}
