package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.settings.ui.BackupView;
import vn.socongvu.ui.kit.Preferences;
import vn.socongvu.ui.kit.Theme;

/** Restoring a backup from Cài đặt → Sao lưu replaces the data and shows the window again on it. */
@ExtendWith(ApplicationExtension.class)
class RestoreFxTest {
    @TempDir
    static Path tmp;
    OpenData open;
    Path backup;
    Services first;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = tmp.resolve("data-" + System.nanoTime());
        first = TestServices.demo(dir);
        backup = first.backups().write(tmp.resolve("usb-" + System.nanoTime()), "matkhau1".toCharArray(),
                Progress.NONE).file();
        first.directory().saveUnit(new Unit.Draft(null, "Đơn vị thêm sau sao lưu", null, UnitKind.OTHER, null, null));
        AppRoot root = new AppRoot();
        open = new OpenData(root, first, new RecentDataFolders(Preferences.inFile(tmp.resolve("recent.properties"))));
        Scene scene = new Scene(root, 1366, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        root.showFor(first);
    }

    @AfterEach
    void close() {
        open.services().close();
    }

    @Test
    void aWrongPasswordChangesNothingAndTheRightOneRestores(FxRobot r) throws Exception {
        r.clickOn("#nav-settings");
        r.clickOn("#tab-backup .tab-label");
        var view = (BackupView) r.lookup("#backup-view").query();
        r.interact(() -> view.model().restoreFrom(backup, "sai".toCharArray()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> r.lookup("#backup-status").queryAs(Label.class).getText().startsWith("Mật khẩu không đúng"));
        assertTrue(open.services() == first, "nothing was closed or replaced");
        assertTrue(first.directory().units().stream().anyMatch(u -> u.name().startsWith("Đơn vị thêm sau")));

        r.interact(() -> view.model().restoreFrom(backup, "matkhau1".toCharArray()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open.services() != first);
        WaitForAsyncUtils.waitForFxEvents();
        Services now = open.services();
        assertNotSame(first, now);
        assertFalse(now.directory().units().stream().anyMatch(u -> u.name().startsWith("Đơn vị thêm sau")),
                "the data is the backup's");
        assertEquals("Xã Bình Thành, tỉnh Thái Nguyên", r.lookup("#header-commune").queryAs(Label.class).getText());
        try (var kept = Files.list(now.db().folder().dir().resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("truoc-khoi-phuc-")));
        }
    }

    @Test
    void aDataFileWithProblemsChangesNothingAndAGoodOneReplacesTheData(FxRobot r) throws Exception {
        r.clickOn("#nav-settings");
        r.clickOn("#tab-backup .tab-label");
        var view = (BackupView) r.lookup("#backup-view").query();
        Path usb = Files.createDirectories(tmp.resolve("usb-json-" + System.nanoTime()));
        r.interact(() -> view.model().exportDataTo(usb));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> r.lookup("#backup-status").queryAs(Label.class).getText().startsWith("Đã xuất"));
        Path json;
        try (var files = Files.list(usb)) {
            json = files.findFirst().orElseThrow();
        }
        Path broken = Files.writeString(usb.resolve("hong.json"),
                Files.readString(json).replaceFirst("\"name_key\":\"", "\"name_key\":17,\"x\":\""));
        r.interact(() -> view.model().importDataFrom(broken));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> r.lookup("#import-problems").tryQuery().isPresent());
        String problems = r.lookup("#import-problems").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("cột name_key") && problems.contains("cột \"x\""), problems);
        assertTrue(open.services() == first, "nothing was closed or replaced");
        r.interact(() -> ((Stage) r.lookup("#import-problems").query().getScene().getWindow()).close());

        r.interact(() -> view.model().importDataFrom(json));
        // The file is described and the clerk asked before anything is replaced.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> question(r) != null);
        DialogPane question = question(r);
        assertTrue(question.getContentText().startsWith("Tệp dữ liệu của xã Bình Thành"), question.getContentText());
        assertTrue(open.services() == first, "nothing replaced before the clerk agreed");
        ButtonType ok = question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        r.clickOn(question.lookupButton(ok));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open.services() != first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(open.services().directory().units().stream().anyMatch(u -> u.name().startsWith("Đơn vị thêm sau")),
                "the file's records, exported after the unit was added");
        try (var kept = Files.list(open.services().db().folder().dir().resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("truoc-nhap-du-lieu-")));
        }
    }

    /** The confirmation shown, if any. */
    private static DialogPane question(FxRobot r) {
        return r.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith("Tệp dữ liệu"))
                .findFirst().orElse(null);
    }
}
