package vn.socongvu.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Máy chủ dữ liệu. */
public final class ServerView extends VBox {
    public ServerView(ServerViewModel vm) {
        super(12);
        setId("server-view");
        setPadding(new Insets(16));
        setMaxWidth(760);
        Label current = new Label();
        current.setId("server-current");
        current.setWrapText(true);
        current.getStyleClass().add(Styles.TEXT_BOLD);
        current.textProperty().bind(vm.currentProperty());
        Label hint = Ui.hint("server.ui.hint");
        TextField host = new TextField();
        host.textProperty().bindBidirectional(vm.host);
        host.setPromptText("192.168.1.10");
        TextField port = new TextField();
        port.textProperty().bindBidirectional(vm.port);
        port.setMaxWidth(100);
        TextField database = new TextField();
        database.textProperty().bindBidirectional(vm.database);
        TextField user = new TextField();
        user.textProperty().bindBidirectional(vm.user);
        FormGrid form = new FormGrid();
        form.add("server.field.host", host, "server-host", vm.errors().property("host"));
        form.add("server.field.port", port, "server-port", vm.errors().property("port"));
        form.add("server.field.database", database, "server-database", vm.errors().property("database"));
        form.add("server.field.user", user, "server-user", vm.errors().property("user"));
        Button check = Ui.button("server.ui.check", "server-check", vm::check);
        Button use = Ui.primary("server.ui.use", "server-use", vm::useServer);
        check.disableProperty().bind(vm.busyProperty());
        use.disableProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("server-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(Ui.title("server.ui.title"), current, hint, form, Ui.bar(check, use), status);
        if (vm.isOnServer()) {
            Button back = Ui.button("server.ui.backHere", "server-back-here", vm::backToThisPc);
            back.disableProperty().bind(vm.busyProperty());
            getChildren().addAll(Ui.hint("server.ui.backHint"), Ui.bar(back));
        }
    }
}
