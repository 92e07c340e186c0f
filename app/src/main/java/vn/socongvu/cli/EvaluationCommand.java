package vn.socongvu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.StorageException;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * {@code socongvu evaluation --period 2026-Q3|2026-07|2026 [--unit NAME-or-id] --out DIR}: the evaluation papers of
 * Nghị định 335/2025, the same files the window writes — for a month or a quarter the summary table (.xlsx) and each
 * person's phiếu theo dõi, đánh giá (.docx); for a year the report and the table of the year's ratings. The whole UBND
 * unless {@code --unit} names one unit (its name, a part of it that names no other, or its number).
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class EvaluationCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--period", paramLabel = "KỲ", required = true, descriptionKey = "cli.evaluation.period")
    String period;

    @Option(names = "--unit", paramLabel = "ĐƠN_VỊ", descriptionKey = "cli.evaluation.unit")
    String unit;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", required = true, descriptionKey = "cli.evaluation.out")
    Path out;

    @Override
    public Integer call() {
        EvaluationPeriod p;
        try {
            p = EvaluationPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (p.start().isAfter(LocalDate.now())) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.evaluation.future", p.label(),
                    VnFormat.date(p.start())));
        }
        try (Services s = openData()) {
            Optional<Unit> u = unit == null ? Optional.empty() : Optional.of(unit(s.directory(), unit));
            EvaluationDocuments documents = new EvaluationDocuments(s.settings(), s.directory());
            documents.context(); // the commune must be set up before a folder is made for its papers
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, "cli.evaluation.noFolder", e,
                        out.toAbsolutePath());
            }
            List<Path> files = documents.writeAll(s.evaluation(), p, u.map(Unit::id).orElse(null), out,
                    Progress.NONE);
            files.forEach(f -> out().println(f.toAbsolutePath()));
            out().println(Messages.get("cli.evaluation.done", files.size(), p.label(),
                    u.map(Unit::name).orElse(Messages.get("cli.evaluation.allUnits")), out.toAbsolutePath()));
        }
        return 0;
    }

    /**
     * The unit named: by its number, its name or short name (diacritics and case aside), else the one unit whose name
     * holds the words given. @throws ParameterException naming what was not found or what it could mean
     */
    private Unit unit(DirectoryService directory, String given) {
        List<Unit> units = directory.units();
        String key = VnText.fold(given.strip());
        if (key.matches("\\d+")) {
            long id = Long.parseLong(key);
            Optional<Unit> byId = units.stream().filter(x -> x.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        Optional<Unit> exact = units.stream().filter(x -> VnText.fold(x.name()).equals(key)
                || x.shortName() != null && VnText.fold(x.shortName()).equals(key)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Unit> partial = key.isEmpty() ? List.of()
                : units.stream().filter(x -> VnText.fold(x.name()).contains(key)).toList();
        if (partial.size() == 1) {
            return partial.getFirst();
        }
        if (partial.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.evaluation.noUnit", given));
        }
        throw new ParameterException(spec.commandLine(), Messages.get("cli.evaluation.manyUnits", given,
                String.join("; ", partial.stream().map(Unit::name).sorted(VnText.collator()::compare).toList())));
    }
}
