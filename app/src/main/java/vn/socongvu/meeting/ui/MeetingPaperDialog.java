package vn.socongvu.meeting.ui;

import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.ui.DocumentPreview;
import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;

/**
 * The dialog of a paper around the meetings: (for an invitation) what to bring or prepare, (for the weekly
 * schedule) which week, the preview (print, Word), and "Cấp số" with the number proposed.
 */
public final class MeetingPaperDialog {
    private MeetingPaperDialog() {
    }

    /** Opens the dialog of {@code vm}'s paper; @return its window */
    public static Stage show(Window owner, MeetingPaperViewModel vm) {
        String titleKey = switch (vm.target()) {
            case INVITATION -> "papers.ui.invitationTitle";
            case CONCLUSIONS -> "papers.ui.conclusionsTitle";
            case WEEK -> "papers.ui.weekTitle";
        };
        Dialog<Void> d = Dialogs.create(owner, titleKey, "meeting-paper-dialog");
        d.getDialogPane().getButtonTypes().setAll(Dialogs.CLOSE);
        d.getDialogPane().setContent(content(vm, () -> d.getDialogPane().getScene().getWindow()));
        d.getDialogPane().setPrefWidth(620);
        d.show();
        return (Stage) d.getDialogPane().getScene().getWindow();
    }

    static VBox content(MeetingPaperViewModel vm, Supplier<Window> window) {
        Label heading = new Label();
        heading.setId("paper-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(vm.headingProperty());
        FormGrid f = new FormGrid();
        if (vm.target() == MeetingPaperViewModel.Target.INVITATION) {
            TextArea note = Ui.textArea(vm.note, 3);
            note.setPromptText(Messages.get("papers.ui.notePrompt"));
            f.add("papers.ui.note", note, "paper-note", null);
        }
        if (vm.target() == MeetingPaperViewModel.Target.WEEK) {
            DatePicker day = Ui.datePicker();
            day.valueProperty().bindBidirectional(vm.weekDay);
            f.add("papers.ui.week", day, "paper-week", null);
        }
        TextField number = Ui.textField(vm.numberText, 80);
        number.setId("paper-number");
        Button give = Ui.button("papers.ui.numberButton", "paper-give-number", vm::number);
        give.getStyleClass().add(Styles.SUCCESS);
        Label symbol = new Label(vm.kind().blankNumber(DocumentRegister.ISSUER_CODE));
        VBox numberRow = new VBox(4, Ui.bar(number, symbol, give), Ui.warning("paper-number-warning",
                vm.numberWarningProperty()));
        numberRow.visibleProperty().bind(vm.givenProperty().isEmpty());
        numberRow.managedProperty().bind(numberRow.visibleProperty());
        f.add("papers.ui.number", numberRow, "paper-number-row", null);
        Label given = new Label();
        given.setId("paper-given");
        given.getStyleClass().add(Styles.SUCCESS);
        given.textProperty().bind(vm.givenProperty());
        given.visibleProperty().bind(vm.givenProperty().isNotEmpty());
        given.managedProperty().bind(given.visibleProperty());
        Label hint = Ui.hint("papers.ui.numberHint");
        hint.visibleProperty().bind(vm.givenProperty().isEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label error = new Label();
        error.setId("paper-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(vm.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        Button preview = Ui.primary("papers.ui.preview", "paper-preview",
                () -> vm.document().ifPresent(doc -> DocumentPreview.show(window.get(), doc, vm.fileName())));
        return new VBox(10, heading, f, given, hint, error, Ui.buttons(preview));
    }
}
