package vn.socongvu.staffimport;

import java.util.List;

import vn.socongvu.common.InputRefused;
import vn.socongvu.i18n.Messages;

/** An import of units and staff was refused: every problem found, one a line ("Trang Cán bộ, dòng 7, …"). */
public final class DirectoryImportRefused extends InputRefused {
    private final transient List<String> problems;

    public DirectoryImportRefused(String fileName, List<String> problems) {
        super(Messages.get("staffImport.refused", fileName, problems.size()), null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    protected List<String> problemLines() {
        return problems;
    }
}
