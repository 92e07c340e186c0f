package vn.socongvu.document;

import vn.socongvu.i18n.Messages;

/** A file that cannot be read as a document, with a Vietnamese message saying why and what to do. */
public final class DocumentReadException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public DocumentReadException(String key, Throwable cause, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = args;
    }

    public String userMessage() {
        return Messages.get(key, args);
    }
}
