package vn.socongvu.directory.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.Bound;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.RecordScreen;
import vn.socongvu.ui.kit.TableSelection;
import vn.socongvu.ui.kit.Ui;

/** Danh mục → Đơn vị: the list on the left, the form on the right. */
public final class UnitsView extends SplitPane {
    private final UnitsViewModel vm;
    private final TableView<Unit> table = new TableView<>();
    private final TableSelection<Unit> selection;

    public UnitsView(UnitsViewModel vm) {
        this.vm = vm;
        this.selection = new TableSelection<>(table, vm::edit).follow(vm.list());
        setId("units-view");
        getItems().addAll(listPane(), formPane());
        setDividerPositions(0.58);
        vm.screenOpened();
    }

    private BorderPane listPane() {
        var search = Ui.searchField("directory.search.prompt", "unit-search", vm.searchProperty());
        search.setPrefWidth(280);
        search.setMinWidth(120);
        CheckBox inactive = new CheckBox(Messages.get("directory.showInactive"));
        inactive.setId("unit-show-inactive");
        inactive.selectedProperty().bindBidirectional(vm.showInactiveProperty());
        Button add = RecordScreen.add("unit.action.new", "unit-new", vm::newUnit);

        TableColumn<Unit, String> name = Ui.textColumn("unit.field.name", 280, Unit::name);
        TableColumn<Unit, String> shortName = Ui.textColumn("unit.field.shortName", 120, Unit::shortName);
        TableColumn<Unit, UnitKind> kind = Ui.column("unit.field.kind", 150, Unit::kind);
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(UnitKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.label());
            }
        });
        TableColumn<Unit, String> state = Ui.textColumn("directory.column.state", 110,
                u -> Messages.get(u.active() ? "directory.state.active" : "directory.state.inactive"));
        table.getColumns().setAll(List.of(name, shortName, kind, state));
        table.setId("unit-table");
        SortedList<Unit> sorted = new SortedList<>(vm.units());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        Ui.styleTable(table);
        table.setPlaceholder(RecordScreen.emptyList("unit-empty", "units.emptyList", vm.nothingYetProperty(),
                vm::clearFilters, RecordScreen.add("unit.action.new", "unit-empty-new", vm::newUnit),
                Ui.button("staffImport.action.template", "unit-empty-template", vm::downloadTemplate),
                Ui.button("staffImport.action.import", "unit-empty-import", vm::importFile)));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Unit u, boolean empty) {
                super.updateItem(u, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("inactive"), !empty && u != null && !u.active());
            }
        });
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("directory.count", vm.units().size()), vm.units()));

        Button template = Ui.button("staffImport.action.template", "unit-template", vm::downloadTemplate);
        Button importFile = Ui.button("staffImport.action.import", "unit-import", vm::importFile);
        Label outcome = RecordScreen.message(vm.importOutcomeProperty());
        outcome.setId("unit-import-outcome");
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        return RecordScreen.listPane(table, new VBox(6, Ui.bar(count, Ui.spacer(), template, importFile), outcome),
                Ui.bar(search, inactive, Ui.spacer(), add));
    }

    private VBox formPane() {
        var errors = vm.errors();
        FormGrid form = new FormGrid();
        form.add("unit.field.name", Bound.text(vm.name), "unit-name", errors.property("name"));
        form.add("unit.field.shortName", Bound.text(vm.shortName), "unit-short-name", errors.property("shortName"));
        form.add("unit.field.kind", Bound.choice(Ui.enumCombo(UnitKind.class), vm.kind), "unit-kind",
                errors.property("kind"));
        form.add("unit.field.phone", Bound.text(vm.phone), "unit-phone", errors.property("phone"));
        form.add("unit.field.note", Ui.textArea(vm.note, 3), "unit-note", errors.property("note"));
        return CatalogueForm.pane("unit", "unit.form.new", "unit.form.edit", form, vm.editingProperty(), Unit::active,
                vm.errors(), vm.statusProperty(), vm::save, vm::toggleActive, vm::history);
    }
}
