package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.directory.Staff;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;
import vn.socongvu.ui.kit.RecordingDialogService;

/** The first start's choices, without the window. */
class SetupViewModelTest {
    @TempDir
    Path tmp;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
    private final AtomicInteger ready = new AtomicInteger();
    private Services services;
    private SetupViewModel vm;

    @BeforeEach
    void open() {
        services = TestServices.empty(tmp.resolve("data"));
        vm = new SetupViewModel(services.settings(), services.demo(), dialogs, runner, ready::incrementAndGet);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSetupRefusedIsToldAtItsFieldsAndTheWindowWaits() {
        vm.province.set("Thái Nguyên");

        assertFalse(vm.setUp());

        assertEquals("Hãy nhập tên xã.", vm.errors().property("communeName").get());
        assertEquals("Hãy nhập họ tên Chủ tịch UBND xã (người ký văn bản).", vm.errors().property("chairman").get());
        assertEquals("", vm.errors().property("province").get());
        assertEquals(0, ready.get(), "the setup stays");
        assertFalse(services.settings().isSetUp());
    }

    @Test
    void aSetupDoneSetsUpTheCommuneAndShowsTheWindow() {
        vm.setUp(); // refused first: its messages go once it is right
        vm.communeName.set("Dân Tiến");
        vm.province.set("Thái Nguyên");
        vm.chairman.set("Trần Văn Quân");
        vm.viceChairmen.set("Ma Thị Hằng\n\n");

        assertTrue(vm.setUp());

        assertEquals(1, ready.get());
        assertEquals("", vm.errors().property("communeName").get());
        var identity = services.settings().identity().orElseThrow();
        assertEquals("Dân Tiến", identity.communeName());
        assertEquals("Dân Tiến", identity.placeName(), "the place name follows the commune's");
        assertEquals(2, services.settings().signers().size());
        assertEquals(9, services.directory().units().size(), "the leadership unit and the typical units");
        assertEquals(List.of("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"),
                services.directory().staff().stream().map(Staff::jobTitle).toList(), "the leaders are people");
    }

    @Test
    void theDemoCommuneLoadsInTheBackgroundThenTheWindowShowsIt() {
        vm.loadDemo();

        assertEquals(List.of("setup.demo.progress"), runner.ran);
        assertEquals(1, ready.get());
        assertTrue(services.settings().isSetUp());
        assertEquals(40, services.directory().staff().size());
        assertEquals(List.of(), dialogs.shown);
    }
}
