package vn.socongvu.ui.kit;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

import vn.socongvu.i18n.Messages;

/**
 * The right-click menu of every text field and text area, in Vietnamese: JavaFX's own (Undo, Cut, Copy, Paste …)
 * is in English. Installed once for every window the app opens, dialogs included: a field without a menu of its
 * own is given this one when the clerk asks for a menu.
 */
public final class TextMenus {
    private static final String INSTALLED = "socongvu.textMenus";
    private static final EventHandler<ContextMenuEvent> GIVE_MENU = e -> {
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                if (field.getContextMenu() == null) {
                    field.setContextMenu(menu(field));
                }
                return;
            }
        }
    };
    private static boolean watching;

    private TextMenus() {
    }

    /** Gives every window, now and later, the Vietnamese text menu (once; call on the FX thread). */
    public static void install() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().forEach(TextMenus::install);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TextMenus::install);
            }
        });
    }

    private static void install(Window w) {
        if (!w.getProperties().containsKey(INSTALLED)) {
            w.getProperties().put(INSTALLED, Boolean.TRUE);
            w.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, GIVE_MENU);
        }
    }

    /** The menu of {@code field}: undo, redo, cut, copy, paste, delete, select all, each enabled when it can act. */
    public static ContextMenu menu(TextInputControl field) {
        MenuItem undo = item("text.menu.undo", field::undo);
        MenuItem redo = item("text.menu.redo", field::redo);
        MenuItem cut = item("text.menu.cut", field::cut);
        MenuItem copy = item("text.menu.copy", field::copy);
        MenuItem paste = item("text.menu.paste", field::paste);
        MenuItem delete = item("text.menu.delete", () -> field.replaceSelection(""));
        MenuItem all = item("text.menu.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean editable = field.isEditable() && !field.isDisabled();
            boolean selected = field.getSelection().getLength() > 0;
            boolean secret = field instanceof PasswordField;
            undo.setDisable(!editable || !field.isUndoable());
            redo.setDisable(!editable || !field.isRedoable());
            cut.setDisable(!editable || !selected || secret);
            copy.setDisable(!selected || secret);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            all.setDisable(field.getLength() == 0 || field.getSelection().getLength() == field.getLength());
        });
        return menu;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }
}
