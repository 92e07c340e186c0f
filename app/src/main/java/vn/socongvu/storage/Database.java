package vn.socongvu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.LoggerFactory;

import vn.socongvu.log.LogProvider;

/**
 * The database of the app: the embedded H2 file of one data folder ({@link #open}), or a database on a PostgreSQL
 * server ({@link #openServer}, with a local data folder of its own for the lock, the log and automatic backups);
 * either way opened, checked, migrated by Flyway with the same migrations.
 * All SQL goes through {@link #dsl()} (jOOQ); every write runs in {@link #tx}. What differs between the two engines
 * is in {@link EngineSql}.
 * <p>
 * Transactions are bound to the thread (jOOQ's {@link ThreadLocalTransactionProvider}): while {@link #tx} runs,
 * every statement of that thread through {@link #dsl()} uses the transaction's connection, and a {@link #tx}
 * started inside it joins it as a savepoint. So a service's write called alone is its own transaction, and
 * called inside a caller's transaction (a meeting saving the tasks of its conclusions) is part of it: kept or
 * undone with it, checked the same way either way.
 */
public final class Database implements AutoCloseable {
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * The version of the newest migration in {@code db/migration}. When the history already records it
     * as applied (and nothing failed), Flyway's scan is skipped: it is the slowest part of start-up.
     * {@code DatabaseTest} fails if this falls behind the migration files.
     */
    public static final int LATEST_SCHEMA_VERSION = 16;

    /** The options every H2 database of the app is opened with, its own and the import's (see {@link #url}). */
    public static final String ENGINE_OPTIONS = "TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=0";

    /**
     * Reads every row of every table (large text values to their end), so that a damaged page is met here,
     * on the read-only connection, and not later by a screen on a connection that writes. Ten years of a busy
     * commune's data (316,000 rows) take ~0.9 s in a new process; the window shows its data ~1.2 s later for it
     * (README, Performance).
     */
    /** How many times a file was read whole at open, in this process (for tests). */
    static final AtomicInteger FULL_READS = new AtomicInteger();

    private final DataFolder folder;
    private final DataSource pool;
    private final Runnable closePool;
    private final Engine engine;
    private final ServerAddress server;
    private final String sessionUser;
    private final DSLContext dsl;
    private final boolean readOnly;
    /** How deep this thread is in {@link #tx} (see {@link #inTransaction}). */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    /** What a write the server refused for want of rights means to the person signed in (null: the server's words). */
    private volatile Supplier<? extends RuntimeException> refused = () -> null;

    static {
        LogProvider.quietFallback(); // Flyway and jOOQ are first used here, on the thread that opens the data
    }

    private Database(DataFolder folder, JdbcConnectionPool pool, boolean readOnly) {
        this(folder, pool, pool::dispose, Engine.H2, null, System.getProperty("user.name", "?"), readOnly);
    }

    private Database(DataFolder folder, DataSource pool, Runnable closePool, Engine engine, ServerAddress server,
                     String sessionUser, boolean readOnly) {
        this.folder = folder;
        this.pool = pool;
        this.closePool = closePool;
        this.engine = engine;
        this.server = server;
        this.sessionUser = sessionUser;
        this.readOnly = readOnly;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(EngineSql.dialect(engine)).set(EngineSql.settings(engine))
                .set(new ThreadLocalTransactionProvider(connections(pool), true));
        if (server != null) {
            configuration.set(new DefaultExecuteListenerProvider(ExecuteListener.onException(this::readFailed)));
        }
        this.dsl = DSL.using(configuration);
    }

    /**
     * The pool's connections for jOOQ; on a server, one that cannot be had (the server stopped, the network down)
     * is said in Vietnamese ({@link ServerErrors}), for a read as for a write.
     */
    private ConnectionProvider connections(DataSource source) {
        DataSourceConnectionProvider plain = new DataSourceConnectionProvider(source);
        if (server == null) {
            return plain;
        }
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                try {
                    return plain.acquire();
                } catch (DataAccessException e) {
                    throw serverFailure(e);
                }
            }

