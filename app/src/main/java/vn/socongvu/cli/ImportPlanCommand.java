package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.socongvu.app.Services;
import vn.socongvu.common.ValidationException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.ProposalReport;

/**
 * {@code socongvu import-plan FILE [--dry-run] [--json]}: reads a plan's .docx or .txt, prints what it found
 * (text, or JSON), and unless it is a dry run saves it as proposed — all in one transaction, or nothing when a
 * task still lacks a lead unit or a deadline (the review screen is where such a plan is completed).
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class ImportPlanCommand extends DataCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TỆP", descriptionKey = "cli.importPlan.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.importPlan.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.importPlan.json")
    boolean json;

    @Override
    public Integer call() {
        try (Services s = openData()) {
            PlanImporter.Reading r = s.planImporter().read(file);
            out().print(json ? ProposalReport.json(r.proposal()) + System.lineSeparator()
                    : ProposalReport.text(r.proposal()));
            if (dryRun) {
                if (!json) {
                    out().println(Messages.get("planImport.dryRun"));
                }
                return 0;
            }
            try {
                PlanImporter.Saved saved = s.planImporter().save(r.proposal());
                ProposalReport.saved(saved, s.plans().plan(saved.planId())).forEach(out()::println);
                return 0;
            } catch (ValidationException e) {
                var err = spec.commandLine().getErr();
                err.println(Messages.get("planImport.notSaved"));
                e.errors().forEach(fe -> err.println("  - " + fe.message()));
                return ErrorHandler.EXIT_INPUT;
            }
        }
    }
}
