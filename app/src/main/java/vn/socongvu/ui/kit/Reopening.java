package vn.socongvu.ui.kit;

/**
 * A screen's model outlives its views: the window keeps the model and builds a new view whenever the clerk
 * comes back to the screen (a hidden screen's nodes are let go). Each new view opens the model; the first
 * opening starts afresh, later ones read the lists again and keep what the clerk had open and typed.
 */
public final class Reopening {
    private boolean opened;

    /** Runs {@code first} on the model's first opening, {@code again} on every later one. */
    public void open(Runnable first, Runnable again) {
        if (opened) {
            again.run();
        } else {
            opened = true;
            first.run();
        }
    }

    /** A list with its record form: every opening reads the list; the first also starts a new record. */
    public void openForm(Runnable load, Runnable newRecord) {
        load.run();
        if (!opened) {
            opened = true;
            newRecord.run();
        }
    }
}
