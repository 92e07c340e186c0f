package vn.socongvu.ui.kit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import vn.socongvu.i18n.Messages;

/**
 * The window's dialogs, owned by the window {@code owner} gives at the time of asking. The file choosers open
 * where the clerk last chose a file of the same kind (a .docx, a .xlsx, a backup …), else the last folder any
 * chooser went to (the USB stick), remembered from one session to the next in the user's {@link Preferences}.
 */
public final class FxDialogService implements DialogService {
    static final String LAST_FOLDER = "folder.last";
    /** The kind of the data folders' chooser: where the last data folder chosen was. */
    static final String DATA_FOLDER = "datafolder";
    private static final String KIND_FOLDER = "folder.kind.";
    private final Supplier<Window> owner;
    private final Preferences prefs;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, Preferences.user());
    }

    /** @param prefs where the folders last chosen are remembered */
    public FxDialogService(Supplier<Window> owner, Preferences prefs) {
        this.owner = owner;
        this.prefs = prefs;
    }

    @Override
    public boolean confirm(String titleKey, String text) {
        return Ui.confirm(owner.get(), titleKey, text);
    }

    @Override
    public boolean confirmList(String dialogId, String titleKey, String header, List<String> items, String question,
                               String goKey, String backKey) {
        VBox list = new VBox(4);
        for (String item : items) {
            Label l = new Label("•  " + item);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(l);
        }
        list.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 26.0 * items.size() + 8));
        scroll.setMaxHeight(340);
        Label ask = new Label(question);
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        ask.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, scroll, ask);
        content.setPrefWidth(640);
        Dialog<ButtonType> d = Dialogs.create(owner.get(), titleKey, dialogId);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(Messages.get(goKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.get(backKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(go, back);
        // Enter goes back to the form: going on with something still empty is a choice, not a habit.
        ((Button) d.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) d.getDialogPane().lookupButton(back)).setDefaultButton(true);
        d.setResultConverter(b -> b);
        return d.showAndWait().filter(b -> b == go).isPresent();
    }

    @Override
    public void info(String titleKey, String text) {
        Alert a = Windows.fit(new Alert(Alert.AlertType.INFORMATION, text, Dialogs.CLOSE));
        own(a, titleKey);
        a.show();
    }

    @Override
    public void infoWithActions(String dialogId, String titleKey, String text, List<String> actionKeys,
                                IntConsumer chosen) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < actionKeys.size(); i++) {
            buttons.add(new ButtonType(Messages.get(actionKeys.get(i)),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        List<ButtonType> all = new ArrayList<>(buttons);
        all.add(Dialogs.CLOSE);
        Alert a = Windows.fit(new Alert(Alert.AlertType.INFORMATION, text, all.toArray(ButtonType[]::new)));
        own(a, titleKey);
        a.getDialogPane().setId(dialogId);
        a.resultProperty().addListener((o, old, choice) -> {
            int i = buttons.indexOf(choice);
            if (i >= 0) {
                chosen.accept(i);
            }
        });
        a.show();
    }

    @Override
    public void error(String text) {
        Ui.error(owner.get(), text);
    }

    @Override
    public void report(Throwable e) {
        ErrorDialog.report(owner.get(), e);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String titleKey, List<FileType> types) {
        FileChooser chooser = fileChooser(titleKey, types);
        return remember(chooser.showOpenDialog(owner.get()), kind(types), true);
    }

    @Override
    public Optional<Path> chooseFileToSave(String titleKey, String suggestedName, List<FileType> types) {
        FileChooser chooser = fileChooser(titleKey, types);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()), kind(types), true);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get(titleKey));
        startFolder("folder").ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return remember(chooser.showDialog(owner.get()), "folder", false);
    }

    @Override
    public Optional<Path> chooseDataFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get(titleKey));
        startFolder(DATA_FOLDER).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File chosen = chooser.showDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath().toAbsolutePath();
        Path parent = p.getParent();
        prefs.put(KIND_FOLDER + DATA_FOLDER, (parent == null ? p : parent).toString());
        return Optional.of(p);
    }

    @Override
    public void open(Path fileOrFolder) {
        FileOpener.open(fileOrFolder);
    }

    @Override
    public void reveal(Path file) {
        FileOpener.reveal(file);
    }

    @Override
    public Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict) {
        return ConflictView.ask(owner.get(), conflict);
    }

    @Override
    public Optional<List<Integer>> choose(String dialogId, String titleKey, String header, List<Question> questions,
                                          String okKey) {
        Dialog<List<Integer>> d = new Dialog<>();
        Window w = owner.get();
        if (w != null) {
            d.initOwner(w);
        }
        d.setTitle(Messages.get(titleKey));
        d.setHeaderText(header);
        VBox content = new VBox(16);
        List<ToggleGroup> groups = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            Label text = new Label(question.text());
            text.setWrapText(true);
            text.getStyleClass().add(Styles.TEXT_BOLD);
            VBox box = new VBox(6, text);
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < question.options().size(); i++) {
                RadioButton option = new RadioButton(question.options().get(i));
                option.setWrapText(true);
                option.setId(dialogId + "-" + q + "-" + i);
                option.setUserData(i);
                option.setToggleGroup(group);
                option.setSelected(i == question.chosen());
                box.getChildren().add(option);
            }
            groups.add(group);
            content.getChildren().add(box);
        }
        content.setPrefWidth(560);
        d.getDialogPane().setId(dialogId);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == ok ? groups.stream()
                .map(g -> g.getSelectedToggle() == null ? 0 : (Integer) g.getSelectedToggle().getUserData())
                .toList() : null);
        return d.showAndWait();
    }

    @Override
    public Optional<char[]> askPassword(String titleKey, String question) {
        Dialog<char[]> d = Dialogs.create(owner.get(), titleKey, null);
        d.setHeaderText(question);
        PasswordField field = new PasswordField();
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(Dialogs.OK, Dialogs.CANCEL);
        d.setResultConverter(b -> b == Dialogs.OK ? field.getText().toCharArray() : null);
        return d.showAndWait();
    }

    @Override
    public void showText(String textId, String titleKey, String header, String text) {
        TextArea area = new TextArea(text);
        area.setId(textId);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(720, 360);
        Dialog<Void> d = Dialogs.create(owner.get(), titleKey, null);
        d.setHeaderText(header);
        d.setResizable(true);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().add(Dialogs.CLOSE);
        d.show();
    }

    private FileChooser fileChooser(String titleKey, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(t.descriptionKey()),
                    t.patterns()));
        }
        startFolder(kind(types)).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }

    /** The kind of file a chooser is for: its first pattern's extension ("docx", "zip" …). */
    static String kind(List<FileType> types) {
        if (types.isEmpty() || types.getFirst().patterns().isEmpty()) {
            return "any";
        }
        String pattern = types.getFirst().patterns().getFirst();
        int dot = pattern.lastIndexOf('.');
        return dot < 0 ? "any" : pattern.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Where a chooser of this kind opens: the folder last chosen for the kind, else for any, if it still exists. */
    Optional<Path> startFolder(String kind) {
        for (String key : List.of(KIND_FOLDER + kind, LAST_FOLDER)) {
            String f = prefs.get(key, null);
            if (f != null) {
                try {
                    Path p = Path.of(f);
                    if (Files.isDirectory(p)) {
                        return Optional.of(p);
                    }
                } catch (InvalidPathException e) {
                    // a folder of another computer: the next one is tried
                }
            }
        }
        // The first time: the clerk's Documents folder (or home), never the folder the program started in.
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Optional.of(Files.isDirectory(documents) ? documents : home).filter(Files::isDirectory);
    }

    private Optional<Path> remember(File chosen, String kind, boolean isFile) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath().toAbsolutePath();
        remember(kind, isFile ? p.getParent() : p);
        return Optional.of(p);
    }

    /** Remembers the folder a chooser of this kind went to (and that any chooser went to). */
    void remember(String kind, Path folder) {
        if (folder != null) {
            prefs.put(KIND_FOLDER + kind, folder.toString());
            prefs.put(LAST_FOLDER, folder.toString());
        }
    }

    private void own(Alert a, String titleKey) {
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(Messages.get(titleKey));
        a.setHeaderText(null);
    }
}
