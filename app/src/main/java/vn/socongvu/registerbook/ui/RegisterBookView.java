package vn.socongvu.registerbook.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;
import vn.socongvu.registerbook.RegisterBook;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.Ui;

/** Sổ văn bản đi: the year and type chosen, the numbers given, "In sổ đăng ký" (preview) and "Lưu Excel…". */
public final class RegisterBookView extends VBox {

    public RegisterBookView(RegisterBookViewModel vm) {
        super(8);
        setId("register-book-view");
        setPadding(new Insets(12));
        ComboBox<Integer> year = Ui.combo(List.of(), y -> Integer.toString(y));
        year.setItems(vm.years);
        year.valueProperty().bindBidirectional(vm.year);
        year.setId("register-book-year");
        ComboBox<DocumentKind> kind = Ui.combo(List.of(), RegisterBook::scope);
        kind.setItems(vm.kinds);
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setId("register-book-kind");
        String all = RegisterBook.scope(null);
        kind.setPromptText(all.substring(0, 1).toUpperCase(Messages.VI) + all.substring(1)); // every type: no choice
        kind.setCellFactory(l -> kindCell(kind.getPromptText(), false));
        kind.setButtonCell(kindCell(kind.getPromptText(), true)); // "all types" is an item of the list (null), not a blank
        Button print = Ui.primary("registerBook.ui.print", "register-book-print",
                () -> DocumentPreview.show(getScene().getWindow(), vm.document(), vm.fileName()));
        Button excel = Ui.button("registerBook.ui.excel", "register-book-excel", vm::saveExcel);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        print.disableProperty().bind(vm.loadingProperty());
        excel.disableProperty().bind(vm.loadingProperty());

        TableView<RegisterBook.Line> table = new TableView<>(vm.lines);
        table.setId("register-book-table");
        TableColumn<RegisterBook.Line, String> number = Ui.textColumn("registerBook.column.number", 110,
                l -> l.entry().symbol());
        TableColumn<RegisterBook.Line, String> date = Ui.textColumn("registerBook.column.date", 95,
                l -> l.entry().date() == null ? "" : VnFormat.date(l.entry().date()));
        TableColumn<RegisterBook.Line, String> title = Ui.longText(Ui.textColumn("registerBook.column.title", 360,
                l -> l.entry().title()));
        TableColumn<RegisterBook.Line, String> signer = Ui.textColumn("registerBook.column.signer", 150,
                l -> l.signer() == null ? "" : l.signer());
        TableColumn<RegisterBook.Line, String> recipients = Ui.longText(Ui.textColumn("registerBook.column.recipients",
                220, l -> String.join("; ", l.recipients())));
        table.getColumns().setAll(List.of(number, date, title, signer, recipients));
        Ui.styleTable(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(Messages.get("registerBook.ui.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("register-book-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(Ui.hint("registerBook.ui.hint"),
                Ui.bar(new Label(Messages.get("registerBook.ui.year")), year,
                        new Label(Messages.get("registerBook.ui.kind")), kind, busy),
                Ui.buttons(print, excel), status, table);
    }

    /** A type as the choice shows it; null: every type (an empty row of the list shows nothing). */
    private static ListCell<DocumentKind> kindCell(String all, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DocumentKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty && !button ? null : k == null ? all : RegisterBook.scope(k));
            }
        };
    }
}
