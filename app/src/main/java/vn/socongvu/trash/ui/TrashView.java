package vn.socongvu.trash.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.trash.Trash;
import vn.socongvu.ui.kit.Ui;

/** Thùng rác: the deleted records, with restore, remove for good and empty. */
public final class TrashView extends VBox {
    public TrashView(TrashViewModel vm) {
        super(8);
        setId("trash-view");
        setPadding(new Insets(16));
        vm.load();
        Label hint = Ui.hint("trash.ui.hint");
        TableView<Trash.Item> table = new TableView<>(vm.items());
        table.setId("trash-table");
        Ui.styleTable(table);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getColumns().add(Ui.textColumn("trash.ui.kind", 130, i -> i.kind().label()));
        var title = Ui.longText(Ui.textColumn("trash.ui.title", 520, Trash.Item::title));
        table.getColumns().add(title);
        table.getColumns().add(Ui.textColumn("trash.ui.deletedAt", 150, i -> VnFormat.dateTime(i.deletedAt())));
        table.getColumns().add(Ui.textColumn("trash.ui.deletedBy", 120, Trash.Item::deletedBy));
        table.setPlaceholder(new Label(Messages.get("trash.ui.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button restore = Ui.primary("trash.ui.restore", "trash-restore", () -> vm.restore(selected.get()));
        restore.disableProperty().bind(selected.isNull());
        Button purge = Ui.button("trash.ui.purge", "trash-purge", () -> vm.purge(selected.get()));
        purge.disableProperty().bind(selected.isNull());
        purge.getStyleClass().add(Styles.DANGER);
        Button empty = Ui.button("trash.ui.emptyAll", "trash-empty", vm::empty);
        empty.getStyleClass().add(Styles.DANGER);
        empty.disableProperty().bind(Bindings.isEmpty(vm.items()));
        Label summary = new Label();
        summary.setId("trash-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label message = new Label();
        message.setId("trash-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(Ui.title("trash.ui.heading"), hint, Ui.bar(summary, Ui.spacer(), restore, purge, empty),
                message, table);
    }
}
