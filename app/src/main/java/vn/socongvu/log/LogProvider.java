package vn.socongvu.log;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback behind SLF4J, as Logback's own provider makes it but configured directly by {@link LogConfigurator}.
 * Named by the system property {@code slf4j.provider} ({@link #use()}), it spares the start two scans of
 * every jar of the class path (SLF4J's search for a provider, Logback's for a configurator): ~90 ms measured,
 * on the thread that opens the data (README, Performance).
 */
public final class LogProvider implements SLF4JServiceProvider {
    /** Held so that the levels set by {@link #quietFallback} are not garbage-collected with their loggers. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private LoggerContext context;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** Makes SLF4J use this provider (call before the first logger is made). */
    public static void use() {
        System.setProperty("slf4j.provider", LogProvider.class.getName());
        System.setProperty("slf4j.internal.verbosity", "WARN"); // not "SLF4J(I): Attempting to load provider…"
        // POI logs through Log4j's API: its bridge to SLF4J, named so that Log4j does not scan the jars either.
        System.setProperty("log4j.provider", "org.apache.logging.slf4j.SLF4JProvider");
    }

    /**
     * Flyway's and jOOQ's loggers in java.util.logging at WARNING, for the case where they fall back to it (they
     * log through SLF4J into the app's log). Called where they are first used ({@code Database}), on the thread
     * that opens the data; once is enough.
     */
    public static synchronized void quietFallback() {
        if (!QUIET.isEmpty()) {
            return;
        }
        for (String name : new String[] {"org.flywaydb", "org.jooq"}) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.WARNING);
            QUIET.add(l);
        }
    }

    @Override
    public void initialize() {
        LoggerContext c = new LoggerContext();
        c.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(c);
        configurator.configure(c);
        c.start();
        LogbackMDCAdapter adapter = new LogbackMDCAdapter();
        c.setMDCAdapter(adapter);
        markers = new BasicMarkerFactory();
        mdc = adapter;
        context = c;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
