package vn.socongvu.storage;

import java.sql.SQLException;

/**
 * What went wrong with a PostgreSQL server, in words the clerk can act on: PostgreSQL's SQLSTATE codes (stable
 * across releases and languages of the server) mapped to {@link StorageException}s. ServerErrorsTest meets each
 * case on a real server.
 */
final class ServerErrors {
    private ServerErrors() {
    }

    /** The first SQLException in the chain of {@code e}, or null. */
    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Whether {@code e} says the connection to the server is gone or could not be made. */
    static boolean connectionLost(Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * An error met while working (a transaction of {@link Database#tx}) that the clerk can act on — the connection
     * lost, a permission missing — as a {@link StorageException}; null for any other (a refused value, a conflict),
     * which the code that made the statement handles.
     */
    static StorageException whileWorking(Throwable e, ServerAddress address) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("42501")) {
            return translate(e, address, false);
        }
        return null;
    }

    /**
     * A database that needs the schema of this release, opened by a login that does not own its tables: only the
     * owner (the văn thư who made or copied the database) may migrate it.
     */
    static StorageException notOwner(ServerAddress address, String owner) {
        return new StorageException(StorageException.Reason.NO_PERMISSION, "storage.server.error.notOwner", null,
                address.database(), address.user(), owner);
    }

    /** An error met while connecting or working on the server database {@code address}. */
    static StorageException translate(Throwable e, ServerAddress address) {
        return translate(e, address, true);
    }

    /** @param opening while the database is being opened (a lost connection is then "cannot connect") */
    static StorageException translate(Throwable e, ServerAddress address, boolean opening) {
        if (e instanceof StorageException se) {
            return se;
        }
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql == null ? String.valueOf(e.getMessage()) : String.valueOf(sql.getMessage());
        String server = address.host() + ":" + address.port();
        return switch (state) {
            case "28P01" -> new StorageException(StorageException.Reason.LOGIN_FAILED,
                    "storage.server.error.password", e, address.user(), server);
            case "28000" -> new StorageException(StorageException.Reason.LOGIN_FAILED,
                    "storage.server.error.login", e, address.user(), server, detail);
            case "3D000" -> new StorageException(StorageException.Reason.NO_DATABASE,
                    "storage.server.error.noDatabase", e, address.database(), server);
            case "42501" -> new StorageException(StorageException.Reason.NO_PERMISSION,
                    "storage.server.error.permission", e, address.user(), address.database(), detail);
            case "53300" -> new StorageException(StorageException.Reason.SERVER_UNREACHABLE,
                    "storage.server.error.tooMany", e, server);
            default -> {
                if (state.startsWith("08") || state.startsWith("57P")) {
                    yield opening
                            ? new StorageException(StorageException.Reason.SERVER_UNREACHABLE,
                                    "storage.server.error.unreachable", e, server, address.database())
                            : new StorageException(StorageException.Reason.CONNECTION_LOST,
                                    "storage.server.error.lost", e, server);
                }
                yield new StorageException(StorageException.Reason.IO, "storage.server.error.other", e, address,
                        detail);
            }
        };
    }
}
