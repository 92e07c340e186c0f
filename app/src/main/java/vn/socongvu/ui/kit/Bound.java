package vn.socongvu.ui.kit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

import vn.socongvu.i18n.Messages;

/** Form controls bound both ways to a model's property, in one call each. */
public final class Bound {
    private Bound() {
    }

    /** A text field editing {@code value}. */
    public static TextField text(StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** {@code box}, choosing {@code value}. */
    public static <T> ComboBox<T> choice(ComboBox<T> box, Property<T> value) {
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A check box labelled {@code key}, ticking {@code value}. */
    public static CheckBox check(String key, BooleanProperty value) {
        CheckBox c = new CheckBox(Messages.get(key));
        c.selectedProperty().bindBidirectional(value);
        return c;
    }
}
