package vn.socongvu;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.socongvu.cli.RootCommand;
import vn.socongvu.log.LogConfigurator;
import vn.socongvu.log.LogProvider;

/** Entry point: no arguments opens the window; otherwise a subcommand of {@link RootCommand}. */
public final class Main {
    /** Held so that the levels set below are not garbage-collected with their loggers. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private Main() {
    }

    /**
     * The libraries' start-up chatter (Flyway, jOOQ banner) is not for the clerk's console. Flyway and jOOQ log
     * through SLF4J into the app's log ({@link LogConfigurator} keeps them at WARN); the levels below
     * are for the case where they fall back to java.util.logging.
     */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The app's log (SLF4J + Logback, vn.socongvu.log); POI logs into it too through Log4j's API, bridged.
        LogProvider.use();
        for (String name : new String[] {"org.flywaydb", "org.jooq"}) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.WARNING);
            QUIET.add(l);
        }
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(RootCommand.run(args));
    }
}
