package vn.socongvu.staffimport;

import java.util.List;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/** An import of units and staff was refused: every problem found, one a line ("Trang Cán bộ, dòng 7, …"). */
public final class DirectoryImportRefused extends UserException {
    private final transient List<String> problems;

    public DirectoryImportRefused(String fileName, List<String> problems) {
        super(Category.INPUT, Messages.get("staffImport.refused", fileName, problems.size()), null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public List<String> userLines() {
        return List.of(getMessage());
    }

    @Override
    public List<String> details() {
        return problems;
    }

    @Override
    public String userMessage() {
        StringBuilder b = new StringBuilder(getMessage());
        for (String p : problems) {
            b.append('\n').append("• ").append(p);
        }
        return b.toString();
    }
}
