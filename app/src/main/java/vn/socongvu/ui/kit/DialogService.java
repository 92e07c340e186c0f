package vn.socongvu.ui.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The dialogs a ViewModel may open, without touching the scene graph: {@link FxDialogService} in the window,
 * a recording fake in tests. Every text is already in Vietnamese (from the bundle); keys name titles.
 */
public interface DialogService {

    /** Asks yes or no (the buttons "Đồng ý" and "Hủy"); true when the clerk agreed. */
    boolean confirm(String titleKey, String text);

    /**
     * Asks whether to go on although something is left to do (e.g. what a report still has empty): {@code header},
     * the {@code items} one a line (scrolling when many), then {@code question}; the buttons {@code goKey} (go on)
     * and {@code backKey} (back to the form: the default, also Esc and closing the window).
     * @param dialogId the dialog's node id (tests find it by it)
     * @return true only when the clerk chose to go on
     */
    boolean confirmList(String dialogId, String titleKey, String header, List<String> items, String question,
                        String goKey, String backKey);

    /** Tells something, with one button to close, without waiting for it to be closed. */
    void info(String titleKey, String text);

    /**
     * Tells something and offers actions beside "Đóng" (e.g. "Mở tệp", "Mở thư mục"), without waiting.
     * @param dialogId the dialog's node id (tests find it by it)
     * @param chosen called with the index in {@code actionKeys} of the action the clerk chose, if any
     */
    void infoWithActions(String dialogId, String titleKey, String text, List<String> actionKeys,
                         IntConsumer chosen);

    /** An error the clerk can act on, as its message. */
    void error(String text);

    /**
     * An error caught by the caller: a {@code UserException} shown by its Vietnamese message; anything else
     * logged and shown as an unexpected error (what happened, where the log is).
     */
    void report(Throwable e);

    /** A file to read; empty when the clerk cancelled. */
    Optional<Path> chooseFileToOpen(String titleKey, List<FileType> types);

    /** Where to write a file, proposing {@code suggestedName}; empty when the clerk cancelled. */
    Optional<Path> chooseFileToSave(String titleKey, String suggestedName, List<FileType> types);

    /** A folder (to export into, to back up into); empty when the clerk cancelled. */
    Optional<Path> chooseFolder(String titleKey);

    /** Opens a file or a folder with the system's own program (Word, the file manager …). */
    void open(Path fileOrFolder);

    /**
     * Asks for a password (e.g. the one of an encrypted backup), typed once and hidden.
     * @return what was typed; empty when the clerk cancelled
     */
    Optional<char[]> askPassword(String titleKey, String question);

    /**
     * A long text to read and copy (e.g. every problem found in a file), with one button to close, without
     * waiting. @param textId the node id of the text (tests find it by it)
     */
    void showText(String textId, String titleKey, String header, String text);

    /**
     * A data folder to open or to make (a chooser remembered apart from the files' ones: it opens near the data
     * folders, not on the USB stick); empty when the clerk cancelled.
     */
    default Optional<Path> chooseDataFolder(String titleKey) {
        return chooseFolder(titleKey);
    }

    /** Shows a file in its folder (selected where the system's file manager can), else opens its folder. */
    default void reveal(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        open(folder == null ? file : folder);
    }

    /**
     * A file was written: says so and offers "Mở tệp" (when {@code openable}: a document, a sheet) and
     * "Mở thư mục" (the folder, the file selected), without waiting.
     */
    default void saved(String dialogId, String titleKey, String text, Path file, boolean openable) {
        List<String> actions = openable ? List.of("common.openFile", "common.openFolder") : List.of("common.openFolder");
        infoWithActions(dialogId, titleKey, text, actions, i -> {
            if (openable && i == 0) {
                open(file);
            } else {
                reveal(file);
            }
        });
    }

    /**
     * Asks one or more questions, each answered by one of its options (radio buttons), with a button that
     * goes on ({@code okKey}) and "Hủy".
     * @return the option chosen for each question, in order; empty when the clerk cancelled
     */
    Optional<List<Integer>> choose(String dialogId, String titleKey, String header, List<Question> questions,
                                   String okKey);

    /**
     * Someone else changed the record the clerk is saving: shows what they changed and asks keep theirs, take mine
     * or merge field by field (the per-field choices left in {@code conflict}).
     * @return the choice; empty when the clerk cancelled (back to the form, nothing saved)
     */
    Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict);

    /** A question of {@link #choose}: its text, its options (texts), the one chosen at first. */
    record Question(String text, List<String> options, int chosen) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /** A kind of file the choosers offer: its description (a bundle key) and patterns such as {@code *.docx}. */
    record FileType(String descriptionKey, List<String> patterns) {
        public FileType(String descriptionKey, String... patterns) {
            this(descriptionKey, List.of(patterns));
        }
    }
}
