package vn.socongvu;

import vn.socongvu.cli.RootCommand;

/** Entry point: no arguments opens the window; otherwise a subcommand of {@link RootCommand}. */
public final class Main {
    /** Held so that the levels set below are not garbage-collected with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    private Main() {
    }

    /** The libraries' start-up chatter (Flyway, jOOQ banner) is not for the clerk's console. */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // POI logs through Log4j's API; with no Log4j behind it, a simple logger that only shows errors.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        for (String name : new String[] {"org.flywaydb", "org.jooq"}) {
            java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
            l.setLevel(java.util.logging.Level.WARNING);
            QUIET.add(l);
        }
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(RootCommand.run(args));
    }
}
