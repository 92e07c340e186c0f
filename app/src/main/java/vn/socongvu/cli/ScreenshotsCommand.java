package vn.socongvu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.StorageException;
import vn.socongvu.ui.shell.ScreenshotRenderer;

/**
 * {@code socongvu screenshots --out DIR}: renders every main screen to PNG without a display
 * (JavaFX headless platform). Without {@code --data-dir} it uses a fresh demo commune in a temp folder.
 * {@code --no-pictures} shows the same screens on the data and writes nothing (the memory benchmark).
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE,
        sortOptions = false)
public final class ScreenshotsCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "THƯ_MỤC", descriptionKey = "cli.screenshots.out")
    Path out;

    @Option(names = "--no-pictures", descriptionKey = "cli.screenshots.noPictures")
    boolean noPictures;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--width", defaultValue = "1366", descriptionKey = "cli.screenshots.width")
    int width;

    @Option(names = "--height", defaultValue = "768", descriptionKey = "cli.screenshots.height")
    int height;

    @Override
    public Integer call() throws Exception {
        if (server() != null) {
            // The screens are rendered on a data folder of this PC (a demo commune by default), not on a server.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.screenshots.noServer"));
        }
        Path data = givenDataFolder();
        if (noPictures) {
            int shown = ScreenshotRenderer.tour(data, width, height);
            out().println(Messages.get("cli.screenshots.toured", shown));
            return 0;
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.screenshots.outMissing"));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "cli.report.noFolder", e, out.toAbsolutePath());
        }
        List<Path> files = ScreenshotRenderer.render(data, out, width, height);
        files.forEach(f -> out().println(f));
        out().println(Messages.get("cli.screenshots.done", files.size(), out.toAbsolutePath()));
        return 0;
    }
}
