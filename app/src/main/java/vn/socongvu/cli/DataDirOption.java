package vn.socongvu.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --data-dir}: where the data lives, for the main command and every subcommand. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC", descriptionKey = "cli.opt.dataDir")
    Path dataDir;
}
