package vn.socongvu.storage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;

/**
 * Copies every record of one database into another that holds no record yet — an H2 data folder onto a new server
 * database ({@code copy-to-server}), a data file or a backup checked in H2 onto a server database, or back — then
 * checks the copy whole: for every table the number of rows and a checksum of every row, read the same way on both
 * engines, must be equal. The copy is one transaction of the target: on any difference or failure nothing of it is
 * left.
 */
public final class ServerCopy {
    /**
     * The tables the migrations themselves fill (holidays, the inspection items, default settings): a new database
     * holds their rows and is still "empty"; they are replaced by the source's. ServerCopyTest checks that a newly
     * migrated database holds rows in these tables only.
     */
    public static final Set<String> FILLED_BY_MIGRATIONS = Set.of("HOLIDAY", "INSPECTION_ITEM", "SETTING");

    /** Tests: called in the target's transaction after each table is copied; throwing there is a failure mid-way. */
    static volatile BiConsumer<DSLContext, String> afterTable = (dst, t) -> { };

    private ServerCopy() {
    }

    /** What was copied: rows by table (names as data files spell them). */
    public record Summary(Map<String, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A table's rows: how many, and the sum of every row's SHA-256 (so the order they are read in is no matter). */
    record Check(long rows, BigInteger sum) {
    }

    /**
     * Copies every record of {@code from} into {@code to} and checks the copy.
     * @throws StorageException when {@code to} holds records already (nothing is written), when the two databases'
     *         schemas differ, or when the copy does not read back the same (nothing is left of it)
     */
    public static Summary copy(Database from, Database to, Progress progress) {
        progress.update(0, Messages.get("storage.copy.progress.start"));
        Summary summary = from.readSnapshot(src -> to.tx(dst -> copy(src, dst, from.location(), to.location(),
                progress)));
        progress.update(1, Messages.get("storage.copy.progress.done", summary.total()));
        return summary;
    }

    private static Summary copy(DSLContext src, DSLContext dst, String fromName, String toName, Progress progress) {
        List<TableMeta> tables = TableMeta.read(src);
        List<TableMeta> targetTables = TableMeta.read(dst);
        Map<String, TableMeta> target = new LinkedHashMap<>();
        targetTables.forEach(t -> target.put(t.name(), t));
        for (TableMeta t : tables) {
            TableMeta u = target.get(t.name());
            if (u == null || !u.columns().stream().map(TableMeta.Column::name).toList()
                    .equals(t.columns().stream().map(TableMeta.Column::name).toList())) {
                throw new StorageException(StorageException.Reason.IO, "storage.copy.error.schema", null, fromName,
                        toName, t.jsonName());
            }
        }
        if (targetTables.size() != tables.size()) {
            throw new StorageException(StorageException.Reason.IO, "storage.copy.error.schema", null, fromName, toName,
                    targetTables.stream().filter(t -> tables.stream().noneMatch(s -> s.name().equals(t.name())))
                            .map(TableMeta::jsonName).findFirst().orElse("?"));
        }
        TableMeta filled = firstWithRecords(dst, targetTables);
        if (filled != null) {
            throw new StorageException(StorageException.Reason.NOT_EMPTY, "storage.copy.error.notEmpty", null,
                    toName, filled.jsonName());
        }
        for (TableMeta t : targetTables.reversed()) {
            if (FILLED_BY_MIGRATIONS.contains(t.name())) {
                dst.deleteFrom(t.table()).execute();
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Check> sourceChecks = new LinkedHashMap<>();
        int done = 0;
        for (TableMeta t : tables) {
            progress.checkCancelled();
            sourceChecks.put(t.name(), copyTable(src, dst, t));
            Rows.continueIdentity(dst, t);
            counts.put(t.jsonName(), sourceChecks.get(t.name()).rows());
            afterTable.accept(dst, t.name());
            progress.update(0.05 + 0.75 * ++done / tables.size(), Messages.get("storage.copy.progress.table",
                    t.jsonName()));
        }
        progress.update(0.85, Messages.get("storage.copy.progress.checking"));
        for (TableMeta t : tables) {
            Check copied = check(dst, t);
            Check original = sourceChecks.get(t.name());
            if (!copied.equals(original)) {
                throw new StorageException(StorageException.Reason.IO, "storage.copy.error.differs", null,
                        t.jsonName(), original.rows(), copied.rows(), toName);
            }
        }
        EngineSql.analyze(dst); // the server plans the first lists on the records copied, not on empty tables
        return new Summary(counts);
    }

    /**
     * Whether {@code db} holds records of its own: a row in a table the migrations do not fill. A database that holds
     * none is one {@link #copy} copies into (the window offers it when the clerk moves onto a server).
     */
    public static boolean holdsRecords(Database db) {
        return db.readSnapshot(dsl -> firstWithRecords(dsl, TableMeta.read(dsl)) != null);
    }

    /** The first of {@code tables} with a row, those the migrations fill left out; null when none has. */
    private static TableMeta firstWithRecords(DSLContext dsl, List<TableMeta> tables) {
        for (TableMeta t : tables) {
            if (!FILLED_BY_MIGRATIONS.contains(t.name()) && dsl.fetchExists(t.table())) {
                return t;
            }
        }
        return null;
    }

    /** Streams the table's rows into the target, a statement per {@link Rows#CHUNK} rows; returns their check. */
    private static Check copyTable(DSLContext src, DSLContext dst, TableMeta t) {
        boolean selfReference = t.references().stream().anyMatch(r -> r.selfReference(t));
        List<Object[]> rows = new ArrayList<>();
        Summer sum = new Summer();
        try (ResultSet rs = src.select(t.fields()).from(t.table()).orderBy(t.keyFields()).fetchSize(1000)
                .fetchResultSet()) {
            while (rs.next()) {
                Object[] values = new Object[t.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = t.columns().get(i).read(rs, i + 1);
                }
                sum.add(values);
                rows.add(values);
                if (!selfReference && rows.size() == Rows.CHUNK) {
                    Rows.insert(dst, t, rows);
                    rows.clear();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
        Rows.insert(dst, t, rows); // a table whose rows refer to each other in one go, parents first
        return sum.check();
    }

    /** The check of a table as {@code dsl} reads it. */
    static Check check(DSLContext dsl, TableMeta t) {
        Summer sum = new Summer();
        try (ResultSet rs = dsl.select(t.fields()).from(t.table()).fetchSize(1000).fetchResultSet()) {
            while (rs.next()) {
                Object[] values = new Object[t.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = t.columns().get(i).read(rs, i + 1);
                }
                sum.add(values);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
        return sum.check();
    }

    /** The checks of every table of a database, as it is now (names as data files spell them). */
    public static Map<String, String> checksums(Database db) {
        return db.readSnapshot(dsl -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (TableMeta t : TableMeta.read(dsl)) {
                Check c = check(dsl, t);
                m.put(t.jsonName(), c.rows() + ":" + c.sum().toString(16));
            }
            return m;
        });
    }

    /**
     * Every value written the same whatever the engine gave: numbers without trailing zeros, dates and times in
     * ISO form, text as it is; a row's values separated by a character no value holds.
     */
    private static final class Summer {
        private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
        private final MessageDigest md;
        private final StringBuilder row = new StringBuilder();
        private BigInteger sum = BigInteger.ZERO;
        private long rows;

        Summer() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(Object[] values) {
            row.setLength(0);
            for (Object v : values) {
                row.append(switch (v) {
                    case null -> "\u0000";
                    case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
                    default -> v.toString();
                }).append('\u001f');
            }
            sum = sum.add(new BigInteger(1, md.digest(row.toString().getBytes(StandardCharsets.UTF_8)))).mod(MOD);
            rows++;
        }

        Check check() {
            return new Check(rows, sum);
        }
    }
}
