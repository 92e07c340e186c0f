package vn.socongvu.trash.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.trash.Trash;
import vn.socongvu.ui.kit.DialogService;

/** The Thùng rác: what was deleted, newest first; restore one, remove one for good, or empty it. */
public final class TrashViewModel {
    private final Trash trash;
    private final DialogService dialogs;
    private final ObservableList<Trash.Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public TrashViewModel(Trash trash, DialogService dialogs) {
        this.trash = trash;
        this.dialogs = dialogs;
    }

    public void load() {
        items.setAll(trash.items());
        // When empty the table itself says so (its placeholder): the line above it stays blank, not saying it twice.
        summary.set(items.isEmpty() ? "" : Messages.get("trash.ui.count", items.size()));
    }

    public ObservableList<Trash.Item> items() {
        return items;
    }

    /** Puts the item back; the message says where it is now, or why it cannot come back yet. */
    public void restore(Trash.Item item) {
        try {
            Trash.Item back = trash.restore(item.id());
            message.set(Messages.get("trash.ui.restored", back.kind().label(), back.title()));
        } catch (ValidationException e) {
            message.set(e.errors().getFirst().message());
        }
        load();
    }

    /** Removes the item for good, once the clerk agreed. */
    public void purge(Trash.Item item) {
        if (!dialogs.confirm("trash.ui.purge", Messages.get("trash.ui.confirmPurge", item.title()))) {
            return;
        }
        try {
            trash.purge(item.id());
            message.set(Messages.get("trash.ui.purged", item.title()));
        } catch (ValidationException e) { // another client restored or removed it meanwhile
            message.set(e.errors().getFirst().message());
        }
        load();
    }

    /** Removes everything in the Thùng rác for good, once the clerk agreed. */
    public void empty() {
        if (!dialogs.confirm("trash.ui.emptyAll", Messages.get("trash.ui.confirmEmpty", items.size()))) {
            return;
        }
        int n = trash.empty(items.stream().map(Trash.Item::id).toList()); // only what the clerk saw
        message.set(Messages.get("trash.ui.emptied", n));
        load();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
