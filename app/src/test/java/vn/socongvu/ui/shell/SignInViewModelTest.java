package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.account.AccessDenied;
import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.kit.CurrentThreadTaskRunner;

class SignInViewModelTest {
    static final ServerAddress ADDRESS = new ServerAddress("192.168.1.10", 5432, "socongvu", "nguyenvana");
    @TempDir
    Path tmp;
    final List<String> tried = new ArrayList<>();
    final List<Services> signedIn = new ArrayList<>();
    int local;

    @Test
    void aWrongPasswordIsToldThenTheRightOneSignsIn() {
        try (Services s = TestServices.empty(tmp)) {
            SignInViewModel vm = new SignInViewModel(ADDRESS, (a, pw) -> {
                tried.add(a.user() + "/" + new String(pw));
                if (!new String(pw).equals("dung")) {
                    throw new StorageException(StorageException.Reason.LOGIN_FAILED, "storage.server.error.password",
                            null, a.user(), a.host() + ":" + a.port());
                }
                return s;
            }, new CurrentThreadTaskRunner(), signedIn::add, () -> local++);
            assertEquals("nguyenvana", vm.user.get(), "the login of the address filled in");
            assertEquals("password", vm.focusProperty().get(), "the cursor in the password, the login being filled");
            vm.password.set("sai");
            vm.signIn();
            assertEquals(Messages.get("storage.server.error.password", "nguyenvana", "192.168.1.10:5432"),
                    vm.errors().get("password"), "the refusal at the password");
            assertEquals("", vm.messageProperty().get());
            assertEquals("password", vm.focusProperty().get(), "the cursor back in the password");
            assertEquals("", vm.password.get(), "the password typed is not kept");
            assertTrue(signedIn.isEmpty());
            assertFalse(vm.busyProperty().get());

            vm.user.set(" lethib ");
            vm.password.set("dung");
            vm.signIn();
            assertEquals(List.of("nguyenvana/sai", "lethib/dung"), tried);
            assertSame(s, signedIn.getFirst());
            assertEquals("", vm.messageProperty().get());
            assertEquals("", vm.errors().get("password"));
        }
    }

    @Test
    void aLoginWithoutAnAccountIsToldAtTheLoginAndAnUnreachableServerUnderTheForm() {
        RuntimeException[] next = {new AccessDenied("account.error.noAccount", "lethib")};
        SignInViewModel vm = new SignInViewModel(ADDRESS, (a, pw) -> {
            throw next[0];
        }, new CurrentThreadTaskRunner(), signedIn::add, () -> local++);
        vm.user.set("lethib");
        vm.password.set("mat-khau");
        vm.signIn();
        assertEquals(Messages.get("account.error.noAccount", "lethib"), vm.errors().get("user"));
        assertEquals("user", vm.focusProperty().get());
        next[0] = new StorageException(StorageException.Reason.SERVER_UNREACHABLE, "storage.server.error.unreachable",
                null, "192.168.1.10:5432", "socongvu");
        vm.password.set("mat-khau");
        vm.signIn();
        assertEquals("", vm.errors().get("user"), "the earlier refusal gone");
        assertEquals(Messages.get("storage.server.error.unreachable", "192.168.1.10:5432", "socongvu"),
                vm.messageProperty().get());
        assertTrue(signedIn.isEmpty());
    }

    @Test
    void noLoginIsAskedForAndThisPcsDataIsOneClickAway() {
        SignInViewModel vm = new SignInViewModel(ADDRESS, (a, pw) -> {
            throw new AssertionError("not tried");
        }, new CurrentThreadTaskRunner(), signedIn::add, () -> local++);
        vm.user.set(" ");
        vm.signIn();
        assertEquals(Messages.get("signin.error.noUser"), vm.errors().get("user"));
        assertEquals("user", vm.focusProperty().get());
        vm.workLocally();
        assertEquals(1, local);
    }
}
