package vn.socongvu.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.slf4j.LoggerFactory;

import vn.socongvu.storage.DataFolder;

/**
 * One window per data folder, which a later start of the app on the same folder hands its request to (open this
 * backup file, or just come to the front) instead of failing on the folder's lock, as JabRef's remote listener does.
 * <p>The window listens on a loopback port of its own (never reachable from another computer) and writes the port and
 * a random secret into an endpoint file in the user's own settings folder ({@code dang-mo/}, readable by the owner
 * only on POSIX systems; per user on Windows), named after the data folder. A later start of the same user reads the
 * file, connects and sends one line: the secret and the absolute path of the file to open (or none). Another user
 * cannot read the secret, and a request without it is refused. The path is data only: checked as a path, handed to
 * the window, which reads the file as a backup and asks the clerk; nothing in a request is ever run.
 */
public final class InstanceChannel implements AutoCloseable {
    /** The folder of endpoint files inside the user's settings folder. */
    public static final String FOLDER = "dang-mo";
    private static final String MAGIC = "socongvu-1";
    private static final String OK = "ok";
    private static final int MAX_LINE = 16 * 1024;
    /** How long a start waits to connect to the window (loopback: a running window accepts at once). */
    private static final int CONNECT_MS = 1500;
    /** How long either side waits for the other's line. */
    private static final int READ_MS = 5000;

    private final Path registry;
    private final ServerSocket server;
    private final String secret;
    private final Consumer<Request> handler;
    private final Thread thread;
    private volatile Path endpoint;

    /** What a later start asks of the window: come to the front and, when {@code file} is not null, offer it. */
    public record Request(Path file) {
    }

    /** How a hand-off went. */
    public enum HandOff {
        /** No window of this user has the folder open (or it ended): this start opens it itself. */
        NONE,
        /** The window that has the folder open took the request. */
        DELIVERED,
        /** A window seems to have it open but did not take the request. */
        FAILED
    }

    /**
     * The secrets' source, made when a window first listens: seeding it (the security providers, the system's
     * entropy) is not for the start's hand-off check, which every start makes before its window.
     */
    private static final class Secrets {
        static final SecureRandom RANDOM = new SecureRandom();

        private Secrets() {
        }
    }

    private InstanceChannel(Path registry, ServerSocket server, Consumer<Request> handler) {
        this.registry = registry;
        this.server = server;
        this.handler = handler;
        byte[] bytes = new byte[32];
        Secrets.RANDOM.nextBytes(bytes);
        this.secret = HexFormat.of().formatHex(bytes);
        this.thread = new Thread(this::serve, "socongvu-instance");
        thread.setDaemon(true);
    }

    /**
     * Listens for later starts on {@code folder}; {@code handler} is called on the channel's thread with each
     * request taken.
     * @param registry the user's settings folder's {@link #FOLDER}
     */
    public static InstanceChannel listen(Path registry, Path folder, Consumer<Request> handler) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            InstanceChannel channel = new InstanceChannel(registry, server, handler);
            channel.serveFolder(folder);
            channel.thread.start();
            return channel;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** From now on the window has {@code folder} open: later starts on it reach this window (and those on the old one do not). */
    public synchronized void serveFolder(Path folder) throws IOException {
        Path file = endpointFile(registry, folder);
        if (file.equals(endpoint)) {
            return;
        }
        DataFolder.createPrivateDirectory(registry);
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(server.getLocalPort()));
        p.setProperty("secret", secret);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("folder", key(folder));
        writePrivate(file, p);
        Path old = endpoint;
        endpoint = file;
        if (old != null) {
            deleteIfOurs(old);
        }
    }

    /** The port this window listens on (tests). */
    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(READ_MS);
                Optional<Request> r = read(s.getInputStream());
                OutputStream out = s.getOutputStream();
                out.write(((r.isPresent() ? OK : "refused") + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                r.ifPresent(handler);
            } catch (SocketException e) {
                if (server.isClosed()) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(InstanceChannel.class).warn("A request from another start was not taken", e);
            }
        }
    }

    /** The one line of a request, checked whole: the magic word, this window's secret, a path or "-". */
    private Optional<Request> read(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !parts[0].equals(MAGIC) || !MessageDigest.isEqual(
                parts[1].getBytes(StandardCharsets.US_ASCII), secret.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (parts[2].equals("-")) {
            return Optional.of(new Request(null));
        }
        try {
            Path file = Path.of(new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8));
            return file.isAbsolute() ? Optional.of(new Request(file)) : Optional.empty();
        } catch (IllegalArgumentException e) { // not Base64, or no path (InvalidPathException)
            return Optional.empty();
        }
    }

    /** Reads up to a line feed, at most {@link #MAX_LINE} bytes; null when longer or cut short. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || buf.size() >= MAX_LINE) {
                return null;
            }
            buf.write(b);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /**
     * Hands {@code file} (null: nothing to open) to the window of this user that has {@code folder} open, if there
     * is one. Quick when there is none: the endpoint file is absent, or names a process that has ended.
     */
    public static HandOff handOff(Path registry, Path folder, Path file) {
        Path endpoint = endpointFile(registry, folder);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(endpoint, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return HandOff.NONE;
        }
        int port;
        long pid;
        try {
            port = Integer.parseInt(p.getProperty("port", ""));
            pid = Long.parseLong(p.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return HandOff.NONE;
        }
        String secret = p.getProperty("secret", "");
        if (!key(folder).equals(p.getProperty("folder")) || port <= 0 || port > 65535 || secret.isEmpty()
                || secret.indexOf(' ') >= 0 || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
            return HandOff.NONE; // a window that ended without removing its file (killed, power cut)
        }
        try (Socket s = new Socket()) {
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_MS);
            } catch (IOException e) {
                return HandOff.NONE; // nobody listens there
            }
            s.setSoTimeout(READ_MS);
            String path = file == null ? "-" : Base64.getUrlEncoder().withoutPadding().encodeToString(
                    file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            out.write((MAGIC + " " + secret + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return OK.equals(readLine(s.getInputStream())) ? HandOff.DELIVERED : HandOff.FAILED;
        } catch (IOException e) {
            return HandOff.FAILED;
        }
    }

    /**
     * The endpoint file of a data folder: named by a 64-bit hash (FNV-1a) of its absolute path. Not a cryptographic
     * digest: the file's own {@code folder} line is what a start checks, the name only finds it; and a digest would
     * start Java's security providers (~0.05 s) in every start before its window.
     */
    static Path endpointFile(Path registry, Path folder) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key(folder).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return registry.resolve(HexFormat.of().toHexDigits(h) + ".properties");
    }

    /** The folder as both starts name it: absolute, normalised; without case on Windows, whose paths ignore it. */
    private static String key(Path folder) {
        String s = folder.toAbsolutePath().normalize().toString();
        return folder.getFileSystem().getSeparator().equals("\\") ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static void writePrivate(Path file, Properties p) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toUnsignedString(Secrets.RANDOM.nextLong()) + ".tmp");
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try {
            Files.createFile(tmp, attrs);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "So Cong Vu: the window that has this data folder open");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes an endpoint file if it is still this window's (a later window may have written its own since). */
    private void deleteIfOurs(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            if (secret.equals(p.getProperty("secret"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | IllegalArgumentException ignored) {
            // gone already, or another window's
        }
    }

    @Override
    public synchronized void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closed anyway
        }
        if (endpoint != null) {
            deleteIfOurs(endpoint);
            endpoint = null;
        }
    }
}
