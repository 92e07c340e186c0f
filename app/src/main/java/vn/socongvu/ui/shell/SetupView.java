package vn.socongvu.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.ui.BackupViewModel;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/**
 * First start: two choices side by side, set up our commune or try the demo commune; and, where the window can
 * replace the data, restore a backup made on another computer (Cài đặt → Sao lưu's own restore).
 */
public final class SetupView extends ScrollPane {
    public SetupView(SetupViewModel vm) {
        this(vm, null);
    }

    /** @param restore Sao lưu's model, to restore a backup in place of the empty data; null where it cannot be */
    public SetupView(SetupViewModel vm, BackupViewModel restore) {
        setId("setup-view");
        setFitToWidth(true);
        Label welcome = new Label(Messages.get("setup.welcome"));
        welcome.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Messages.get("setup.intro"));
        intro.setWrapText(true);

        TextField commune = new TextField();
        commune.setPromptText(Messages.get("setup.communeName.prompt"));
        commune.textProperty().bindBidirectional(vm.communeName);
        TextField province = new TextField();
        province.setPromptText(Messages.get("setup.province.prompt"));
        province.textProperty().bindBidirectional(vm.province);
        TextField place = new TextField();
        place.textProperty().bindBidirectional(vm.placeName);
        TextField chairman = new TextField();
        chairman.textProperty().bindBidirectional(vm.chairman);
        TextArea vices = new TextArea();
        vices.setPrefRowCount(3);
        vices.setPromptText(Messages.get("setup.viceChairmen.prompt"));
        vices.textProperty().bindBidirectional(vm.viceChairmen);
        CheckBox typical = new CheckBox(Messages.get("setup.addTypicalUnits"));
        typical.setWrapText(true);
        typical.selectedProperty().bindBidirectional(vm.addTypicalUnits);

        FormGrid form = new FormGrid();
        form.add("settings.field.communeName", commune, "setup-commune", vm.errors().property("communeName"));
        form.add("settings.field.province", province, "setup-province", vm.errors().property("province"));
        form.add("settings.field.placeName", place, "setup-place", vm.errors().property("placeName"));
        form.add("setup.chairman", chairman, "setup-chairman", vm.errors().property("chairman"));
        form.add("setup.viceChairmen", vices, "setup-vices", null);
        form.addFull(Ui.hint("setup.leaders.hint"));
        form.add("setup.units", typical, "setup-typical-units", null);
        Button start = Ui.primary("setup.start", "setup-start", vm::setUp);
        Label formError = new Label();
        formError.getStyleClass().add(Styles.DANGER);
        formError.textProperty().bind(vm.errors().general());
        VBox own = card(Ui.title("setup.own.title"), form, Ui.bar(start, formError));

        Label demoText = new Label(Messages.get("setup.demo.text"));
        demoText.setWrapText(true);
        Button demo = Ui.button("setup.demo.load", "setup-demo", vm::loadDemo);
        VBox demoCard = card(Ui.title("setup.demo.title"), demoText, demo);
        demoCard.setMaxWidth(360);

        VBox side = new VBox(24, demoCard);
        if (restore != null) {
            Label restoreText = new Label(Messages.get("setup.restore.text"));
            restoreText.setWrapText(true);
            Button restoreButton = Ui.button("backup.ui.restore", "setup-restore", restore::restore);
            VBox restoreCard = card(Ui.title("setup.restore.title"), restoreText, restoreButton);
            restoreCard.setMaxWidth(360);
            side.getChildren().add(restoreCard);
        }
        HBox cards = new HBox(24, own, side);
        cards.setAlignment(Pos.TOP_CENTER);
        VBox page = new VBox(16, welcome, intro, cards);
        page.setPadding(new Insets(32));
        page.setMaxWidth(1100);
        VBox outer = new VBox(page);
        outer.setAlignment(Pos.TOP_CENTER);
        setContent(outer);
    }

    private static VBox card(Node... nodes) {
        VBox v = new VBox(12, nodes);
        v.setPadding(new Insets(20));
        v.getStyleClass().add("card");
        v.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 8;");
        v.setPrefWidth(560);
        return v;
    }
}
