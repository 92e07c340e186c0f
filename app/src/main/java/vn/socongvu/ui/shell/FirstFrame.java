package vn.socongvu.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

import vn.socongvu.i18n.Messages;

/**
 * The window's first frame: what the window shows while its theme and its main view are being built (~0.3 s), then
 * replaced in place by them. On a folder set up before, the main view's frame as it first looks: the header band with
 * the app's name, the navigation's column, "Đang mở dữ liệu…" where the section goes; on a new folder, the message
 * alone, as before the setup. Made of layout panes and text only, with the theme's colours set here: no control
 * (the first one loads a user-agent style sheet) and no style sheet (the first CSS pass over the theme's ~1,000 rules
 * is the costliest step of the main view's first frame). Its sizes, colours and fonts are those the main view
 * resolves from the theme ({@code FirstFrameFxTest} compares them), so that the swap does not show.
 */
final class FirstFrame {
    /**
     * The header's height, in the main view too (its least height there): a little above what its search field, its
     * buttons and their padding take (56 px with the fonts of Linux), so that it is the same on every platform.
     */
    static final double HEADER_HEIGHT = 58;
    /** The navigation's width in the main view. */
    static final double NAV_WIDTH = 190;
    /** The header's padding in the main view. */
    static final Insets HEADER_PADDING = new Insets(10, 16, 10, 16);
    /** The space between the spinner's place and the message in "opening the data…". */
    static final double OPENING_SPACING = 12;
    /** The size of the spinner's place above "opening the data…". */
    static final double SPINNER_SIZE = 48;
    /** The font size of the window ({@code app.css}: {@code .root}). */
    static final double FONT_SIZE = 14;
    /** AtlantaFX's {@code title-4}: 1.25 em. */
    static final double TITLE_SIZE = FONT_SIZE * 1.25;
    // Primer Light's colours (AtlantaFX), as the main view resolves them.
    static final Color BG_DEFAULT = Color.web("#ffffff");
    static final Color BG_SUBTLE = Color.web("#f6f8fa");
    static final Color BORDER_DEFAULT = Color.web("#d0d7de");
    static final Color FG_DEFAULT = Color.web("#24292f");
    static final Color ACCENT_FG = Color.web("#0969da");

    private FirstFrame() {
    }

    /**
     * The first frame's content.
     * @param shell whether the main view comes next (a folder set up before), else the setup or an error
     */
    static Parent of(boolean shell) {
        StackPane opening = new StackPane(openingMessage());
        if (!shell) {
            opening.setId("first-frame");
            opening.setBackground(fill(BG_DEFAULT));
            return opening;
        }
        Text app = text(Messages.get("app.title"), TITLE_SIZE, ACCENT_FG);
        HBox header = new HBox(app);
        header.setId("first-frame-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(HEADER_PADDING);
        header.setMinHeight(HEADER_HEIGHT);
        header.setPrefHeight(HEADER_HEIGHT);
        header.setBackground(fill(BG_SUBTLE));
        header.setBorder(line(false));
        Region nav = new Region();
        nav.setId("first-frame-nav");
        nav.setPrefWidth(NAV_WIDTH);
        nav.setBackground(fill(BG_SUBTLE));
        nav.setBorder(line(true));
        BorderPane frame = new BorderPane(opening, header, null, null, nav);
        frame.setId("first-frame");
        frame.setBackground(fill(BG_DEFAULT));
        return frame;
    }

    /** "Đang mở dữ liệu…" below the spinner's empty place, as {@link AppRoot#openingMessage()} lays it out. */
    private static VBox openingMessage() {
        Region place = new Region();
        place.setMinSize(SPINNER_SIZE, SPINNER_SIZE);
        place.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
        VBox box = new VBox(OPENING_SPACING, place, text(Messages.get("startup.opening"), FONT_SIZE, FG_DEFAULT));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Text text(String s, double size, Color color) {
        Text t = new Text(s);
        // as the theme draws a label's text: where a label's sits, with the same smoothing
        t.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        t.setFontSmoothingType(FontSmoothingType.LCD);
        t.setFont(Font.font(size));
        t.setFill(color);
        return t;
    }

    private static Background fill(Color c) {
        return new Background(new BackgroundFill(c, CornerRadii.EMPTY, Insets.EMPTY));
    }

    /** The one-pixel line below the header ({@code right}: false) or right of the navigation. */
    private static Border line(boolean right) {
        Color none = Color.TRANSPARENT;
        return new Border(new BorderStroke(none, right ? BORDER_DEFAULT : none, right ? none : BORDER_DEFAULT, none,
                BorderStrokeStyle.SOLID, BorderStrokeStyle.SOLID, BorderStrokeStyle.SOLID, BorderStrokeStyle.SOLID,
                CornerRadii.EMPTY, BorderWidths.DEFAULT, Insets.EMPTY));
    }
}
