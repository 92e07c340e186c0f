package vn.socongvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.staffimport.DirectoryImport;

/**
 * {@code socongvu import-staff --file FILE}: adds the units and people of the Excel template (.xlsx) or of a data
 * file's directory (.json), checked whole; every problem is printed (sheet, row, column) and nothing saved, or
 * everything is added in one transaction and what was added and what already existed is printed.
 */
@Command(name = "import-staff", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE, sortOptions = false)
public final class ImportStaffCommand extends DataCommand implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "TỆP", required = true, descriptionKey = "cli.importStaff.file")
    Path file;

    @Override
    public Integer call() {
        try (Services s = openData()) {
            DirectoryImport.Outcome o = s.directoryImport().importFile(file, Progress.NONE);
            o.lines().forEach(out()::println);
            return 0;
        }
    }
}
