package vn.socongvu.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.launch.InstanceChannel.HandOff;
import vn.socongvu.launch.InstanceChannel.Request;

/**
 * A later start hands its file to the window that has the data folder open: two endpoints in this process, as two
 * starts of the app would be.
 */
class InstanceChannelTest {
    @TempDir
    Path tmp;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();

    private Path registry() {
        return tmp.resolve("cau-hinh").resolve(InstanceChannel.FOLDER);
    }

    private Request next() throws InterruptedException {
        return received.poll(5, TimeUnit.SECONDS);
    }

    @Test
    void aLaterStartOnTheSameFolderHandsItsFileToTheWindow() throws Exception {
        Path folder = tmp.resolve("du lieu");
        Path file = tmp.resolve("USB").resolve("Bản sao lưu xã.scvbak");
        try (InstanceChannel window = InstanceChannel.listen(registry(), folder, received::add)) {
            assertEquals(HandOff.DELIVERED, InstanceChannel.handOff(registry(), folder, file));
            assertEquals(new Request(file), next());

            // a plain second start: the window comes to the front, nothing to open
            assertEquals(HandOff.DELIVERED, InstanceChannel.handOff(registry(), folder.resolve(".").resolve("x/.."), null));
            assertEquals(new Request(null), next());

            // another folder is not this window's: that start opens it itself
            assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), tmp.resolve("khac"), file));
        }
        assertNull(received.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void noWindowNoEndpointAndAClosedOneLeavesNothingBehind() throws Exception {
        Path folder = tmp.resolve("data");
        assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), folder, null), "no window ever");
        InstanceChannel window = InstanceChannel.listen(registry(), folder, received::add);
        Path endpoint = InstanceChannel.endpointFile(registry(), folder);
        assertTrue(Files.exists(endpoint));
        window.close();
        assertFalse(Files.exists(endpoint), "the window removes its file when it closes");
        assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), folder, null));
    }

    @Test
    void theEndpointOfAWindowThatWasKilledIsNotTrusted() throws Exception {
        Path folder = tmp.resolve("data");
        Path endpoint;
        int port;
        try (InstanceChannel window = InstanceChannel.listen(registry(), folder, received::add)) {
            endpoint = InstanceChannel.endpointFile(registry(), folder);
            port = window.port();
        }
        // the file as a killed window leaves it: its port closed now
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("secret", "ab12");
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("folder", folder.toAbsolutePath().normalize().toString());
        try (OutputStream out = Files.newOutputStream(endpoint)) {
            p.store(out, null);
        }
        assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), folder, null), "nobody listens there");

        p.setProperty("pid", "999999999"); // a process that has ended
        try (OutputStream out = Files.newOutputStream(endpoint)) {
            p.store(out, null);
        }
        assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), folder, null));

        Files.writeString(endpoint, "hỏng \\u00");
        assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), folder, null), "a damaged file");
    }

    @Test
    void aWindowThatMovesToAnotherFolderIsReachedThereOnly() throws Exception {
        Path first = tmp.resolve("xa-mau");
        Path second = tmp.resolve("du-lieu-that");
        try (InstanceChannel window = InstanceChannel.listen(registry(), first, received::add)) {
            window.serveFolder(second);
            assertEquals(HandOff.NONE, InstanceChannel.handOff(registry(), first, null));
            assertFalse(Files.exists(InstanceChannel.endpointFile(registry(), first)));
            assertEquals(HandOff.DELIVERED, InstanceChannel.handOff(registry(), second, null));
            assertEquals(new Request(null), next());
        }
    }

    @Test
    void onlyTheOwnerCanReadTheSecret() throws Exception {
        Path folder = tmp.resolve("data");
        try (InstanceChannel ignored = InstanceChannel.listen(registry(), folder, received::add)) {
            if (registry().getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(registry())));
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        InstanceChannel.endpointFile(registry(), folder))));
            }
            try (var files = Files.list(registry())) {
                assertEquals(1, files.count(), "no temporary file left");
            }
        }
    }

    @Test
    void aRequestWithoutTheSecretOrNotWellFormedIsRefusedAndNeverReachesTheWindow() throws Exception {
        Path folder = tmp.resolve("data");
        try (InstanceChannel window = InstanceChannel.listen(registry(), folder, received::add)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(InstanceChannel.endpointFile(registry(), folder))) {
                p.load(in);
            }
            String secret = p.getProperty("secret");
            String path = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("/tmp/a.scvbak".getBytes(StandardCharsets.UTF_8));
            for (String line : List.of(
                    "socongvu-1 " + "0".repeat(secret.length()) + " " + path, // a guessed secret
                    "socongvu-1 " + secret,                                    // no path
                    "socongvu-1 " + secret + " " + path + " rm -rf",           // more than a path
                    "socongvu-1 " + secret + " khong-phai-base64!",            // not a path
                    "socongvu-1 " + secret + " " + Base64.getUrlEncoder().encodeToString(
                            "tuong-doi.scvbak".getBytes(StandardCharsets.UTF_8)), // a relative path
                    "socongvu-9 " + secret + " -")) {                          // another protocol
                assertEquals("refused", send(window.port(), line), line);
            }
            try {
                send(window.port(), "socongvu-1 " + secret + " " + "x".repeat(20_000)); // too long
            } catch (SocketException e) {
                // the window stopped reading and closed the connection: refused too
            }
            assertNull(received.poll(200, TimeUnit.MILLISECONDS), "nothing reached the window");

            assertEquals("ok", send(window.port(), "socongvu-1 " + secret + " " + path));
            assertEquals(new Request(Path.of("/tmp/a.scvbak")), next(), "the window still answers");
        }
    }

    private static String send(int port, String line) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
