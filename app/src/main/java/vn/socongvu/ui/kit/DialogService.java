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

    /** A kind of file the choosers offer: its description (a bundle key) and patterns such as {@code *.docx}. */
    record FileType(String descriptionKey, List<String> patterns) {
        public FileType(String descriptionKey, String... patterns) {
            this(descriptionKey, List.of(patterns));
        }
    }
}
