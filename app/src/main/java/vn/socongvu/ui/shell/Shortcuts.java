package vn.socongvu.ui.shell;

import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.DialogService;

/** "Phím tắt" in the header: the keyboard shortcuts of the window, listed. */
final class Shortcuts {
    private Shortcuts() {
    }

    static void showHelp(DialogService dialogs) {
        dialogs.showText("shortcuts-text", "shortcuts.title", Messages.get("shortcuts.header"),
                Messages.get("shortcuts.list"));
    }
}
