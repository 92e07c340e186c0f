package vn.socongvu.document;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/** A file that cannot be read as a document, with a Vietnamese message saying why and what to do. */
public final class DocumentReadException extends UserException {
    private final String key;
    private final transient Object[] args;

    public DocumentReadException(String key, Throwable cause, Object... args) {
        super(Category.INPUT, Messages.get(key, args), cause);
        this.key = key;
        this.args = args;
    }

    @Override
    public String userMessage() {
        return Messages.get(key, args);
    }
}
