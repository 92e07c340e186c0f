package vn.socongvu.ui.kit;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import vn.socongvu.i18n.Messages;

/**
 * The app's standard dialog buttons, in Vietnamese from the bundle: JavaFX's own {@code ButtonType.OK},
 * {@code CANCEL}, {@code CLOSE} … show English ("Cancel") and are never used (ArchitectureTest); and the app's
 * dialogs, made to fit the screen.
 */
public final class Dialogs {
    /** "Đồng ý". */
    public static final ButtonType OK = new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    /** "Hủy". */
    public static final ButtonType CANCEL = new ButtonType(Messages.get("common.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    /** "Đóng". */
    public static final ButtonType CLOSE = new ButtonType(Messages.get("common.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private Dialogs() {
    }

    /** A dialog owned by {@code owner} (when there is one), titled, with the node id {@code id}, fitting the screen. */
    public static <T> Dialog<T> create(Window owner, String titleKey, String id) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(Messages.get(titleKey));
        d.setHeaderText(null);
        if (id != null) {
            d.getDialogPane().setId(id);
        }
        return Windows.fit(d);
    }
}
