package vn.socongvu.evaluation.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;
import vn.socongvu.ui.kit.Dialogs;
import vn.socongvu.ui.kit.FormGrid;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.Windows;

/**
 * The assessor's dialogs on Đánh giá, xếp loại, one a {@link AssessmentForm}: "Lưu" writes it and closes, or stays
 * open with the messages at the fields; "Bỏ …" takes away what is kept (the mark, the exemption, the task's own
 * weight).
 */
final class AssessmentDialog {
    private AssessmentDialog() {
    }

    /** Opens the dialog of {@code f} over {@code owner}, without waiting (the form writes itself). */
    static void show(Window owner, AssessmentForm f) {
        show(owner, f, null);
    }

    /** The same, with {@code beside} at the form's right (the person's violations beside the general criteria). */
    static void show(Window owner, AssessmentForm f, Node beside) {
        Keys k = keys(f.kind());
        Dialog<Void> d = Dialogs.create(owner, k.title(), "evaluation-" + k.id() + "-dialog");
        ButtonType save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(k.remove() == null ? "" : Messages.get(k.remove()),
                ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().setAll(save, Dialogs.CANCEL);
        if (k.remove() != null && f.removable()) {
            d.getDialogPane().getButtonTypes().add(1, remove);
            d.getDialogPane().lookupButton(remove).setId("assess-remove");
            d.getDialogPane().lookupButton(remove).addEventFilter(ActionEvent.ACTION, e -> {
                if (!f.remove()) {
                    e.consume();
                }
            });
        }
        d.getDialogPane().lookupButton(save).setId("assess-save");
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (!f.save()) {
                e.consume(); // stay open, the messages at their fields
            }
        });
        Label heading = new Label();
        heading.setId("assess-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(f.headingProperty());
        VBox box = new VBox(8, heading, Ui.hint(k.hint()), form(f),
                FormGrid.otherErrors(f.errors(), "assess-other"));
        box.setPrefWidth(560);
        if (beside == null) {
            d.getDialogPane().setContent(Windows.scrolling(box));
        } else {
            HBox both = new HBox(16, box, beside);
            HBox.setHgrow(beside, Priority.ALWAYS);
            d.getDialogPane().setContent(Windows.scrolling(both));
        }
        d.show();
    }

    /** A dialog's texts (keys) and the name in its node id. */
    private record Keys(String id, String title, String hint, String remove) {
    }

    private static Keys keys(AssessmentForm.Kind kind) {
        return switch (kind) {
            case WEIGHT -> new Keys("weight", "evaluation.ui.weight.title", "evaluation.ui.weight.hint",
                    "evaluation.ui.weight.remove");
            case QUALITY -> new Keys("quality", "evaluation.ui.quality.title", "evaluation.ui.quality.hint",
                    "evaluation.ui.quality.remove");
            case EXEMPT_QUALITY -> new Keys("exempt-quality", "evaluation.ui.exemptQuality.title",
                    "evaluation.ui.exemptQuality.hint", "evaluation.ui.exemption.remove");
            case EXEMPT_DELAY -> new Keys("exempt-delay", "evaluation.ui.exemptDelay.title",
                    "evaluation.ui.exemptDelay.hint", "evaluation.ui.exemption.remove");
            case GENERAL -> new Keys("general", "evaluation.ui.tab.general", "evaluation.ui.general.hint",
                    "evaluation.ui.general.clear");
            case CASE -> new Keys("case", "evaluation.ui.case.title", "evaluation.ui.case.hint", null);
        };
    }

    /** A general criterion's label. */
    static String criterionLabel(String criterion) {
        return switch (criterion) {
            case "politics" -> "evaluation.ui.criterion.politics";
            case "ethics" -> "evaluation.ui.criterion.ethics";
            case "discipline" -> "evaluation.ui.criterion.discipline";
            case "culture" -> "evaluation.ui.criterion.culture";
            case "citizens" -> "evaluation.ui.criterion.citizens";
            case "innovation" -> "evaluation.ui.criterion.innovation";
            default -> throw new IllegalArgumentException(criterion);
        };
    }

    /** The fields of {@code f}, each with its message. */
    static FormGrid form(AssessmentForm f) {
        FormGrid g = new FormGrid();
        switch (f.kind()) {
            case WEIGHT -> text(g, f, "weight", "evaluation.ui.field.weight", 120);
            case QUALITY -> {
                text(g, f, "failedAssessments", "evaluation.ui.field.failedAssessments", 120);
                area(g, f, "reason", "evaluation.ui.field.qualityReason");
            }
            case EXEMPT_QUALITY, EXEMPT_DELAY -> {
                area(g, f, "reason", "evaluation.ui.field.exemptionReason");
                text(g, f, "confirmedBy", "evaluation.ui.field.confirmedBy", 360);
                date(g, f, "confirmedOn", "evaluation.ui.field.confirmedOn");
            }
            case GENERAL -> {
                for (String c : AssessmentForm.CRITERIA) {
                    text(g, f, c, criterionLabel(c), 90);
                }
                area(g, f, "note", "evaluation.ui.field.note");
                text(g, f, "assessedBy", "evaluation.ui.field.assessedBy", 360);
                date(g, f, "assessedOn", "evaluation.ui.field.assessedOn");
            }
            case CASE -> {
                area(g, f, "description", "evaluation.ui.field.caseDescription");
                text(g, f, "reference", "evaluation.ui.field.caseReference", 360);
            }
        }
        return g;
    }

    private static void text(FormGrid g, AssessmentForm f, String field, String label, double width) {
        g.add(label, Ui.textField(f.text(field), width), "assess-" + field, f.errors().property(field));
    }

    private static void area(FormGrid g, AssessmentForm f, String field, String label) {
        TextArea a = Ui.textArea(f.text(field), 2);
        g.add(label, a, "assess-" + field, f.errors().property(field));
    }

    private static void date(FormGrid g, AssessmentForm f, String field, String label) {
        DatePicker p = Ui.datePicker();
        p.valueProperty().bindBidirectional(f.date());
        p.setMaxWidth(180);
        g.add(label, p, "assess-" + field, f.errors().property(field));
    }
}
