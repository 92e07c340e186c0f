package vn.socongvu.settings.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.backup.BackupService;
import vn.socongvu.common.Progress;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/** Cài đặt → Sao lưu's flows, without the window: the dialogs recorded and answered, the work run at once. */
class BackupViewModelTest {
    @TempDir
    Path tmp;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
    /** What the window was asked to put in place of the data. */
    private final List<String> replaced = new ArrayList<>();
    private Services services;

    @BeforeEach
    void open() {
        services = TestServices.binhThanh(tmp.resolve("data"), LocalDate.of(2026, 5, 4));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BackupViewModel model(DataReplacer replacer) {
        return new BackupViewModel(services.settings(), services.backups(), services.exchange(),
                services.db().folder().dir(), dialogs, runner, replacer);
    }

    /** A window that records what it is asked to replace the data with. */
    private DataReplacer recording() {
        return new DataReplacer() {
            @Override
            public void restore(Path backup, char[] password, Progress progress) {
                replaced.add("restore " + backup.getFileName() + " " + (password == null ? null : new String(password)));
            }

            @Override
            public void importData(DataExchange.Prepared prepared, Progress progress) {
                replaced.add("import " + prepared.summary().commune());
            }
        };
    }

    private Path backup(String password) {
        return services.backups().write(tmp.resolve("usb-" + System.nanoTime()),
                password == null ? null : password.toCharArray(), Progress.NONE).file();
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void onAServerTheScreenSaysWhoMakesTheAutomaticBackups() {
        BackupViewModel here = model(null);
        here.load();
        assertEquals("", here.autoRuleProperty().get(), "this PC's own data: nothing to say");
        assertEquals(Messages.get("backup.ui.noAuto", services.backups().autoFolder()), here.autoTextProperty().get());

        BackupViewModel clerk = model(null).onServer(true);
        clerk.load();
        assertEquals(Messages.get("backup.ui.server.rule"), clerk.autoRuleProperty().get());
        assertEquals(Messages.get("backup.ui.noAuto", services.backups().autoFolder()), clerk.autoTextProperty().get(),
                "the văn thư's PC backs up as on one PC");

        BackupViewModel unit = model(null).onServer(false);
        unit.load();
        assertEquals(Messages.get("backup.ui.server.rule"), unit.autoRuleProperty().get());
        assertEquals(Messages.get("backup.ui.server.notHere"), unit.autoTextProperty().get(),
                "another account's PC is not said to back up");
    }

    @Test
    void backupChoosesAFolderAndWritesACheckedBackupThere() throws Exception {
        Path usb = Files.createDirectories(tmp.resolve("usb"));
        BackupViewModel vm = model(null);
        vm.password.set("matkhau1");
        vm.passwordAgain.set("matkhau1");
        dialogs.choose(usb).act(0); // "Mở thư mục" in the message that says where it went

        vm.backup();

        assertEquals("folder backup.ui.chooseFolder", dialogs.shown.getFirst());
        assertEquals(List.of("backup.ui.now"), runner.ran);
        List<Path> written = files(usb);
        assertEquals(1, written.size(), written.toString());
        assertTrue(dialogs.last().startsWith("info backup.ui.now: Đã sao lưu") && dialogs.last().contains(
                written.getFirst().toString()), dialogs.last());
        assertEquals(List.of(usb), dialogs.opened, "the USB stick's folder, the backup in it");
        assertTrue(BackupService.info(written.getFirst()).encrypted());
        BackupService.verify(written.getFirst(), "matkhau1".toCharArray(), tmp.resolve("check"), Progress.NONE);
        assertTrue(vm.statusProperty().get().startsWith("Đã sao lưu và kiểm tra: " + written.getFirst()),
                vm.statusProperty().get());
        assertEquals("", vm.password.get(), "the password is not kept on the screen");
        assertEquals("", vm.passwordAgain.get());
    }

    @Test
    void cancellingTheFolderDoesNothing() {
        BackupViewModel vm = model(null);
        vm.password.set("matkhau1");
        vm.passwordAgain.set("matkhau1");

        vm.backup(); // nothing chosen: the clerk cancelled

        assertEquals(List.of("folder backup.ui.chooseFolder"), dialogs.shown);
        assertEquals(List.of(), runner.ran, "no backup started");
        assertEquals("", vm.statusProperty().get());
        assertEquals("matkhau1", vm.password.get(), "what was typed stays");
    }

    @Test
    void mismatchedPasswordsAreToldAtTheFieldBeforeAnyFolderIsAsked() {
        BackupViewModel vm = model(null);
        vm.password.set("matkhau1");
        vm.passwordAgain.set("matkhau2");
        dialogs.choose(tmp);

        vm.backup();

        assertEquals("Hai lần nhập mật khẩu không giống nhau.", vm.errors().property("passwordAgain").get());
        assertEquals(List.of(), dialogs.shown);
        assertEquals(List.of(), runner.ran);
    }

    @Test
    void restoreDescribesTheBackupAsksItsPasswordThenReplacesTheDataThroughTheWindow() {
        Path file = backup("matkhau1");
        BackupViewModel vm = model(recording());
        assertTrue(vm.canReplace());
        dialogs.choose(file).answer(true).password("matkhau1");

        vm.restore();

        assertEquals(3, dialogs.shown.size(), dialogs.shown.toString());
        assertEquals("open backup.ui.restore", dialogs.shown.get(0));
        assertTrue(dialogs.shown.get(1).startsWith("confirm backup.ui.restore: Bản sao lưu của xã Bình Thành, tỉnh "
                + "Thái Nguyên, lập lúc "), dialogs.shown.get(1));
        assertTrue(dialogs.shown.get(1).contains(services.db().folder().dir().resolve("backups").toString()),
                "where the current data is kept");
        assertEquals("password backup.ui.restore: Bản sao lưu này có mật khẩu. Nhập mật khẩu:", dialogs.shown.get(2));
        assertEquals(List.of("restore " + file.getFileName() + " matkhau1"), replaced);
        assertEquals(List.of("backup.ui.restore"), runner.ran);
    }

    @Test
    void aBackupWithoutPasswordIsRestoredWithoutAskingOne() {
        Path file = backup(null);
        BackupViewModel vm = model(recording());
        dialogs.choose(file).answer(true);

        vm.restore();

        assertEquals(2, dialogs.shown.size(), dialogs.shown.toString());
        assertEquals(List.of("restore " + file.getFileName() + " null"), replaced);
    }

    @Test
    void aRestoreTheClerkRefusesOrCancelsReplacesNothing() {
        Path file = backup("matkhau1");
        BackupViewModel vm = model(recording());
        dialogs.choose(file).answer(false);
        vm.restore();
        assertEquals(2, dialogs.shown.size(), "no password asked after a refusal: " + dialogs.shown);

        dialogs.choose(file).answer(true); // then the password prompt is cancelled
        vm.restore();
        assertTrue(dialogs.last().startsWith("password "), dialogs.last());

        vm.restore(); // no file chosen
        assertEquals("open backup.ui.restore", dialogs.last());
        assertEquals(List.of(), replaced);
        assertEquals(List.of(), runner.ran);
    }

    @Test
    void aWrongPasswordIsToldAndReplacesNothing() {
        Path file = backup("matkhau1");
        Path dataDir = services.db().folder().dir();
        // The window's own check: the whole backup read and checked before anything is closed.
        DataReplacer checking = new DataReplacer() {
            @Override
            public void restore(Path backup, char[] password, Progress progress) {
                try (var prepared = BackupService.prepareRestore(backup, password, dataDir, progress)) {
                    replaced.add("restore " + backup.getFileName());
                }
            }

            @Override
            public void importData(DataExchange.Prepared prepared, Progress progress) {
                throw new AssertionError("not an import");
            }
        };
        BackupViewModel vm = model(checking);
        dialogs.choose(file).answer(true).password("sai mat khau");

        vm.restore();

        assertEquals("Mật khẩu không đúng (hoặc tệp " + file + " đã bị sửa đổi).", vm.statusProperty().get());
        assertEquals(List.of(), replaced);
        assertEquals(List.of(), dialogs.reported, "the clerk's mistake, not a bug");

        dialogs.choose(file).answer(true).password("matkhau1");
        vm.restore();
        assertEquals(List.of("restore " + file.getFileName()), replaced);
    }

    @Test
    void aFileThatIsNotABackupIsToldWithoutAsking() throws Exception {
        Path notABackup = Files.writeString(tmp.resolve("khong-phai.scvbak"), "không phải bản sao lưu");
        BackupViewModel vm = model(recording());
        dialogs.choose(notABackup).answer(true);

        vm.restore();

        assertEquals(List.of("open backup.ui.restore"), dialogs.shown);
        assertFalse(vm.statusProperty().get().isEmpty());
        assertEquals(List.of(), replaced);
    }

    @Test
    void aBackupOpenedWithTheAppIsDescribedWithCheckAndRestore() {
        Path file = backup(null);
        BackupViewModel vm = model(recording()).outsideBackupScreen();

        vm.offerFile(file); // the clerk closes the dialog

        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.last().startsWith("info backup.open.title: Bản sao lưu " + file + "\n\nCủa xã Bình Thành, "
                + "tỉnh Thái Nguyên, lập lúc "), dialogs.last());
        assertTrue(dialogs.last().contains("bản ghi.") && !dialogs.last().contains("có mật khẩu"), dialogs.last());
        assertTrue(dialogs.last().contains("dữ liệu hiện tại được giữ lại một bản"), dialogs.last());
        assertEquals(List.of("Kiểm tra / Khôi phục…"), dialogs.actionButtons);
        assertEquals(List.of(), runner.ran, "nothing done before the clerk chooses");
        assertEquals(List.of(), replaced);
    }

    @Test
    void checkingABackupOpenedWithTheAppReadsItWholeAndChangesNothing() throws Exception {
        Path file = backup("matkhau1");
        byte[] data = Files.readAllBytes(services.db().folder().databaseFile());
        BackupViewModel vm = model(recording()).outsideBackupScreen();
        dialogs.act(0).password("matkhau1"); // "Kiểm tra", the password; then the result closed

        vm.offerFile(file);

        assertEquals(List.of("backup.open.checking"), runner.ran);
        assertEquals("password backup.open.check: Bản sao lưu này có mật khẩu. Nhập mật khẩu:", dialogs.shown.get(1));
        long records = BackupService.verify(file, "matkhau1".toCharArray(), tmp.resolve("v"), Progress.NONE)
                .totalRecords();
        assertTrue(dialogs.last().startsWith("info backup.open.title: Bản sao lưu " + file + " còn nguyên vẹn: đã đọc "
                + "và kiểm tra đủ " + VnFormat.integer(records) + " bản ghi (xã Bình Thành"), dialogs.last());
        assertEquals(List.of("Kiểm tra / Khôi phục…", "Khôi phục…"), dialogs.actionButtons);
        assertEquals(List.of(), replaced);
        assertArrayEquals(data, Files.readAllBytes(services.db().folder().databaseFile()), "the data is not touched");
    }

    @Test
    void aCheckedBackupIsRestoredFromTheResultWithItsPasswordAsTheScreenDoes() {
        Path file = backup("matkhau1");
        BackupViewModel vm = model(recording()).outsideBackupScreen();
        dialogs.act(0).password("matkhau1").act(0).answer(true); // Kiểm tra, then Khôi phục…, confirmed

        vm.offerFile(file);

        assertEquals(List.of("backup.open.checking", "backup.ui.restore"), runner.ran);
        assertTrue(dialogs.last().startsWith("confirm backup.ui.restore: Bản sao lưu của xã Bình Thành"), dialogs.last());
        assertEquals(1, dialogs.shown.stream().filter(l -> l.startsWith("password")).count(), "asked once");
        assertEquals(List.of("restore " + file.getFileName() + " matkhau1"), replaced);
    }

    @Test
    void restoringABackupOpenedWithTheAppAsksFirstAndRefusedReplacesNothing() {
        Path file = backup(null);
        BackupViewModel vm = model(recording()).outsideBackupScreen();
        dialogs.act(1).answer(false);
        vm.offerFile(file);
        assertTrue(dialogs.last().startsWith("confirm backup.ui.restore: "), dialogs.last());
        assertEquals(List.of(), replaced);

        dialogs.act(1).answer(true);
        vm.offerFile(file);
        assertEquals(List.of("restore " + file.getFileName() + " null"), replaced);
    }

    @Test
    void aFileOpenedWithTheAppThatIsNoBackupIsToldInAMessage() throws Exception {
        BackupViewModel vm = model(recording()).outsideBackupScreen();
        Path docx = Files.writeString(tmp.resolve("Công văn.docx"), "x");
        vm.offerFile(docx);
        assertEquals("error: Tệp " + docx + " không phải là bản sao lưu của Sổ Công Vụ (tệp .scvbak) nên không mở "
                + "được ở đây. Dữ liệu không bị thay đổi. Để khôi phục dữ liệu, hãy mở một tệp .scvbak.", dialogs.last());

        Path missing = tmp.resolve("usb").resolve("Ban sao.scvbak");
        vm.offerFile(missing);
        assertTrue(dialogs.last().startsWith("error: Không tìm thấy tệp " + missing + ": "), dialogs.last());

        Path fake = Files.writeString(tmp.resolve("Ban sao.SCVBAK"), "không phải bản sao lưu");
        vm.offerFile(fake);
        assertEquals("error: Tệp " + fake + " không phải là bản sao lưu của Sổ Công Vụ, hoặc đã bị hỏng.",
                dialogs.last());

        assertEquals(3, dialogs.shown.size(), dialogs.shown.toString());
        assertEquals(List.of(), dialogs.actionButtons, "nothing offered");
        assertEquals(List.of(), runner.ran);
        assertEquals(List.of(), replaced);
    }

    @Test
    void aWrongPasswordWhenCheckingIsToldInAMessage() {
        Path file = backup("matkhau1");
        BackupViewModel vm = model(recording()).outsideBackupScreen();
        dialogs.act(0).password("sai mat khau");

        vm.offerFile(file);

        assertEquals("error: Mật khẩu không đúng (hoặc tệp " + file + " đã bị sửa đổi).", dialogs.last());
        assertEquals(List.of(), dialogs.reported, "the clerk's mistake, not a bug");
        assertEquals(List.of(), replaced);
    }

    @Test
    void exportThenImportAsksBeforeReplacingAndAFileWithProblemsIsListed() throws Exception {
        Path usb = Files.createDirectories(tmp.resolve("usb-json"));
        BackupViewModel vm = model(recording());
        dialogs.choose(usb);
        vm.exportData();
        assertTrue(vm.statusProperty().get().startsWith("Đã xuất "), vm.statusProperty().get());
        Path json = files(usb).getFirst();

        dialogs.choose(json).answer(false);
        vm.importData();
        assertTrue(dialogs.last().startsWith("confirm exchange.ui.import: Tệp dữ liệu của xã Bình Thành, xuất lúc "),
                dialogs.last());
        assertEquals(List.of(), replaced, "refused: nothing replaced");

        dialogs.answer(true);
        vm.importDataFrom(json);
        assertEquals(List.of("import Bình Thành"), replaced);

        Path broken = Files.writeString(usb.resolve("hong.json"),
                Files.readString(json).replaceFirst("\"name_key\":\"", "\"name_key\":17,\"x\":\""));
        vm.importDataFrom(broken);
        assertTrue(vm.statusProperty().get().startsWith("Tệp dữ liệu không được nhập vì có "),
                vm.statusProperty().get());
        assertTrue(dialogs.last().startsWith("text exchange.ui.import: ") && dialogs.last().contains("cột name_key"),
                dialogs.last());
        assertEquals(List.of("import Bình Thành"), replaced);
    }

    @Test
    void stoppingTheAutomaticBackupsEncryptionAsksFirst() {
        BackupViewModel vm = model(null);
        vm.autoPassword.set("matkhau1");
        vm.autoPasswordAgain.set("matkhau1");
        assertTrue(vm.encryptAutoBackups());
        assertTrue(vm.autoEncryptedProperty().get());

        vm.stopEncryptingAutoBackups(); // refused
        assertTrue(dialogs.last().startsWith("confirm backup.ui.autoTitle: "), dialogs.last());
        assertTrue(services.backups().autoBackupsEncrypted());

        dialogs.answer(true);
        vm.stopEncryptingAutoBackups();
        assertFalse(services.backups().autoBackupsEncrypted());
        assertFalse(vm.autoEncryptedProperty().get());
    }
}
