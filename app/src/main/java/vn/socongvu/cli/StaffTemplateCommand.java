package vn.socongvu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.staffimport.DirectoryImport;

/**
 * {@code socongvu staff-template --out FILE}: writes the Excel template for units and staff (the units already in
 * the data folder's directory listed in its instructions); a folder gets the template's usual name.
 */
@Command(name = "staff-template", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE,
        sortOptions = false)
public final class StaffTemplateCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "TỆP", required = true, descriptionKey = "cli.staffTemplate.out")
    Path target;

    @Override
    public Integer call() {
        Path file = Files.isDirectory(target) ? target.resolve(DirectoryImport.templateFileName()) : target;
        try (Services s = openData()) {
            s.directoryImport().writeTemplate(file);
        }
        out().println(Messages.get("cli.staffTemplate.done", file.toAbsolutePath()));
        return 0;
    }
}
