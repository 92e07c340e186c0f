package vn.socongvu;

import vn.socongvu.cli.RootCommand;
import vn.socongvu.log.LogConfigurator;
import vn.socongvu.log.LogProvider;

/** Entry point: no arguments opens the window; otherwise a subcommand of {@link RootCommand}. */
public final class Main {
    private Main() {
    }

    /**
     * The libraries' start-up chatter (Flyway, jOOQ banner) is not for the clerk's console. Flyway and jOOQ log
     * through SLF4J into the app's log ({@link LogConfigurator} keeps them at WARN); {@link LogProvider#quietFallback}
     * quiets them in java.util.logging too, should they fall back to it.
     */
    public static void quietLibraries() {
        quietBanners();
        LogProvider.quietFallback();
    }

    /** jOOQ's banner and tips off, the app's log named as the logging libraries' provider: system properties only. */
    private static void quietBanners() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The app's log (SLF4J + Logback, vn.socongvu.log); POI logs into it too through Log4j's API, bridged.
        LogProvider.use();
    }

    public static void main(String[] args) {
        // java.util.logging's levels are set where Flyway and jOOQ are first used (Database), not here: starting
        // java.util.logging took ~10 ms before the window's first frame.
        quietBanners();
        System.exit(RootCommand.run(args));
    }
}
