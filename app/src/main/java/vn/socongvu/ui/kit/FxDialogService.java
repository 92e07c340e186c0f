package vn.socongvu.ui.kit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.socongvu.i18n.Messages;

/**
 * The window's dialogs, owned by the window {@code owner} gives at the time of asking. The file choosers open
 * where the clerk last chose a file or a folder (the USB stick) for as long as the window is open.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private Path lastFolder;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String titleKey, String text) {
        return Ui.confirm(owner.get(), titleKey, text);
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
        return remember(chooser.showOpenDialog(owner.get()), true);
    }

    @Override
    public Optional<Path> chooseFileToSave(String titleKey, String suggestedName, List<FileType> types) {
        FileChooser chooser = fileChooser(titleKey, types);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()), true);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showDialog(owner.get()), false);
    }

    @Override
    public void open(Path fileOrFolder) {
        FileOpener.open(fileOrFolder);
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
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen, boolean isFile) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath();
        lastFolder = isFile ? p.getParent() : p;
        return Optional.of(p);
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
