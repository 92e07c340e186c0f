package vn.socongvu.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import vn.socongvu.i18n.Messages;

/** A section that is not built yet says so plainly, and what it will hold. */
public final class PlaceholderView extends VBox {
    public PlaceholderView(Section section) {
        super(12);
        setId("placeholder-" + section.slug());
        setPadding(new Insets(32));
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label(section.label());
        title.getStyleClass().add(Styles.TITLE_2);
        Label notYet = new Label(Messages.get("placeholder.notYet"));
        notYet.getStyleClass().add(Styles.WARNING);
        Label what = new Label(Messages.get(switch (section) {
            case REPORTS -> "placeholder.reports";
            default -> "placeholder.notYet";
        }));
        what.setWrapText(true);
        what.setMaxWidth(640);
        getChildren().addAll(title, notYet, what);
    }
}
