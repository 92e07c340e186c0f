package vn.socongvu.audit.ui;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import vn.socongvu.audit.AuditEntry;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.Ui;

/** "Lịch sử thay đổi": who changed what, when, old → new. */
public final class HistoryDialog {
    private HistoryDialog() {
    }

    public static TableView<AuditEntry> table(List<AuditEntry> entries) {
        TableView<AuditEntry> t = new TableView<>(FXCollections.observableArrayList(entries));
        t.setId("history-table");
        TableColumn<AuditEntry, String> at = Ui.textColumn("audit.column.at", 130, e -> VnFormat.dateTime(e.at()));
        at.setComparator(String::compareTo);
        at.setSortable(false);
        TableColumn<AuditEntry, String> actor = Ui.textColumn("audit.column.actor", 100, AuditEntry::actor);
        TableColumn<AuditEntry, String> action = Ui.textColumn("audit.column.action", 110,
                e -> Messages.get(e.action().labelKey()));
        TableColumn<AuditEntry, String> field = Ui.textColumn("audit.column.field", 150,
                e -> e.field() == null ? "" : Messages.get(e.field()));
        TableColumn<AuditEntry, String> oldV = Ui.textColumn("audit.column.old", 180, AuditEntry::oldValue);
        TableColumn<AuditEntry, String> newV = Ui.textColumn("audit.column.new", 180, AuditEntry::newValue);
        t.getColumns().setAll(List.of(at, actor, action, field, oldV, newV));
        t.setPlaceholder(new Label(Messages.get("audit.empty")));
        Ui.styleTable(t);
        return t;
    }

    public static void show(Window owner, List<AuditEntry> entries) {
        Dialog<Void> d = Dialogs.create(owner, "audit.history", "history-dialog");
        d.setResizable(true);
        d.getDialogPane().setContent(table(entries));
        d.getDialogPane().setPrefSize(900, 420);
        d.getDialogPane().getButtonTypes().add(Dialogs.CLOSE);
        d.show();
    }
}
