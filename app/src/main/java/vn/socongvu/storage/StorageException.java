package vn.socongvu.storage;

import java.util.List;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/**
 * The data could not be opened or written, for a reason the clerk can act on.
 * {@link #userMessage()} says in Vietnamese what happened and what to do.
 */
public final class StorageException extends UserException {
    public enum Reason { FOLDER_NOT_WRITABLE, ALREADY_OPEN, CORRUPT, FOREIGN, NEWER_SCHEMA, IO, DISK_FULL, DATA_ELSEWHERE }

    private final Reason reason;
    private final String key;
    private final transient Object[] args;

    public StorageException(Reason reason, String key, Throwable cause, Object... args) {
        super(Category.STORAGE, reason + ": " + Messages.get(key, args), cause);
        this.reason = reason;
        this.key = key;
        this.args = args;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String userMessage() {
        return Messages.get(key, args);
    }

    /** The command line's wording (it may name --data-dir or a command), one line each. */
    @Override
    public List<String> userLines() {
        return forCommandLine(key, args).lines().filter(l -> !l.isBlank()).toList();
    }
}
