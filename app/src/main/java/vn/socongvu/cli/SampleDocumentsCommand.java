package vn.socongvu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.DocumentGallery;
import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.XlsxWriter;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.SafeFiles;

/**
 * {@code socongvu sample-documents --out DIR}: every kind of paper the app writes ({@link DocumentGallery}),
 * from the data folder's or server's records or, without {@code --data-dir} or {@code --database}, from a fresh
 * demo commune.
 */
@Command(name = "sample-documents", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE,
        sortOptions = false)
public final class SampleDocumentsCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "THƯ_MỤC", required = true, descriptionKey = "cli.samples.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        boolean server = server() != null;
        Path given = givenDataFolder();
        Path tmp = given != null || server ? null : Files.createTempDirectory("socongvu-samples");
        try (Services s = server ? openData() : Services.open(given != null ? given : tmp)) {
            if (tmp != null) {
                s.demo().generate(DemoSize.SMALL, 1, LocalDate.now().getYear(), 2026, Progress.NONE);
            }
            List<Path> written = new ArrayList<>();
            for (DocumentGallery.Sample d : DocumentGallery.of(s, LocalDate.now())) {
                written.add(SafeFiles.write(out.resolve(d.fileName()), o -> {
                    if (d.document() != null) {
                        DocxWriter.write(d.document(), o);
                    } else {
                        XlsxWriter.write(d.workbook(), o);
                    }
                }));
            }
            written.forEach(f -> out().println(f));
            out().println(Messages.get("cli.samples.done", written.size(), out.toAbsolutePath()));
        } finally {
            if (tmp != null) {
                SafeFiles.deleteTree(tmp);
            }
        }
        return 0;
    }
}
