package vn.socongvu.ui.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.Ui;

/**
 * The data folders in the window: the header's "Dữ liệu ▾" menu, the demo commune's banner and Cài đặt's "Thư mục
 * dữ liệu" tab, all on one {@link DataFoldersViewModel}.
 */
final class DataMenu {
    private DataMenu() {
    }

    /**
     * "Dữ liệu ▾": where the data is (this PC or a server), open another folder, start new data, leave the demo, the
     * server's settings and the way back from a server to this PC, the recent folders.
     * @param serverSettings opens Cài đặt → Máy chủ dữ liệu; null where it cannot (the setup, an account that may not)
     */
    static MenuButton button(DataFoldersViewModel vm, Runnable serverSettings) {
        MenuButton menu = new MenuButton(Messages.get("datafolder.menu"));
        menu.setId("data-menu");
        menu.getStyleClass().add(Styles.FLAT);
        fill(menu, vm, serverSettings);
        menu.setOnShowing(e -> fill(menu, vm, serverSettings)); // the recent folders as they are now
        return menu;
    }

    private static void fill(MenuButton menu, DataFoldersViewModel vm, Runnable serverSettings) {
        menu.getItems().setAll(where(vm.whereText()),
                item("datafolder.menu.open", "data-open-other", vm::openOther),
                item("datafolder.menu.new", "data-new", vm::startNew));
        if (vm.offersLeavingDemo()) {
            menu.getItems().add(item("datafolder.menu.leaveDemo", "data-leave-demo", vm::leaveDemo));
        }
        Path now = vm.currentFolder();
        if (now != null) {
            menu.getItems().add(item("datafolder.menu.showFolder", "data-show-folder", vm::showCurrentFolder));
        }
        boolean onServer = vm.currentServer().isPresent();
        if (serverSettings != null || onServer) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        if (serverSettings != null) {
            menu.getItems().add(item("datafolder.menu.server", "data-server", serverSettings));
        }
        if (onServer) {
            menu.getItems().add(item("datafolder.menu.backHere", "data-back-here", vm::backToThisPc));
        }
        List<Path> recent = vm.recentFolders();
        if (!recent.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().add(head(Messages.get("datafolder.menu.recent")));
            for (int i = 0; i < recent.size(); i++) {
                Path p = recent.get(i);
                MenuItem m = new MenuItem(p.toString());
                m.setId("data-recent-" + i);
                m.setMnemonicParsing(false);
                m.setOnAction(e -> vm.open(p));
                menu.getItems().add(m);
            }
        }
    }

    /** The menu's first line: where the data is, in bold (read, not chosen: choosing it does nothing). */
    private static CustomMenuItem where(String text) {
        Label where = new Label(text);
        where.getStyleClass().add(Styles.TEXT_BOLD);
        CustomMenuItem w = new CustomMenuItem(where, false);
        w.setId("data-where");
        return w;
    }

    /** A line of small, muted text heading a part of the menu; not chosen. */
    private static CustomMenuItem head(String text) {
        Label head = new Label(text);
        head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        CustomMenuItem h = new CustomMenuItem(head, false);
        h.setDisable(true);
        return h;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Under the header in the demo commune's data: what it is, and the way out of it. */
    static Node demoBanner(DataFoldersViewModel vm) {
        Label text = new Label(vm.demoText());
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(16, text);
        if (vm.offersLeavingDemo()) {
            Button leave = Ui.primary("datafolder.menu.leaveDemo", "demo-banner-leave", vm::leaveDemo);
            leave.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(leave);
        }
        bar.setId("demo-banner");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted; "
                + "-fx-border-width: 0 0 1 0;");
        return bar;
    }

    /** Cài đặt → Thư mục dữ liệu: where the data is, and the same actions as the menu. */
    static Node settingsPane(DataFoldersViewModel vm) {
        VBox box = new VBox(12);
        box.setId("data-folders-pane");
        box.setPadding(new Insets(16));
        Path now = vm.currentFolder();
        Label where = new Label(Messages.get("datafolder.settings.current", now == null ? "" : now));
        where.setWrapText(true);
        where.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(Messages.get("datafolder.settings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().addAll(Ui.title("datafolder.settings.title"), where, hint,
                Ui.bar(Ui.button("datafolder.menu.showFolder", "settings-data-show", vm::showCurrentFolder),
                        Ui.button("datafolder.menu.open", "settings-data-open", vm::openOther),
                        Ui.button("datafolder.menu.new", "settings-data-new", vm::startNew)));
        if (vm.isDemo()) {
            Label demo = new Label(vm.demoText());
            demo.setWrapText(true);
            box.getChildren().add(demo);
            if (vm.offersLeavingDemo()) {
                box.getChildren().add(Ui.primary("datafolder.menu.leaveDemo", "settings-data-leave-demo",
                        vm::leaveDemo));
            }
        }
        List<Path> recent = vm.recentFolders();
        if (!recent.isEmpty()) {
            box.getChildren().add(Ui.title("datafolder.menu.recent"));
            for (int i = 0; i < recent.size(); i++) {
                Path p = recent.get(i);
                Label l = new Label(p.toString());
                l.setWrapText(true);
                l.setMinWidth(0);
                HBox.setHgrow(l, Priority.ALWAYS);
                Button open = Ui.button("datafolder.settings.openRecent", "settings-data-recent-" + i, () -> vm.open(p));
                open.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(12, l, open);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
        }
        box.setMaxWidth(900);
        return box;
    }
}
