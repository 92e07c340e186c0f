package vn.socongvu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportData;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.storage.StorageException;
import vn.socongvu.text.VnFormat;

/**
 * {@code socongvu report --kind quarter|half|nine-months|year --period 2026-Q3|2026 --out DIR
 * [--format docx,xlsx] [--strict]}: the periodic report and its appendix tables, the same files the window writes.
 * What the report would still print empty or as a placeholder (not numbered, no signer, parts not written, the
 * TTHC figures not entered …) is listed on stderr first as a warning, and the files are written (exit 0); with
 * {@code --strict} nothing is written then and the exit code is 2, as for any input refused.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class ReportCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--kind", paramLabel = "LOẠI", required = true, descriptionKey = "cli.report.kind")
    String kind;

    @Option(names = "--period", paramLabel = "KỲ", required = true, descriptionKey = "cli.report.period")
    String period;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", required = true, descriptionKey = "cli.report.out")
    Path out;

    @Option(names = "--format", paramLabel = "docx,xlsx", split = ",", descriptionKey = "cli.report.format")
    List<String> formats = List.of("docx", "xlsx");

    @Option(names = "--strict", descriptionKey = "cli.report.strict")
    boolean strict;

    @Override
    public Integer call() {
        ReportKind k;
        try {
            k = ReportKind.byCliName(kind);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.report.badKind", kind));
        }
        ReportPeriod p;
        try {
            p = ReportPeriod.parse(k, period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean docx = false;
        boolean xlsx = false;
        for (String f : formats) {
            switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "docx" -> docx = true;
                case "xlsx" -> xlsx = true;
                default -> throw new ParameterException(spec.commandLine(), Messages.get("cli.report.badFormat", f));
            }
        }
        try (Services s = openData()) {
            // What would print empty or as a placeholder, said before anything is written (on stderr: the files
            // written stay alone on stdout); with --strict nothing is written then.
            // The records are counted once, for the check and the export.
            Report report = s.reports().open(p);
            ReportData counted = report.frozen() == null ? s.reports().data(report) : null;
            List<ReportService.Gap> gaps = ReportService.gaps(report, s.reports().figures(report, counted));
            if (!gaps.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(strict ? Messages.get("cli.error", Messages.get("cli.report.gapsStrict"))
                        : Messages.get("cli.report.gaps"));
                gaps.forEach(g -> err.println(Messages.get("cli.report.gap", g.text())));
                err.flush();
                if (strict) {
                    return ErrorHandler.EXIT_INPUT;
                }
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, "cli.report.noFolder", e,
                        out.toAbsolutePath());
            }
            ReportService.Export written = s.reports().export(p, counted, out, docx, xlsx, Progress.NONE);
            written.files().forEach(f -> out().println(f.toAbsolutePath()));
            var r = written.report();
            out().println(Messages.get("cli.report.done", ReportService.title(p), written.files().size(),
                    out.toAbsolutePath(), VnFormat.date(r.window().from()), VnFormat.date(r.window().to()),
                    VnFormat.date(r.frozenAsOf()), r.number() == null ? Messages.get("cli.report.unnumbered") : r.number()));
        }
        return 0;
    }
}
