package vn.socongvu.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.socongvu.TestServices;
import vn.socongvu.account.Account;
import vn.socongvu.account.Role;
import vn.socongvu.app.Services;
import vn.socongvu.ui.kit.ViewModelFixture;

class AccountsViewModelTest extends ViewModelFixture {
    @Override
    protected Services open(Path dataDir) {
        return TestServices.binhThanh(dataDir, LocalDate.of(2026, 7, 1));
    }

    private AccountsViewModel vm() {
        AccountsViewModel vm = new AccountsViewModel(services.accounts(), services.directory(), dialogs);
        vm.screenOpened();
        return vm;
    }

    @Test
    void onOnePcNothingCanBeChangedAndTheTabSaysWhy() {
        AccountsViewModel vm = vm();
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.notEditableReason().contains("máy chủ"), vm.notEditableReason());
    }

    @Test
    void theClerkAddsAUnitsAccountWithItsPasswordTypedTwiceThenStopsIt() {
        services.accounts().signIn("vanthu");
        AccountsViewModel vm = vm();
        assertTrue(vm.editableProperty().get());
        assertEquals("", vm.notEditableReason());
        vm.login.set("vhxh");
        vm.fullName.set("Phòng Văn hóa – Xã hội");
        vm.role.set(Role.DON_VI);
        vm.password.set("mat-khau-1");
        vm.repeated.set("mat-khau-2");
        assertNull(vm.save());
        assertFalse(vm.errors().property("repeated").get().isEmpty());
        assertFalse(vm.errors().property("unit").get().isEmpty());
        vm.unit.set(vm.units().stream().filter(u -> u.name().equals("Phòng Văn hóa – Xã hội")).findFirst().orElseThrow());
        vm.repeated.set("mat-khau-1");
        Account saved = vm.save();
        assertEquals("vhxh", saved.login());
        assertEquals("", vm.password.get(), "the password is not kept in the form");
        assertEquals(saved, vm.editingProperty().get());
        assertEquals("Phòng Văn hóa – Xã hội", vm.unitName(saved));
        assertEquals(2, vm.accounts().size(), "the clerk's own account and the new one");

        dialogs.answer(true);
        vm.deactivate();
        assertFalse(services.accounts().byLogin("vhxh").orElseThrow().active());
        assertFalse(vm.editingProperty().get().active());

        dialogs.password("mat-khau-moi").password("mat-khau-khac");
        assertFalse(vm.resetPassword(), "two different passwords");
        assertTrue(dialogs.shown.getLast().contains("không giống nhau"), dialogs.shown.getLast());
    }
}
