package vn.socongvu.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Reads what a laid-out window shows, as the clerk sees it: the texts cut off (a label, a button, a table cell or
 * a combo box's button whose displayed text ends with the ellipsis where its text does not; a text field's prompt
 * wider than the field) and the texts left in JavaFX's English (its own built-in strings: "Cancel", "No content in
 * table" …).
 */
final class ScreenText {
    /** JavaFX's own English texts of its controls (button types, placeholders, menus), read from its jar. */
    private static final Set<String> ENGLISH = javafxStrings();
    /** The kit's mark of a long free text clipped to its line (Ui.LONG_TEXT). */
    private static final String LONG_TEXT = "long-text";

    private ScreenText() {
    }

    /**
     * Each text cut off under {@code root}, described with where it is. A long free text in a list (a task's
     * content, a meeting's title: a column or a list marked "long-text" by the kit) is clipped to its line by
     * design, shown whole in its tooltip and in the form beside; every other text must show whole.
     */
    static void truncated(String screen, Node root, List<String> found) {
        walk(root, n -> {
            if (n instanceof Labeled l) {
                String cut = cut(l);
                if (cut != null) {
                    found.add(screen + ": " + where(l) + " \"" + l.getText() + "\" shows \"" + cut + "\"");
                }
            }
            if (n instanceof TextField f && (f.getText() == null || f.getText().isEmpty())
                    && f.getPromptText() != null && !f.getPromptText().isEmpty()) {
                double[] widths = prompt(f);
                if (widths != null && widths[0] > widths[1] + 1) {
                    found.add(screen + ": " + where(f) + " prompt \"" + f.getPromptText() + "\" is "
                            + Math.round(widths[0]) + " px in " + Math.round(widths[1]) + " px");
                }
            }
        });
    }

    /** Each text under {@code root} that is one of JavaFX's English built-in texts. */
    static void english(String screen, Node root, List<String> found) {
        walk(root, n -> {
            if (n instanceof Labeled l && l.getText() != null && ENGLISH.contains(l.getText().strip())) {
                found.add(screen + ": " + where(l) + " \"" + l.getText() + "\"");
            }
        });
    }

    /** Whether {@code text} is one of JavaFX's English built-in texts. */
    static boolean isJavafxEnglish(String text) {
        return text != null && ENGLISH.contains(text.strip());
    }

    private static void walk(Node n, Consumer<Node> each) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof IndexedCell<?> c && (c.isEmpty() || c.getIndex() < 0)) {
            return;
        }
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, each);
            }
        }
    }

    /** What {@code l} displays when it is cut off; null when it shows its whole text. */
    private static String cut(Labeled l) {
        if (longText(l)) {
            return null;
        }
        String text = l.getText();
        if (text == null || text.isBlank() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || l.getWidth() <= 0) {
            return null;
        }
        if (l.isMnemonicParsing()) {
            text = text.replace("_", "");
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.isVisible()) {
                String shown = t.getText() == null ? "" : t.getText();
                if (shown.equals(text) || shown.replace("\n", " ").equals(text.replace("\n", " "))) {
                    return null;
                }
                String ellipsis = l.getEllipsisString();
                if (shown.isEmpty() || (!ellipsis.isEmpty() && shown.contains(ellipsis) && !text.contains(ellipsis))) {
                    return shown;
                }
                return null;
            }
        }
        return null;
    }

    private static boolean longText(Node n) {
        if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && c.getTableColumn().getStyleClass().contains(LONG_TEXT)) {
            return true;
        }
        if (n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                && c.getTableColumn().getStyleClass().contains(LONG_TEXT)) {
            return true;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(LONG_TEXT) && (p == n || p instanceof Control)) {
                return true;
            }
        }
        return false;
    }

    /** The prompt's width and the width the field gives it; null when the prompt is not shown. */
    private static double[] prompt(TextField f) {
        double[] found = new double[2];
        boolean[] any = {false};
        walk(f, n -> {
            if (!any[0] && n instanceof Text t && f.getPromptText().equals(t.getText()) && n.getParent() != null
                    && n.getParent().getClip() instanceof Rectangle clip) {
                found[0] = t.getLayoutBounds().getWidth();
                found[1] = clip.getWidth();
                any[0] = true;
            }
        });
        return any[0] ? found : null;
    }

    /** The control by its id, or its table column, or the nearest parent with an id. */
    private static String where(Node n) {
        String kind = n.getClass().getSimpleName().isEmpty() ? n.getClass().getName() : n.getClass().getSimpleName();
        if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
            return "cell of column \"" + c.getTableColumn().getText() + "\" in " + idOf(c);
        }
        return kind + (n.getId() != null ? " #" + n.getId() : " in " + idOf(n.getParent()));
    }

    private static String idOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getId() != null && (p instanceof Control || p instanceof Parent)) {
                return "#" + p.getId();
            }
        }
        return "(no id)";
    }

    private static Set<String> javafxStrings() {
        Set<String> values = new HashSet<>();
        try (ZipFile jar = new ZipFile(Control.class.getProtectionDomain().getCodeSource().getLocation().getPath());
             InputStream in = jar.getInputStream(jar.getEntry(
                     "com/sun/javafx/scene/control/skin/resources/controls.properties"))) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k).replace("_", "").strip();
                if (v.length() >= 2 && v.chars().anyMatch(Character::isLetter) && !v.contains("{")) {
                    values.add(v);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("JavaFX's own texts could not be read", e);
        }
        return values;
    }
}
