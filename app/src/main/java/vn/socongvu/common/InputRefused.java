package vn.socongvu.common;

import java.util.List;

/**
 * A file was refused whole: a heading ("… chưa được nhập vì có 3 lỗi …") and every problem found, one a line.
 * The window shows the heading and the problems as bullets; the command line prints the heading, then the
 * problems under it.
 */
public abstract class InputRefused extends UserException {
    protected InputRefused(String heading, Throwable cause) {
        super(Category.INPUT, heading, cause);
    }

    /** The problems, one a line, in the order found. */
    protected abstract List<String> problemLines();

    /** The heading, for the command line; {@link #details()} lists the problems under it. */
    @Override
    public List<String> userLines() {
        return List.of(getMessage());
    }

    @Override
    public List<String> details() {
        return problemLines();
    }

    /** The heading and every problem, one per line, as the clerk reads them. */
    @Override
    public String userMessage() {
        StringBuilder b = new StringBuilder(getMessage());
        for (String p : problemLines()) {
            b.append('\n').append("• ").append(p);
        }
        return b.toString();
    }
}
