package vn.socongvu.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.ui.kit.DialogService.FileType;

/** The file choosers open where the clerk last went for the same kind of file, from one session to the next. */
class FileChooserFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void eachKindOfFileOpensWhereItWasLastChosenAndTheRestWhereAnyWas() throws Exception {
        Path prefs = tmp.resolve("cua-so.properties");
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        Path documents = Files.createDirectories(tmp.resolve("tai-lieu"));
        FxDialogService first = new FxDialogService(() -> null, Preferences.inFile(prefs));
        String word = FxDialogService.kind(List.of(new FileType("preview.wordFiles", "*.docx")));
        String sheet = FxDialogService.kind(List.of(new FileType("x", "*.xlsx")));
        assertEquals("docx", word);
        Path home = Path.of(System.getProperty("user.home"));
        Path expected = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
        assertEquals(Optional.of(expected), first.startFolder(word),
                "nothing chosen yet: the clerk's Documents (or home), not the folder the program started in");
        first.remember(word, documents);
        first.remember(sheet, usb);

        // the next session
        FxDialogService next = new FxDialogService(() -> null, Preferences.inFile(prefs));
        assertEquals(Optional.of(documents), next.startFolder(word));
        assertEquals(Optional.of(usb), next.startFolder(sheet));
        assertEquals(Optional.of(usb), next.startFolder("zip"), "another kind: where any chooser went last");

        Files.delete(documents); // the USB stick taken out, say
        assertEquals(Optional.of(usb), next.startFolder(word), "a folder gone is not offered");
        assertTrue(Files.exists(prefs));
    }
}
