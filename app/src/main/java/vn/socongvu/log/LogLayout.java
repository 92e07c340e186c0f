package vn.socongvu.log;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One log line: {@code 2026-12-03 09:46:10.123 ERROR [thread] logger - message}, then the stack trace of its
 * exception without the exceptions' messages: a message can hold a record's content or a path with a person's
 * name (an SQL error quotes the values, an I/O error the file); the classes and the frames say where it
 * happened. What is kept of a message is what names no one: the reason of a file-system error ("No space left
 * on device", not the path), the system's words for a failed write (a plain {@code IOException} naming no
 * path) and the codes of a database error.
 */
final class LogLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder b = new StringBuilder(128);
        b.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(event.getLevel()).append(" [").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(" - ").append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy t = event.getThrowableProxy();
        if (t != null) {
            trace(b, t, "", Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return b.toString();
    }

    static void trace(StringBuilder b, IThrowableProxy t, String prefix, Set<IThrowableProxy> seen) {
        if (!seen.add(t)) {
            b.append(prefix).append("[circular reference]").append(CoreConstants.LINE_SEPARATOR);
            return;
        }
        b.append(prefix).append(t.getClassName()).append(safeDetail(t)).append(CoreConstants.LINE_SEPARATOR);
        StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
        int shown = frames.length - t.getCommonFrames();
        for (int i = 0; i < shown; i++) {
            b.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
        }
        if (t.getCommonFrames() > 0) {
            b.append("\t... ").append(t.getCommonFrames()).append(" more").append(CoreConstants.LINE_SEPARATOR);
        }
        for (IThrowableProxy s : t.getSuppressed() == null ? new IThrowableProxy[0] : t.getSuppressed()) {
            trace(b, s, "Suppressed: ", seen);
        }
        if (t.getCause() != null) {
            trace(b, t.getCause(), "Caused by: ", seen);
        }
    }

    /** What of the exception's message names no one: a file-system error's reason, a database error's codes. */
    static String safeDetail(IThrowableProxy t) {
        Throwable real = t instanceof ThrowableProxy p ? p.getThrowable() : null;
        if (real instanceof FileSystemException fs && fs.getReason() != null) {
            return ": " + fs.getReason();
        }
        if (real != null && real.getClass() == IOException.class && real.getMessage() != null
                && real.getMessage().indexOf('/') < 0 && real.getMessage().indexOf('\\') < 0) {
            return ": " + real.getMessage(); // the system's own words for a failed read or write
        }
        if (real instanceof SQLException sql) {
            return ": SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode();
        }
        return "";
    }
}
