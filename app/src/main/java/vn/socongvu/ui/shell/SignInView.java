package vn.socongvu.ui.shell;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** The sign-in page shown before a server database is opened. */
public final class SignInView extends VBox {
    public SignInView(SignInViewModel vm) {
        super(16);
        setId("signin-view");
        setPadding(new Insets(48));
        setMaxWidth(720);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.get("signin.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label server = new Label(vm.serverText());
        server.setId("signin-server");
        server.setWrapText(true);
        TextField user = new TextField();
        user.textProperty().bindBidirectional(vm.user);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.password);
        password.setOnAction(e -> vm.signIn());
        // Enter in the login: on to the password, or signed in when it is typed already
        user.setOnAction(e -> {
            if (password.getText() == null || password.getText().isEmpty()) {
                password.requestFocus();
            } else {
                vm.signIn();
            }
        });
        FormGrid form = new FormGrid();
        form.add("signin.user", user, "signin-user", vm.errors().property("user"));
        form.add("signin.password", password, "signin-password", vm.errors().property("password"));
        Label message = new Label();
        message.setId("signin-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty()); // no gap over the buttons while there is none
        Button signIn = Ui.primary("signin.action", "signin-action", vm::signIn);
        Button local = Ui.button("signin.local", "signin-local", vm::workLocally);
        signIn.disableProperty().bind(vm.busyProperty());
        local.disableProperty().bind(vm.busyProperty());
        Label hint = new Label(Messages.get("signin.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(title, server, form, message, Ui.bar(signIn, local), hint);
        // The cursor where the clerk types first (the password when the login is filled in), once the page is in its
        // window, and again at the field a refusal names.
        Runnable focus = () -> {
            TextField field = "user".equals(vm.focusProperty().get()) ? user : password;
            field.requestFocus();
            field.end();
        };
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                Platform.runLater(focus);
            }
        });
        vm.focusProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && getScene() != null) {
                focus.run();
            }
        });
    }
}
