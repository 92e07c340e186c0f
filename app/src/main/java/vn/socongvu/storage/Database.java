package vn.socongvu.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one data folder: opened, checked, migrated by Flyway.
 * All SQL goes through {@link #dsl()} (jOOQ); every write runs in {@link #tx}.
 */
public final class Database implements AutoCloseable {
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * The version of the newest migration in {@code db/migration}. When the history already records it
     * as applied (and nothing failed), Flyway's scan is skipped: it is the slowest part of start-up.
     * {@code DatabaseTest} fails if this falls behind the migration files.
     */
    public static final int LATEST_SCHEMA_VERSION = 9;

    private final DataFolder folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(DataFolder folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /**
     * Opens (creating if absent) the database of a data folder and brings its schema up to date.
     * Never overwrites a file it cannot read as its own.
     * @throws StorageException with a Vietnamese message the clerk can act on
     */
    public static Database open(DataFolder folder) {
        // WRITE_DELAY=0: every commit is written to the file before it returns, so a crash or a killed
        // process never loses a confirmed change (H2's default waits up to 500 ms; CrashTest fails with it).
        // The cost is one write per commit, which a clerk's single edits never notice (README, data safety).
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
        if (java.nio.file.Files.exists(folder.databaseFile())) {
            // Look before writing: H2 rewrites a file it opens read-write, even one we then refuse.
            try (Connection c = java.sql.DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "")) {
                checkOwnership(c, folder);
            } catch (SQLException e) {
                throw translate(e, folder);
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            migrate(pool, folder);
            return new Database(folder, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** A database with tables but no Flyway history is not ours: refuse it rather than touch it. */
    private static void checkOwnership(Connection c, DataFolder folder) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean hasHistory = false;
        boolean hasTables = false;
        try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                hasTables = true;
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(HISTORY_TABLE)) {
                    hasHistory = true;
                }
            }
        }
        if (hasTables && !hasHistory) {
            throw new StorageException(StorageException.Reason.FOREIGN, "storage.error.foreign", null,
                    folder.databaseFile());
        }
    }

    /** True if the history's newest successful migration is {@link #LATEST_SCHEMA_VERSION} and none failed. */
    private static boolean upToDate(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(cast(\"version\" as int)), "
                     + "sum(case when \"success\" then 0 else 1 end) from \"" + HISTORY_TABLE + "\" "
                     + "where \"version\" is not null")) {
            return rs.next() && rs.getInt(1) == LATEST_SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false; // no history yet, or an unexpected one: let Flyway decide
        }
    }

    private static void migrate(JdbcConnectionPool pool, DataFolder folder) {
        if (upToDate(pool)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .load();
        for (MigrationInfo info : flyway.info().all()) {
            MigrationState state = info.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                throw new StorageException(StorageException.Reason.NEWER_SCHEMA,
                        "storage.error.newerSchema", null, folder.databaseFile());
            }
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql) {
                throw translate(sql, folder);
            }
            throw new StorageException(StorageException.Reason.IO, "storage.error.migration", e,
                    folder.databaseFile(), e.getMessage());
        }
    }

    static StorageException translate(SQLException e, DataFolder folder) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StorageException(StorageException.Reason.ALREADY_OPEN, "storage.error.alreadyOpen", e,
                    folder.dir());
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.GENERAL_ERROR_1) {
            return new StorageException(StorageException.Reason.CORRUPT, "storage.error.corrupt", e,
                    folder.databaseFile());
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StorageException(StorageException.Reason.FOREIGN, "storage.error.foreign", e,
                    folder.databaseFile());
        }
        if (code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.FILE_CREATION_FAILED_1) {
            return new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE,
                    "storage.error.fileNotWritable", e, folder.databaseFile());
        }
        return new StorageException(StorageException.Reason.IO, "storage.error.io", e,
                folder.databaseFile(), e.getMessage());
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Plain JDBC connections, for what jOOQ does not express (H2's SCRIPT for backups). */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    public <T> T tx(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
    }

    public void txRun(Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(DSL.using(cfg)));
    }

    @Override
    public void close() {
        pool.dispose();
        folder.close();
    }
}