            @Override
            public void release(Connection connection) {
                plain.release(connection);
            }
        };
    }

    /**
     * A statement outside {@link #tx} (a screen's read) that failed on a server because the connection was lost or a
     * permission is missing: the clerk gets the Vietnamese message (a {@link StorageException}) rather than the
     * driver's, and the log a line. Inside a transaction {@link #tx} says it once the transaction is undone.
     */
    private void readFailed(ExecuteContext ctx) {
        if (depth.get() == 0 && ctx.exception() instanceof DataAccessException e) {
            RuntimeException translated = serverFailure(e);
            if (translated != e) {
                ctx.exception(translated);
            }
        }
    }

    /** {@code e} as the Vietnamese {@link StorageException} the clerk can act on (logged), or {@code e} itself. */
    private RuntimeException serverFailure(DataAccessException e) {
        StorageException se = ServerErrors.whileWorking(e, server);
        if (se == null) {
            return e;
        }
        LoggerFactory.getLogger(Database.class).warn("Server database {} failed: {} ({})", server, se.reason(),
                e.getMessage());
        return se;
    }

    /**
     * Opens a database on a PostgreSQL server as the login {@code address.user()} and brings its schema up to
     * date (an empty database gets the whole schema), as {@link #open} does for a file: a database made by a newer
     * release is refused before anything is written, one with tables but no history of ours is refused untouched.
     * {@code local} is the folder on this PC that goes with it (lock, log, automatic backups; never an H2 file).
     * The password is used to connect and not kept by the app beyond the pool's own connections.
     * @throws StorageException with a Vietnamese message the clerk can act on (cannot connect, wrong password,
     *         no such database, no permission …)
     */
    public static Database openServer(DataFolder local, ServerAddress address, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("socongvu-" + address.folderName());
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(password == null ? "" : new String(password));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1); // the first connection is made here: a wrong password fails now
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("options", EngineSql.SERVER_SESSION_OPTIONS);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw ServerErrors.translate(e, address);
        }
        try {
            String user;
            try (Connection c = pool.getConnection()) {
                user = EngineSql.sessionUser(c);
                checkServerSchema(c, address);
            }
            migrate(pool, local, address);
            return new Database(local, pool, pool::close, Engine.POSTGRESQL, address, user, false);
        } catch (SQLException e) {
            pool.close();
            throw ServerErrors.translate(e, address);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A server database with tables but no history of ours is refused; a newer schema too (see {@link #open}). */
    private static void checkServerSchema(Connection c, ServerAddress address) throws SQLException {
        boolean hasHistory = false;
        boolean hasTables = false;
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                hasTables = true;
                hasHistory |= rs.getString("TABLE_NAME").equalsIgnoreCase(HISTORY_TABLE);
            }
        }
        if (hasTables && !hasHistory) {
            throw new StorageException(StorageException.Reason.FOREIGN, "storage.server.error.foreign", null,
                    address);
        }
        if (hasHistory) {
            int version = schemaVersion(c, c.getSchema());
            if (version > LATEST_SCHEMA_VERSION) {
                throw new StorageException(StorageException.Reason.NEWER_SCHEMA, "storage.error.newerSchema", null,
                        address, version, LATEST_SCHEMA_VERSION);
            }
        }
    }

    /**
     * Opens (creating if absent) the database of a data folder and brings its schema up to date.
     * Never writes to a file it cannot read as its own, nor to one found damaged.
     * <ol>
     * <li>A replacement of the file that a kill interrupted is finished (see {@link DataFolder#replaceDatabase});
     * what a crash left in the folder is deleted ({@link DataFolder#cleanLeftovers}).</li>
     * <li>No file, but copies of earlier data in {@code backups/}: refused, naming the newest copy (an empty
     * database would greet the clerk with the first-start screen while the data sits in a copy).</li>
     * <li>The file is opened read-only, checked as ours (Flyway's history) and read whole (every row of every
     * table): a damaged page is found before anything is written. A file that needs a recovery H2 can only do
     * writing (killed during a large commit) is recovered and checked on a copy first, then opened.</li>
     * </ol>
     * @throws StorageException with a Vietnamese message the clerk can act on
     */
    public static Database open(DataFolder folder) {
        folder.finishPendingSwap();
        folder.cleanLeftovers();
        String url = url(folder.databaseBase());
        if (!folder.hasNoDatabase()) {
            int version = check(folder, url);
            if (version > LATEST_SCHEMA_VERSION) {
                // made by a newer release (an older package installed over it): refused before anything is written
                throw new StorageException(StorageException.Reason.NEWER_SCHEMA, "storage.error.newerSchema", null,
                        folder.databaseFile(), version, LATEST_SCHEMA_VERSION);
            }
            if (version > 0 && version < LATEST_SCHEMA_VERSION) {
                folder.keepBeforeUpgrade(version); // the data as the earlier release left it, before Flyway runs
            }
        } else {
            Optional<Path> copy = folder.dataElsewhere();
            if (copy.isPresent()) {
                boolean file = copy.get().getFileName().toString().endsWith(".mv.db");
                throw new StorageException(StorageException.Reason.DATA_ELSEWHERE,
                        file ? "storage.error.dataInCopy" : "storage.error.dataInBackup", null, folder.dir(),
                        copy.get(), folder.databaseFile().getFileName());
            }
            folder.createDatabaseFile(); // owner only, from the start; H2 makes its database in it (or in an
                                         // empty one left by a start killed before H2 wrote it)
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            migrate(pool, folder);
            return new Database(folder, pool, false);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * The H2 URL of a database file base. WRITE_DELAY=0: every commit is written to the file before it returns,
     * so a crash or a killed process never loses a confirmed change (H2's default waits up to 500 ms; CrashTest
     * fails with it); the cost is one write per commit, which a clerk's single edits never notice. TRACE_LEVEL_FILE=0:
     * H2 keeps no trace file ({@code socongvu.trace.db}) in the data folder. QUERY_CACHE_SIZE=0: H2 2.4.240 can
     * answer an EXISTS query run again from its cached command with the earlier result (H2 issue 4299, fixed only
     * in 2.5, whose crash recovery is worse: see the pom); without the cache every statement is prepared anew
     * ({@code EngineTest}). The path has no {@code ;}
     * ({@link DataFolder#checkUsable}).
     */
    static String url(Path base) {
        return "jdbc:h2:file:" + base + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;" + ENGINE_OPTIONS;
    }

    /**
     * Opens an existing, up-to-date database that the caller only reads (a backup, a data file): read-only, so
     * nothing is ever written to it, and damage met while reading is reported without a write — no separate reading
     * of every row first. A folder that needs anything else (no database yet, an older schema, a recovery, a swap
     * to finish) is opened as {@link #open} does.
     */
    public static Database openForReading(DataFolder folder) {
        if (folder.hasNoDatabase() || folder.hasPendingSwap()) {
            return open(folder);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder.databaseBase()) + ";ACCESS_MODE_DATA=r", "sa", "");
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            checkOwnership(c, folder);
        } catch (SQLException e) {
            pool.dispose();
            if (needsRecovery(e)) {
                return open(folder);
            }
            throw translate(e, folder, false);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        if (!upToDate(pool)) {
            pool.dispose();
            return open(folder);
        }
        return new Database(folder, pool, true);
    }

    /**
     * Reads the existing file without writing to it; see {@link #open}. Every row is read unless the file is, to the
     * byte count, the time and its two ends, what the app left when it last closed it after such a check
     * ({@link CleanClose}): then it was read whole before, and nothing has written to it since.
     */
    private static int check(DataFolder folder, String url) {
        boolean unchanged = CleanClose.matches(folder);
        CleanClose.forget(folder); // from now on this session may write: a crash must bring the full check back
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r;LAZY_QUERY_EXECUTION=TRUE", "sa", "")) {
            checkOwnership(c, folder);
            int version = schemaVersion(c);
            if (!unchanged && version <= LATEST_SCHEMA_VERSION) {
                readWhole(c);
            }
            return version;
        } catch (SQLException e) {
            if (!needsRecovery(e)) {
                throw translate(e, folder, false); // nothing was written: a full disk is not the cause
            }
        }
        checkRecoveredCopy(folder);
        return -1;
    }

    /**
     * The newest schema version Flyway's history records as applied (whether it succeeded or not); 0 when the file
     * has no history yet (a new database).
     */
    private static int schemaVersion(Connection c) throws SQLException {
        return schemaVersion(c, "PUBLIC");
    }

    private static int schemaVersion(Connection c, String schema) throws SQLException {
        try (ResultSet t = c.getMetaData().getTables(null, schema, HISTORY_TABLE, new String[] {"TABLE"})) {
            if (!t.next()) {
                return 0;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(cast(\"version\" as int)) from \"" + HISTORY_TABLE
                     + "\" where \"version\" is not null")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * H2 opens a file killed during a large commit only to finish (or roll back) that commit, which a read-only
     * open cannot do ("This store is read-only"). The file itself is fine.
     */
    static boolean needsRecovery(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Recovers a copy of the file (beside it), checks the copy as {@link #check} does and deletes it: the file
     * itself is opened (and recovered the same way by H2) only when the copy proved it ours and whole.
     */
    private static void checkRecoveredCopy(DataFolder folder) {
        String name = DataFolder.CHECK_COPY_PREFIX + Long.toUnsignedString(System.nanoTime());
        Path base = folder.dir().resolve(name);
        Path copy = folder.dir().resolve(name + ".mv.db");
        try {
            try (var in = FileChannel.open(folder.databaseFile());
                 var out = DataFolder.createPrivateFile(copy)) {
                long size = in.size();
                for (long pos = 0; pos < size; ) {
                    pos += in.transferTo(pos, size - pos, out);
                }
            } catch (IOException e) {
                throw DataFolder.diskFull(folder.dir()) ? DataFolder.diskFullError(folder.dir(), e)
                        : new StorageException(StorageException.Reason.IO, "storage.error.io", e,
                                folder.databaseFile(), String.valueOf(e.getMessage()));
            }
            try (Connection c = DriverManager.getConnection(url(base) + ";LAZY_QUERY_EXECUTION=TRUE", "sa", "");
                 Statement st = c.createStatement()) {
                checkOwnership(c, folder);
                readWhole(c);
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                StorageException se = translate(e, folder);
                throw se.reason() == StorageException.Reason.IO && !DataFolder.diskFull(folder.dir())
                        ? corrupt(e, folder) : se;
            }
        } finally {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(folder.dir().resolve(name + ".trace.db"));
            } catch (IOException ignored) {
                // removed at the next open (DataFolder.cleanLeftovers)
            }
        }
    }

    private static void readWhole(Connection c) throws SQLException {
        FULL_READS.incrementAndGet();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof Clob clob) {
                                try (Reader r = clob.getCharacterStream()) {
                                    r.transferTo(Writer.nullWriter());
                                } catch (IOException e) {
                                    throw new SQLException(e.getMessage(), "HY000", ErrorCode.FILE_CORRUPTED_1, e);
                                }
                            } else if (v instanceof Blob blob) {
                                try (InputStream in = blob.getBinaryStream()) {
                                    in.transferTo(OutputStream.nullOutputStream());
                                } catch (IOException e) {
                                    throw new SQLException(e.getMessage(), "HY000", ErrorCode.FILE_CORRUPTED_1, e);
                                }
                            }
                        }
                    }
                }
            }
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
    private static boolean upToDate(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(cast(\"version\" as int)), "
                     + "sum(case when \"success\" then 0 else 1 end) from \"" + HISTORY_TABLE + "\" "
                     + "where \"version\" is not null")) {
            return rs.next() && rs.getInt(1) == LATEST_SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false; // no history yet, or an unexpected one: let Flyway decide
        }
    }

    private static void migrate(DataSource pool, DataFolder folder) {
        migrate(pool, folder, null);
    }

    /** @param server the server database migrated, or null for the folder's H2 file */
    private static void migrate(DataSource pool, DataFolder folder, ServerAddress server) {
        Object where = server == null ? folder.databaseFile() : server;
        if (upToDate(pool)) {
            if (server != null) {
                try (Connection c = pool.getConnection()) {
                    EngineSql.ensureGroups(c); // a database of an earlier release: its accounts into groups
                } catch (SQLException e) {
                    throw ServerErrors.translate(e, server);
                }
            }
            return;
        }
        if (server != null) {
            // Only the owner of the tables may change them: anyone else is told whom to ask, before Flyway tries.
            try (Connection c = pool.getConnection()) {
                String owner = EngineSql.otherOwner(c);
                if (owner != null) {
                    throw ServerErrors.notOwner(server, owner);
                }
            } catch (SQLException e) {
                throw ServerErrors.translate(e, server);
            }
        }
        try {
            var config = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .table(HISTORY_TABLE);
            Flyway flyway = (server == null ? config : config.callbacks(EngineSql.shims())).load();
            for (MigrationInfo info : flyway.info().all()) {
                MigrationState state = info.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new StorageException(StorageException.Reason.NEWER_SCHEMA,
                            "storage.error.newerSchema", null, where,
                            info.getVersion().getVersion(), LATEST_SCHEMA_VERSION);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql) {
                throw server == null ? translate(sql, folder) : ServerErrors.translate(sql, server);
            }
            SQLException sql = null;
            for (Throwable t = e; t != null && sql == null; t = t.getCause()) {
                sql = t instanceof SQLException x ? x : null;
            }
            if (sql != null) {
                throw server == null ? translate(sql, folder) : ServerErrors.translate(sql, server);
            }
            if (server == null && DataFolder.diskFull(folder.dir())) {
                throw DataFolder.diskFullError(folder.dir(), e);
            }
            throw new StorageException(StorageException.Reason.IO, "storage.error.migration", e,
                    where, e.getMessage());
        }
    }

    static StorageException translate(SQLException e, DataFolder folder) {
        return translate(e, folder, true);
    }

    /** @param writing whether the failed work wrote to the disk (then a full disk is taken as its cause) */
    static StorageException translate(SQLException e, DataFolder folder, boolean writing) {
        int code = e.getErrorCode();
        if (writing && code != ErrorCode.DATABASE_ALREADY_OPEN_1 && DataFolder.diskFull(folder.dir())) {
            return DataFolder.diskFullError(folder.dir(), e);
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StorageException(StorageException.Reason.ALREADY_OPEN, "storage.error.alreadyOpen", e,
                    folder.dir());
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.GENERAL_ERROR_1) {
            return corrupt(e, folder);
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

    /** The file is damaged: where it is, that nothing was written to it, where the backups are, how to restore. */
    private static StorageException corrupt(SQLException e, DataFolder folder) {
        return new StorageException(StorageException.Reason.CORRUPT, "storage.error.corrupt", e,
                folder.databaseFile(), folder.dir().resolve(DataFolder.BACKUPS));
    }

    /**
     * The database's jOOQ context: inside {@link #tx} on this thread its statements are the transaction's,
     * outside each statement takes a connection of its own.
     */
    public DSLContext dsl() {
        return dsl;
    }

    /** Plain JDBC connections, for what jOOQ does not express (H2's SCRIPT for backups). */
    public DataSource dataSource() {
        return pool;
    }

    /** Which engine this database runs on. */
    public Engine engine() {
        return engine;
    }

    /** The server database this is, or empty for the folder's H2 file. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /**
     * Who works on the data: on a server the login the session runs as ({@code session_user}, decision 1 of issue
     * 35), on H2 the user of the PC.
     */
    public String sessionUser() {
        return sessionUser;
    }

    /**
     * On a server, a write its rights refuse (the account's role does not allow it: docs/accounts.md) is reported
     * as {@code role} says (the role's own message), or, when that gives null, as the server's refusal.
     */
    public void onRefused(Supplier<? extends RuntimeException> role) {
        this.refused = role;
    }

    /**
     * A new connection to the same server database with the same login, not from the pool and auto-committing, for
     * a thread that waits for change notifications ({@link EngineSql#listen}); the caller closes it. Empty on H2.
     * @throws StorageException when the server cannot be reached
     */
    public Optional<Connection> openListenConnection() {
        if (server == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("password", String.valueOf(((HikariDataSource) pool).getPassword()));
        p.setProperty("tcpKeepAlive", "true");
        try {
            return Optional.of(DriverManager.getConnection(server.jdbcUrl(), p));
        } catch (SQLException e) {
            throw ServerErrors.translate(e, server);
        }
    }

    /** Where the data is, for messages: the server database's address or the H2 file. */
    public String location() {
        return server == null ? folder.databaseFile().toString() : server.toString();
    }

    public DataFolder folder() {
        return folder;
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none. Called inside another transaction of
     * this thread, it joins it (a savepoint: its work is undone alone if it fails, and kept or undone with the
     * caller's transaction otherwise).
     */
    public <T> T tx(Function<DSLContext, T> work) {
        // The no-argument form: jOOQ binds the transaction to the thread, and nests a call made inside it.
        try {
            return dsl.transactionResult(() -> {
                depth.set(depth.get() + 1);
                try {
                    return work.apply(dsl);
                } finally {
                    depth.set(depth.get() - 1);
                }
            });
        } catch (DataAccessException e) {
            // on a server, the outermost transaction says in Vietnamese what the clerk can act on
            StorageException se = server == null || depth.get() > 0 ? null : ServerErrors.whileWorking(e, server);
            if (se != null && se.reason() == StorageException.Reason.NO_PERMISSION) {
                RuntimeException role = refused.get();
                if (role != null) {
                    throw role;
                }
            }
            if (se != null) {
                throw se;
            }
            throw e;
        }
    }

    /** {@link #tx} without a result. */
    public void txRun(Consumer<DSLContext> work) {
        tx(d -> {
            work.accept(d);
            return null;
        });
    }

    /**
     * Whether this thread is inside {@link #tx}: then another thread does not see what the transaction has written
     * yet (it reads with a connection of its own), so work that must see it stays on this thread.
     */
    public boolean inTransaction() {
        return depth.get() > 0;
    }

    /**
     * Runs {@code work} in one read-only transaction that sees the whole database as it was at one point in
     * time (H2's SNAPSHOT isolation: every table as of the transaction's first read; on H2 REPEATABLE READ would
     * take each table when it is first read; PostgreSQL's REPEATABLE READ READ ONLY is one snapshot), however much
     * is written meanwhile: backups and data files.
     */
    public <T> T readSnapshot(Function<DSLContext, T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            EngineSql.beginSnapshot(c, engine);
            try {
                T result = work.apply(EngineSql.using(c, engine));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                EngineSql.endSnapshot(c, engine);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (server != null) {
                throw ServerErrors.translate(e, server);
            }
            throw new StorageException(StorageException.Reason.IO, "storage.error.io", e, folder.databaseFile(),
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        closePool.run(); // H2 closes the file here, writing what it still had to
        if (server == null && !readOnly) {
            CleanClose.remember(folder); // read-only: nothing was written, what was remembered holds
        }
        folder.close();
    }

    /**
     * What the file was when the app last closed it cleanly ({@code socongvu.checked}: its size, its time, a SHA-256
     * of its first and last 64 KiB), so that the next open need not read every row again. Forgotten as soon as a
     * session that may write begins, so a crash, a copy of another file or a change by another program always brings
     * the full check back. (Only the bytes in the middle changed, their time and size kept, would go unseen until
     * read.)
     */
    static final class CleanClose {
        static final String FILE = "socongvu.checked";
        private static final int END = 64 * 1024;

        private CleanClose() {
        }

        static boolean matches(DataFolder folder) {
            Path marker = folder.dir().resolve(FILE);
            try {
                if (!Files.isRegularFile(marker) || Files.size(marker) > 1024) {
                    return false;
                }
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                return fingerprint(folder.databaseFile()).equals(p.getProperty("file"));
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        static void forget(DataFolder folder) {
            try {
                Files.deleteIfExists(folder.dir().resolve(FILE));
            } catch (IOException ignored) {
                // it cannot be deleted: it will not match the file once this session writes
            }
        }

        static void remember(DataFolder folder) {
            try {
                Properties p = new Properties();
                p.setProperty("file", fingerprint(folder.databaseFile()));
                SafeFiles.write(folder.dir().resolve(FILE), out -> p.store(out, "So Cong Vu: the database as last closed"));
            } catch (IOException | RuntimeException e) {
                forget(folder); // the next open reads every row: slower, never wrong
            }
        }

        /** Size, time and the two ends' SHA-256 of the file. */
        private static String fingerprint(Path file) throws IOException {
            long size = Files.size(file);
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (var ch = FileChannel.open(file)) {
                ByteBuffer head = ByteBuffer.allocate((int) Math.min(END, size));
                ch.read(head, 0);
                md.update(head.flip());
                ByteBuffer tail = ByteBuffer.allocate((int) Math.min(END, size));
                ch.read(tail, Math.max(0, size - END));
                md.update(tail.flip());
            }
            return size + "/" + Files.getLastModifiedTime(file).toMillis() + "/"
                    + HexFormat.of().formatHex(md.digest());
        }
    }
}
