package vn.socongvu.exchange;

import java.util.List;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ImportProblem;

/** A data file was not imported: what was wrong with it, in the order found. Nothing was changed. */
public final class ImportRefusedException extends UserException {
    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems, Throwable cause) {
        super(Category.INPUT, Messages.get("exchange.refused", problems.size()), cause);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The heading, for the command line; {@link #details()} lists the problems under it. */
    @Override
    public List<String> userLines() {
        return List.of(getMessage());
    }

    @Override
    public List<String> details() {
        return problems.stream().map(ImportProblem::text).toList();
    }

    /** The heading and every problem, one per line, as the clerk reads them. */
    @Override
    public String userMessage() {
        StringBuilder b = new StringBuilder(getMessage());
        for (ImportProblem p : problems) {
            b.append('\n').append("• ").append(p.text());
        }
        return b.toString();
    }
}
