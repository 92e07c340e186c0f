package vn.socongvu.storage;

import java.util.List;

import vn.socongvu.common.UserException;
import vn.socongvu.i18n.Messages;

/**
 * The data could not be opened or written, for a reason the clerk can act on.
 * {@link #userMessage()} says in Vietnamese what happened and what to do.
 */
public final class StorageException extends UserException {
    public enum Reason {
        FOLDER_NOT_WRITABLE, ALREADY_OPEN, CORRUPT, FOREIGN, NEWER_SCHEMA, IO, DISK_FULL, DATA_ELSEWHERE,
        /** A PostgreSQL server: it cannot be reached (or is starting, stopping, full of connections). */
        SERVER_UNREACHABLE,
        /** A PostgreSQL server: the login or its password was refused. */
        LOGIN_FAILED,
        /** A PostgreSQL server: it has no database of that name. */
        NO_DATABASE,
        /** A PostgreSQL server: the login may not do what was asked. */
        NO_PERMISSION,
        /** A PostgreSQL server: the connection broke while working; what was not committed was not written. */
        CONNECTION_LOST,
        /** A PostgreSQL database that must hold no record yet (a copy, an import, a restore into it) holds some. */
        NOT_EMPTY
    }

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
