package vn.socongvu.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.CyclicBufferAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}; no XML is parsed): the app's own
 * lines from INFO up, the libraries' (H2, Flyway, jOOQ, POI, Jackson) from WARN up, and until {@link AppLog}
 * is told the data folder, the last {@value #EARLY_EVENTS} lines held in memory — nothing goes to the console.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** The name of the in-memory appender that holds the lines logged before the folder was known. */
    static final String EARLY = "early";
    static final int EARLY_EVENTS = 200;
    private static final String[] LIBRARIES = {"org.h2", "h2database", "org.flywaydb", "org.jooq", "org.apache.poi",
        "org.apache.xmlbeans", "org.openxmlformats", "tools.jackson", "com.fasterxml", "org.apache.commons",
        "com.zaxxer.hikari", "org.postgresql"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        for (String library : LIBRARIES) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        CyclicBufferAppender<ILoggingEvent> early = new CyclicBufferAppender<>();
        early.setContext(context);
        early.setName(EARLY);
        early.setMaxSize(EARLY_EVENTS);
        early.start();
        root.addAppender(early);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
