package vn.socongvu;

import vn.socongvu.cli.RootCommand;

/** Entry point: no arguments opens the window; otherwise a subcommand of {@link RootCommand}. */
public final class Main {
    /** Held so that the levels set below are not garbage-collected with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    private Main() {
    }

    /**
     * The libraries' start-up chatter (Flyway, jOOQ banner) is not for the clerk's console. Flyway and jOOQ log
     * through SLF4J into the app's log (vn.socongvu.log.LogConfigurator keeps them at WARN); the levels below
     * are for the case where they fall back to java.util.logging.
     */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The app's log (SLF4J + Logback, vn.socongvu.log); POI logs into it too through Log4j's API, bridged.
        vn.socongvu.log.LogProvider.use();
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
