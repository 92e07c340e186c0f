package vn.socongvu.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where the data lives, for the main command and every subcommand: {@code --data-dir} (a data folder on this PC)
 * or {@code --database} (a shared PostgreSQL server), never both.
 */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC", descriptionKey = "cli.opt.dataDir")
    Path dataDir;

    @Option(names = "--database", paramLabel = "postgresql://MÁY[:CỔNG]/CSDL?user=TÊN",
            descriptionKey = "cli.opt.database")
    String database;
}
