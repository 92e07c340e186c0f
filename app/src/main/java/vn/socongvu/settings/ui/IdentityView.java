package vn.socongvu.settings.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import atlantafx.base.theme.Styles;

import vn.socongvu.audit.ui.HistoryDialog;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.SignAuthority;
import vn.socongvu.settings.Signer;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/** Cài đặt → Cơ quan ban hành: identity form with a live preview of the document header; signers. */
public final class IdentityView extends ScrollPane {
    private final IdentityViewModel vm;

    private final Runnable previewSample;

    /** @param previewSample opens a sample document with this identity in the print preview */
    public IdentityView(IdentityViewModel vm, Runnable previewSample) {
        this.vm = vm;
        this.previewSample = previewSample;
        setId("identity-view");
        setFitToWidth(true);
        vm.screenOpened();
        HBox columns = new HBox(24, identityPane(), signersPane());
        columns.setPadding(new Insets(16));
        setContent(columns);
    }

    private VBox identityPane() {
        TextField commune = new TextField();
        commune.textProperty().bindBidirectional(vm.communeName);
        TextField province = new TextField();
        province.textProperty().bindBidirectional(vm.province);
        TextField superior = new TextField();
        superior.textProperty().bindBidirectional(vm.superiorBody);
        TextArea issuing = new TextArea();
        issuing.setPrefRowCount(2);
        issuing.textProperty().bindBidirectional(vm.issuingBody);
        TextField place = new TextField();
        place.textProperty().bindBidirectional(vm.placeName);

        FormGrid form = new FormGrid();
        form.add("settings.field.communeName", commune, "identity-commune", vm.errors().property("communeName"));
        form.add("settings.field.province", province, "identity-province", vm.errors().property("province"));
        form.add("settings.field.superiorBody", superior, "identity-superior", vm.errors().property("superiorBody"));
        form.add("settings.field.issuingBody", issuing, "identity-issuing", vm.errors().property("issuingBody"));
        form.add("settings.field.placeName", place, "identity-place", vm.errors().property("placeName"));

        Button save = Ui.primary("common.save", "identity-save", vm::save);
        Button history = Ui.button("audit.history", "identity-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.identityHistory()));
        Label status = new Label();
        status.setId("identity-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());

        Label hint = new Label(Messages.get("settings.identity.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button sample = Ui.button("settings.identity.previewSample", "identity-preview-sample", previewSample);
        VBox box = new VBox(8, Ui.title("settings.identity.title"), hint, form, Ui.buttons(save, history, status),
                Ui.title("settings.identity.preview"), preview(), sample);
        box.setPrefWidth(560);
        box.setMinWidth(460);
        return box;
    }

    /** The document header as it will be printed (Nghị định 30/2020), following the form as it is typed. */
    private HBox preview() {
        Label superior = new Label();
        superior.textProperty().bind(Bindings.createStringBinding(
                () -> vm.superiorBody.get() == null ? "" : vm.superiorBody.get().toUpperCase(Messages.VI),
                vm.superiorBody));
        Label issuing = new Label();
        issuing.setStyle("-fx-font-weight: bold;");
        issuing.setTextAlignment(TextAlignment.CENTER);
        issuing.textProperty().bind(Bindings.createStringBinding(
                () -> vm.issuingBody.get() == null ? "" : vm.issuingBody.get().toUpperCase(Messages.VI),
                vm.issuingBody));
        Label number = new Label(Messages.get("settings.preview.number"));
        VBox left = new VBox(2, superior, issuing, new Separator(), number);
        left.setAlignment(Pos.TOP_CENTER);
        left.setPrefWidth(220);

        Label nation = new Label(Messages.get("document.nationalTitle"));
        nation.setStyle("-fx-font-weight: bold;");
        Label motto = new Label(Messages.get("document.motto"));
        motto.setStyle("-fx-font-weight: bold;");
        for (Label l : List.of(superior, issuing, nation, motto)) {
            l.setWrapText(true);
            l.setTextAlignment(TextAlignment.CENTER);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label date = new Label();
        date.setStyle("-fx-font-style: italic;");
        LocalDate today = LocalDate.now();
        date.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("settings.preview.date",
                vm.placeName.get() == null ? "" : vm.placeName.get(),
                String.format("%02d", today.getDayOfMonth()), String.format("%02d", today.getMonthValue()),
                Integer.toString(today.getYear())), vm.placeName));
        VBox right = new VBox(2, nation, motto, new Separator(), date);
        right.setAlignment(Pos.TOP_CENTER);

        HBox h = new HBox(16, left, right);
        h.setId("identity-preview");
        h.setPadding(new Insets(12));
        h.setStyle("-fx-background-color: white; -fx-border-color: -color-border-default; "
                + "-fx-font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; -fx-font-size: 12px;");
        return h;
    }

    private VBox signersPane() {
        TableView<Signer> table = new TableView<>(vm.signers());
        table.setId("signer-table");
        TableColumn<Signer, String> name = Ui.textColumn("signer.field.fullName", 170, Signer::fullName);
        TableColumn<Signer, String> title = Ui.textColumn("signer.field.title", 130, Signer::title);
        TableColumn<Signer, String> auth = Ui.textColumn("signer.field.authority", 200, s -> s.authority().label());
        TableColumn<Signer, String> state = Ui.textColumn("directory.column.state", 100,
                s -> Messages.get(s.active() ? "directory.state.active" : "directory.state.inactive"));
        table.getColumns().setAll(List.of(name, title, auth, state));
        Ui.styleTable(table);
        table.setPrefHeight(180);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.editSigner(s);
            }
        });

        TextField signerName = new TextField();
        signerName.textProperty().bindBidirectional(vm.signerName);
        TextField signerTitle = new TextField();
        signerTitle.textProperty().bindBidirectional(vm.signerTitle);
        ComboBox<SignAuthority> authority = Ui.enumCombo(SignAuthority.class);
        authority.valueProperty().bindBidirectional(vm.signerAuthority);
        FormGrid form = new FormGrid();
        form.add("signer.field.fullName", signerName, "signer-name", vm.signerErrors().property("fullName"));
        form.add("signer.field.title", signerTitle, "signer-title", vm.signerErrors().property("title"));
        form.add("signer.field.authority", authority, "signer-authority", vm.signerErrors().property("authority"));

        Button add = Ui.button("signer.action.new", "signer-new", () -> {
            table.getSelectionModel().clearSelection();
            vm.editSigner(null);
        });
        Button save = Ui.button("common.save", "signer-save", vm::saveSigner);
        save.getStyleClass().add(Styles.ACCENT);
        Button toggle = Ui.button("common.deactivate", "signer-toggle-active", vm::toggleSignerActive);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            Signer s = vm.editingSignerProperty().get();
            return Messages.get(s != null && !s.active() ? "common.reactivate" : "common.deactivate");
        }, vm.editingSignerProperty()));
        toggle.disableProperty().bind(vm.editingSignerProperty().isNull());
        Button history = Ui.button("audit.history", "signer-history",
                () -> HistoryDialog.show(getScene().getWindow(), vm.signerHistory()));
        history.disableProperty().bind(vm.editingSignerProperty().isNull());
        Label status = new Label();
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.signerStatusProperty());

        VBox box = new VBox(8, Ui.bar(Ui.title("settings.signers.title"), Ui.spacer(), add), table, form,
                Ui.buttons(save, toggle, history, status));
        box.setPrefWidth(560);
        box.setMinWidth(420);
        return box;
    }
}
