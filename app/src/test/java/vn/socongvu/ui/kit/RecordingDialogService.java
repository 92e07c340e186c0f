package vn.socongvu.ui.kit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import vn.socongvu.i18n.Messages;

/**
 * For ViewModel tests: records every dialog asked for and answers from what the test queued (confirmations,
 * chosen files, chosen actions, typed passwords); with nothing queued a confirmation is refused and a chooser or
 * a password prompt cancelled.
 */
public final class RecordingDialogService implements DialogService {
    /** One line per dialog: its kind, then its title key or text (e.g. "confirm common.delete: …"). */
    public final List<String> shown = new ArrayList<>();
    /** The errors reported, as thrown. */
    public final List<Throwable> reported = new ArrayList<>();
    /** Files and folders opened with the system's program. */
    public final List<Path> opened = new ArrayList<>();
    /** The buttons of each {@link #confirmList} asked, as "Vẫn xuất / Quay lại". */
    public final List<String> buttons = new ArrayList<>();
    /** The actions beside "Đóng" of each {@link #infoWithActions} dialog, as "Kiểm tra / Khôi phục…". */
    public final List<String> actionButtons = new ArrayList<>();
    /** The conflict dialogs asked, as shown to the clerk. */
    public final List<ConflictViewModel> conflictsShown = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Path> choices = new ArrayDeque<>();
    private final Deque<Integer> actions = new ArrayDeque<>();
    private final Deque<String> passwords = new ArrayDeque<>();
    private final Deque<List<Integer>> answers = new ArrayDeque<>();
    private final Deque<Conflict> conflicts = new ArrayDeque<>();

    /** The answer to the next confirmation. */
    public RecordingDialogService answer(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The file or folder the next chooser returns. */
    public RecordingDialogService choose(Path p) {
        choices.add(p);
        return this;
    }

    @Override
    public Optional<List<Integer>> choose(String dialogId, String titleKey, String header, List<Question> questions,
                                          String okKey) {
        shown.add("choose " + titleKey + ": " + header);
        return Optional.ofNullable(answers.poll());
    }

    /** The clerk's answer to the next conflict dialog (null: "Hủy"); for a merge, the fields where mine is kept. */
    public RecordingDialogService conflict(ConflictViewModel.Choice choice, String... keepMine) {
        conflicts.add(new Conflict(choice, Set.of(keepMine)));
        return this;
    }

    @Override
    public Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict) {
        shown.add("conflict: " + conflict.header());
        conflictsShown.add(conflict);
        Conflict answer = conflicts.poll();
        if (answer == null || answer.choice() == null) {
            return Optional.empty();
        }
        answer.keepMine().forEach(f -> conflict.keepMine(f).set(true));
        return Optional.of(answer.choice());
    }

    /** The action the clerk takes in the next dialog with actions. */
    public RecordingDialogService act(int index) {
        actions.add(index);
        return this;
    }

    /** The password typed in the next password prompt. */
    public RecordingDialogService password(String typed) {
        passwords.add(typed);
        return this;
    }

    /** The options chosen in the next {@link #choose} dialog (one a question). */
    public RecordingDialogService options(Integer... chosen) {
        answers.add(List.of(chosen));
        return this;
    }

    /** The last dialog's line, or "" when none was shown. */
    public String last() {
        return shown.isEmpty() ? "" : shown.getLast();
    }

    @Override
    public boolean confirm(String titleKey, String text) {
        shown.add("confirm " + titleKey + ": " + text);
        return !confirmations.isEmpty() && confirmations.pop();
    }

    @Override
    public boolean confirmList(String dialogId, String titleKey, String header, List<String> items, String question,
                               String goKey, String backKey) {
        StringBuilder text = new StringBuilder(header);
        items.forEach(i -> text.append("\n- ").append(i));
        shown.add("confirm " + titleKey + ": " + text.append("\n").append(question));
        buttons.add(Messages.get(goKey) + " / " + Messages.get(backKey));
        return !confirmations.isEmpty() && confirmations.pop();
    }

    @Override
    public void info(String titleKey, String text) {
        shown.add("info " + titleKey + ": " + text);
    }

    @Override
    public void infoWithActions(String dialogId, String titleKey, String text, List<String> actionKeys,
                                IntConsumer chosen) {
        shown.add("info " + titleKey + ": " + text);
        actionButtons.add(String.join(" / ", actionKeys.stream().map(Messages::get).toList()));
        if (!actions.isEmpty()) {
            chosen.accept(actions.pop());
        }
    }

    @Override
    public void error(String text) {
        shown.add("error: " + text);
    }

    @Override
    public void report(Throwable e) {
        reported.add(e);
        shown.add("report: " + e);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String titleKey, List<FileType> types) {
        shown.add("open " + titleKey);
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String titleKey, String suggestedName, List<FileType> types) {
        shown.add("save " + titleKey + ": " + suggestedName);
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        shown.add("folder " + titleKey);
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public void open(Path fileOrFolder) {
        opened.add(fileOrFolder);
    }

    @Override
    public Optional<char[]> askPassword(String titleKey, String question) {
        shown.add("password " + titleKey + ": " + question);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseDataFolder(String titleKey) {
        shown.add("datafolder " + titleKey);
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public void showText(String textId, String titleKey, String header, String text) {
        shown.add("text " + titleKey + ": " + header + "\n" + text);
    }

    /** The answer to the next conflict dialog: a choice (null: "Hủy") and, for a merge, the fields where mine is kept. */
    private record Conflict(ConflictViewModel.Choice choice, Set<String> keepMine) {
    }
}
