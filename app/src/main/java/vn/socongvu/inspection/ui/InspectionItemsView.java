package vn.socongvu.inspection.ui;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.i18n.Messages;
import vn.socongvu.inspection.InspectionItem;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Danh mục → Nội dung kiểm tra: the list in order on the left, the name of the chosen one on the right. */
public final class InspectionItemsView extends SplitPane {
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");
    private final InspectionItemsViewModel vm;
    private final ListView<InspectionItem> list = new ListView<>();

    public InspectionItemsView(InspectionItemsViewModel vm) {
        this.vm = vm;
        setId("inspection-items-view");
        list.setItems(vm.items);
        list.setId("inspection-item-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(InspectionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.name()
                        + (item.active() ? "" : " — " + Messages.get("directory.state.inactive")));
                pseudoClassStateChanged(INACTIVE, !empty && item != null && !item.active());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                vm.edit(item);
            }
        });
        Button add = Ui.button("inspections.items.new", "inspection-item-new", () -> {
            list.getSelectionModel().clearSelection();
            vm.edit(null);
        });
        add.getStyleClass().add(Styles.ACCENT);
        Button up = Ui.button("plans.task.up", "inspection-item-up", () -> move(true));
        Button down = Ui.button("plans.task.down", "inspection-item-down", () -> move(false));
        up.disableProperty().bind(vm.editingProperty().isNull());
        down.disableProperty().bind(vm.editingProperty().isNull());
        Label hint = Ui.hint("inspections.items.hint");
        BorderPane left = new BorderPane(list);
        VBox top = new VBox(8, hint, Ui.bar(add, up, down));
        top.setPadding(new Insets(0, 0, 8, 0));
        left.setTop(top);
        left.setPadding(new Insets(12));

        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.name);
        FormGrid form = new FormGrid();
        form.add("inspection.item.field.name", name, "inspection-item-name", vm.errors().property("name"));
        Button save = Ui.primary("common.save", "inspection-item-save", () -> reselect(vm.save()));
        Button toggle = Ui.button("common.deactivate", "inspection-item-toggle", () -> {
            InspectionItem current = vm.editingProperty().get();
            vm.toggleActive();
            reselect(current);
        });
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            InspectionItem i = vm.editingProperty().get();
            return Messages.get(i != null && !i.active() ? "common.reactivate" : "common.deactivate");
        }, vm.editingProperty()));
        toggle.disableProperty().bind(vm.editingProperty().isNull());
        Button history = Ui.button("audit.history", "inspection-item-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.history()));
        history.disableProperty().bind(vm.editingProperty().isNull());
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(vm.editingProperty().get() == null
                ? "inspections.items.formNew" : "inspections.items.formEdit"), vm.editingProperty()));
        Label status = new Label();
        status.setId("inspection-item-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        VBox right = new VBox(8, title, form, Ui.buttons(save, toggle, history), status);
        right.setPadding(new Insets(12, 16, 12, 16));
        right.setMinWidth(360);
        getItems().addAll(left, right);
        setDividerPositions(0.6);
        vm.load();
        vm.edit(null);
    }

    private void move(boolean up) {
        InspectionItem current = vm.editingProperty().get();
        vm.move(up);
        reselect(current);
    }

    private void reselect(InspectionItem item) {
        if (item != null) {
            vm.items.stream().filter(x -> x.id() == item.id()).findFirst()
                    .ifPresent(x -> list.getSelectionModel().select(x));
        }
    }
}
