package vn.socongvu.exchange;

import java.util.List;

import vn.socongvu.common.InputRefused;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ImportProblem;

/** A data file was not imported: what was wrong with it, in the order found. Nothing was changed. */
public final class ImportRefusedException extends InputRefused {
    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems, Throwable cause) {
        super(Messages.get("exchange.refused", problems.size()), cause);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    protected List<String> problemLines() {
        return problems.stream().map(ImportProblem::text).toList();
    }
}
