package vn.socongvu.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.CyclicBufferAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

/**
 * The app's log: {@code logs/socongvu.log} in the data folder, for a technician. It holds when the window or a
 * command started, what failed (the exception's classes and stack trace, no message that could name a person),
 * automatic backups made or failed — ids and counts at most, never a record's content, a name or a path.
 *
 * <p>The folder is known only once the command line is read: until {@link #useFolder} the lines are held in
 * memory (the last {@value LogConfigurator#EARLY_EVENTS}), then written at the head of the file. A file grows to
 * {@value #MAX_FILE_SIZE}, then a new one is started, and at least every day; files of the last
 * {@value #KEPT_DAYS} days are kept, {@value #TOTAL_CAP} at most in all.
 */
public final class AppLog {
    public static final String FOLDER = "logs";
    public static final String FILE = "socongvu.log";
    static final String MAX_FILE_SIZE = "1 MB";
    static final int KEPT_DAYS = 7;
    static final String TOTAL_CAP = "5 MB";
    private static final String APPENDER = "file";
    private static Path current;
    private static volatile boolean inBackground;

    private AppLog() {
    }

    /**
     * An exception as the log writes it: its classes and stack frames, no message that could name a person
     * (what the window's "Sao chép chi tiết" copies).
     */
    public static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        LogLayout.trace(b, new ThrowableProxy(t), "",
                Collections.newSetFromMap(new IdentityHashMap<>()));
        return b.toString();
    }

    /** The app's version, as its jar names it (0.1.0 when the jar does not say, as --version). */
    public static String version() {
        String v = AppLog.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v; // as --version says it
    }

    /**
     * For the window: the log file is opened on a thread of its own, not on the one that opens the data (its
     * ~15–60 ms would delay the first screen on its data: README, Performance). Commands open it at once.
     */
    public static void openInBackground() {
        inBackground = true;
    }

    /** The data folder is open (locked, ours): the log goes into it, its first line says what runs. */
    public static void folderOpened(Path dataDir) {
        Runnable open = () -> {
            useFolder(dataDir);
            LoggerFactory.getLogger(AppLog.class).info("Opening the data folder (Sổ Công Vụ {}, Java {}, {})",
                    version(), System.getProperty("java.version"), System.getProperty("os.name"));
        };
        if (inBackground) {
            Thread t = new Thread(open, "socongvu-log");
            t.setDaemon(true);
            t.start();
        } else {
            open.run();
        }
    }

    /** Where the log of a data folder is (whether it exists or not). */
    public static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FOLDER).resolve(FILE);
    }

    /** The log file being written, if a data folder was given and its log could be opened. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(current);
    }

    /**
     * The data folder is being moved or deleted (the demo left): its log file is closed; lines go nowhere until
     * the next folder is opened. Nothing happens when the log is written elsewhere.
     */
    public static synchronized void leaveFolder(Path dataDir) {
        if (current == null || !current.equals(fileIn(dataDir))
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        var old = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (old != null) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(old);
            old.stop();
        }
        current = null;
    }

    /**
     * Writes the log into {@code dataDir/logs} from now on (the lines held so far first); a call for the folder
     * already in use does nothing, one for another folder moves the log there.
     * @return the log file, or empty when it cannot be written (the lines stay in memory; nothing is thrown)
     */
    public static synchronized Optional<Path> useFolder(Path dataDir) {
        Path file = fileIn(dataDir);
        if (file.equals(current)) {
            return Optional.of(file);
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty(); // another SLF4J binding (not in the app)
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        FileAppender<ILoggingEvent> appender = open(context, file);
        if (appender == null) {
            return Optional.empty();
        }
        var old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        if (root.getAppender(LogConfigurator.EARLY) instanceof CyclicBufferAppender<ILoggingEvent> early) {
            for (int i = 0; i < early.getLength(); i++) {
                appender.doAppend(early.get(i));
            }
            root.detachAppender(early);
            early.stop();
        }
        root.addAppender(appender);
        current = file;
        return Optional.of(file);
    }

    private static FileAppender<ILoggingEvent> open(LoggerContext context, Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            return null;
        }
        LogLayout layout = new LogLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout);
        encoder.start();

        if (file.getParent().toString().contains("%")) {
            // Logback reads "%" in the rolled files' names as its own mark, with no way to escape it (it turns "\"
            // into "/" first): in such a folder the log is one file, begun again once it is over the total cap.
            return plain(context, file, encoder);
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file.getParent() + "/socongvu.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(KEPT_DAYS);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_CAP));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setTriggeringPolicy(policy);
        appender.start();
        return appender.isStarted() ? appender : null;
    }

    private static FileAppender<ILoggingEvent> plain(LoggerContext context, Path file,
                                                                        LayoutWrappingEncoder<ILoggingEvent> encoder) {
        boolean over;
        try {
            over = Files.exists(file) && Files.size(file) > FileSize.valueOf(TOTAL_CAP).getSize();
        } catch (IOException e) {
            over = false;
        }
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setAppend(!over);
        appender.setEncoder(encoder);
        appender.start();
        return appender.isStarted() ? appender : null;
    }
}
