package vn.socongvu.exchange;

import static vn.socongvu.storage.jooq.Tables.COMMUNE;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.ImportProblem;
import vn.socongvu.storage.RowJson;
import vn.socongvu.storage.Rows;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.storage.StorageException;
import vn.socongvu.storage.TableMeta;
import vn.socongvu.text.VnText;

/**
 * All records as one documented, versioned JSON file (README, "Data exchange"), and back.
 * <p>
 * Export reads every table in one consistent snapshot. Import never touches the open data while it checks:
 * it builds a new database from the file in a work folder — at the file's schema version, then brought up to
 * date by the migrations — and refuses the whole file with a list of problems (line, table, record, reason)
 * if anything is wrong. Only a complete, checked database replaces the data, and a copy of the replaced data
 * is kept, as a restore does.
 * <p>
 * Besides its types and references, every record is held to the rules the forms apply ({@link RecordRules}: a
 * closed value from its list, a disciplinary measure with its decision, a deadline not before the assignment,
 * a year the forms accept, nobody working in a stopped unit). They are asked of the rows as the file has them,
 * at the file's schema version and before the migrations: schema 9 mends such values in a database that already
 * holds them, and would otherwise hide them in an older file instead of refusing it.
 */
public final class DataExchange {
    public static final String FORMAT = "socongvu-data";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".json";
    /** More than this many problems are not listed one by one. */
    static final int MAX_PROBLEMS = 100;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** A data file is at most 4 levels deep; text longer than a CLOB the app writes is not ours. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).maxStringLength(8_000_000).maxNumberLength(64).maxNameLength(200).build())
            .build()).build();

    private final Database db;
    private final ReadScope reads;

    /** @param reads what the account may read: a data file holds everything, which a unit's account may not read */
    public DataExchange(Database db, ReadScope reads) {
        this.db = db;
        this.reads = reads;
    }

    /** What a data file holds, from its header and its records. */
    public record Summary(String commune, LocalDateTime exportedAt, int schemaVersion, Map<String, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** "SoCongVu-du-lieu-Binh-Thanh-20261122-113000.json". */
    public static String defaultFileName(String commune, LocalDateTime at) {
        String ascii = VnText.asciiName(commune);
        return "SoCongVu-du-lieu" + (ascii.isEmpty() ? "" : "-" + ascii) + "-" + STAMP.format(at) + EXTENSION;
    }

    // ---------------------------------------------------------------------------------------- export

    /**
     * Writes every record to {@code target} (a file, or a folder to put a file named after the commune in),
     * through a temporary file, so a pulled stick leaves the previous file as it was.
     * @return the file written and what it holds
     */
    public Written export(Path target, Progress progress) {
        reads.require(ReadArea.SETTINGS);
        return db.readSnapshot(dsl -> {
            String commune = communeName(dsl);
            LocalDateTime at = LocalDateTime.now().withNano(0);
            boolean folder = Files.isDirectory(target) || (!Files.exists(target)
                    && !target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION));
            Path file = folder ? target.resolve(defaultFileName(commune, at)) : target;
            progress.update(0, Messages.get("exchange.progress.writing", file.getFileName()));
            Summary[] summary = new Summary[1];
            SafeFiles.write(file, out -> summary[0] = write(dsl, out, at, progress.part(0, 0.95),
                    Messages.get("exchange.progress.writing", file.getFileName())));
            progress.update(1, Messages.get("exchange.progress.exported", file));
            return new Written(file, summary[0]);
        });
    }

    /**
     * Writes every record of the database {@code dsl} reads as one data file to {@code out} (not closed),
     * rows streamed a table at a time. Give it a {@link Database#readSnapshot snapshot}, so that every table
     * is read at the same point in time.
     * @return what the file holds
     */
    public static Summary write(DSLContext dsl, OutputStream out, LocalDateTime at, Progress progress,
                                String progressText) throws IOException {
        List<TableMeta> tables = TableMeta.read(dsl);
        String commune = communeName(dsl);
        int schema = schemaVersion(dsl);
        // Progress by table: counting the rows first would read every table once more (in a snapshot, H2
        // counts a table by reading it).
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonGenerator g = JSON.writer().with(new OneRowPerLine()).createGenerator(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller's stream goes on
            }
        }, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("format", FORMAT);
            g.writeNumberProperty("formatVersion", FORMAT_VERSION);
            g.writeNumberProperty("schemaVersion", schema);
            g.writeStringProperty("exportedAt", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at));
            g.writeStringProperty("commune", commune);
            g.writeName("tables");
            g.writeStartObject();
            int done = 0;
            for (TableMeta t : tables) {
                g.writeName(t.jsonName());
                g.writeStartArray();
                long n = 0;
                // The rows as JDBC gives them, each value read by its column's type: jOOQ's records cost a third
                // of a ten-year backup's time.
                List<TableMeta.Column> columns = t.columns();
                Object[] values = new Object[columns.size()];
                try (ResultSet rows = dsl.select(t.fields()).from(t.table()).orderBy(t.keyFields())
                        .fetchSize(1000).fetchResultSet()) {
                    while (rows.next()) {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = columns.get(i).read(rows, i + 1);
                        }
                        RowJson.write(g, t, values);
                        if (++n % 5000 == 0) {
                            progress.checkCancelled();
                        }
                    }
                } catch (SQLException e) {
                    throw new DataAccessException(e.getMessage(), e);
                }
                g.writeEndArray();
                counts.put(t.jsonName(), n);
                progress.update((double) ++done / tables.size(), progressText);
            }
            g.writeEndObject();
            g.writeName("counts");
            g.writeStartObject();
            counts.forEach((k, v) -> g.writeNumberProperty(k, v));
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            // Jackson 3 wraps a failed write (a full disk, a pulled stick): the caller reports it as such.
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
        return new Summary(commune, at, schema, counts);
    }

    private static String communeName(DSLContext dsl) {
        return dsl.select(COMMUNE.COMMUNE_NAME).from(COMMUNE).fetchOptional(COMMUNE.COMMUNE_NAME).orElse("");
    }

    /** A data file written: where, and what it holds. */
    public record Written(Path file, Summary summary) {
    }

    private static int schemaVersion(DSLContext dsl) {
        Field<Integer> version = DSL.max(DSL.field(DSL.name("version"), String.class).cast(Integer.class));
        Integer v = dsl.select(version).from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue()).fetchOne(version);
        return v == null ? 0 : v;
    }

    // ---------------------------------------------------------------------------------------- import

    /**
     * Imports a data file into {@code target}, a database holding no record yet (a new database on a server): the
     * file read and checked whole into a work database in the target's local folder first, exactly as for a data
     * folder, then its records copied and checked ({@link Prepared#copyInto}).
     * @throws ImportRefusedException listing what is wrong with the file; StorageException when the target holds
     *         records
     */
    public static ServerCopy.Summary importInto(Path file, Database target, Progress progress) {
        try (Prepared prepared = prepare(file, target.folder().dir(), progress.part(0, 0.6))) {
            progress.checkCancelled();
            return prepared.copyInto(target, progress.part(0.6, 1));
        }
    }

    /**
     * Reads and checks a data file completely and builds the database it describes in a work folder under
     * {@code dataDir}; the data of {@code dataDir} is not touched. Close the result if it is not applied.
     * @throws ImportRefusedException listing what is wrong with the file
     */
    public static Prepared prepare(Path file, Path dataDir, Progress progress) {
        return prepare(Source.of(file), dataDir, progress);
    }

    /** As {@link #prepare(Path, Path, Progress)}, from any source. */
    public static Prepared prepare(Source file, Path given, Progress progress) {
        Path dataDir = given.toAbsolutePath().normalize(); // H2 refuses a relative path
        DataFolder.checkUsable(dataDir); // nor a ';' in a path it puts in a URL
        Path work;
        try {
            Files.createDirectories(dataDir);
            work = Files.createTempDirectory(dataDir, ".nhap-du-lieu-");
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, "storage.error.folderNotWritable",
                    e, dataDir);
        }
        Prepared prepared = new Prepared(work);
        try {
            prepared.summary = new Reader(file, work.resolve(DataFolder.DB_NAME), progress).read();
            return prepared;
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    /**
     * Where a data file is read from: a file, or the data inside a backup. It is opened once more when a
     * broken reference must be found again for its line.
     */
    public interface Source {
        /** A new stream over the whole data file. */
        InputStream open() throws IOException;

        /** Its length in bytes, for progress (an estimate will do). */
        long size();

        /** What messages name when it cannot be read. */
        Object name();

        static Source of(Path file) {
            return new Source() {
                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public long size() {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file);
                    }
                }

                @Override
                public Object name() {
                    return file;
                }
            };
        }
    }

    /** A checked database built from a data file, ready to replace a folder's data. */
    public static final class Prepared implements AutoCloseable {
        private final Path work;
        private Summary summary;

        private Prepared(Path work) {
            this.work = work;
        }

        public Summary summary() {
            return summary;
        }

        /**
         * Replaces the data of {@code dataDir} (which must not be open) by the imported records, keeping a
         * copy of the current data in {@code backups/}. @return that copy, or null when there was no data
         */
        public Path applyTo(Path dataDir) {
            return applyTo(dataDir, "truoc-nhap-du-lieu-");
        }

        /** As {@link #applyTo(Path)}, the copy of the replaced data named {@code keptPrefix} and the time. */
        public Path applyTo(Path dataDir, String keptPrefix) {
            try (DataFolder folder = DataFolder.open(dataDir)) {
                return folder.replaceDatabase(DataFolder.databaseFileIn(work), keptPrefix,
                        STAMP.format(LocalDateTime.now()));
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.IO, "exchange.error.apply", e, dataDir,
                        String.valueOf(e.getMessage()));
            }
        }

        /**
         * Copies the imported records into {@code target}, a database that holds no record yet (a new database on a
         * server): every record, checked whole ({@link ServerCopy}); nothing is left of it on a failure.
         * @throws StorageException when the target holds records (nothing is written)
         */
        public ServerCopy.Summary copyInto(Database target, Progress progress) {
            try (DataFolder folder = DataFolder.open(work); Database built = Database.openForReading(folder)) {
                return ServerCopy.copy(built, target, progress);
            }
        }

        @Override
        public void close() {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(work);
            } catch (IOException ignored) {
                // a work folder left behind holds no data anyone relies on
            }
        }
    }

    /** One pass over a data file: header, then table after table, then the checks across records. */
    private static final class Reader {
        private final Source file;
        private final Path dbBase;
        private final Progress progress;
        private final List<ImportProblem> problems = new ArrayList<>();
        /** Keys of the file's rows that are not in the new database (bad values, refused), by table. */
        private final Map<String, Set<Object>> notLoaded = new HashMap<>();
        private final long size;

        Reader(Source file, Path dbBase, Progress progress) {
            this.file = file;
            this.dbBase = dbBase;
            this.progress = progress;
            this.size = Math.max(1, file.size());
        }

        Summary read() {
            try (InputStream in = file.open(); JsonParser p = JSON.createParser(in)) {
                return read(p);
            } catch (StreamConstraintsException e) {
                throw refuse(lineOf(e), Messages.get("exchange.problem.limit", e.getOriginalMessage()), e);
            } catch (UnexpectedEndOfInputException e) {
                throw refuse(lineOf(e), Messages.get("exchange.problem.truncated"), e);
            } catch (JacksonException e) {
                boolean atEnd = e.getLocation() != null && e.getLocation().getByteOffset() >= size;
                throw refuse(lineOf(e), atEnd ? Messages.get("exchange.problem.truncated")
                        : Messages.get("exchange.problem.syntax", e.getOriginalMessage()), e);
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file.name());
            }
        }

        private Summary read(JsonParser p) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(1, Messages.get("exchange.problem.notOurs"), null);
            }
            Map<String, Object> header = new HashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME && !p.currentName().equals("tables")) {
                String name = p.currentName();
                p.nextToken();
                if (p.currentToken().isScalarValue()) {
                    header.put(name, p.currentToken() == JsonToken.VALUE_NUMBER_INT ? (Object) p.getLongValue() : p.getString());
                } else if (name.equals("counts") && p.currentToken() == JsonToken.START_OBJECT) {
                    header.put(name, readCounts(p));
                } else {
                    p.skipChildren();
                }
            }
            if (!FORMAT.equals(header.get("format"))) {
                throw refuse(1, Messages.get("exchange.problem.notOurs"), null);
            }
            if (!(header.get("formatVersion") instanceof Long fv) || fv < 1) {
                throw refuse(1, Messages.get("exchange.problem.badHeader", "formatVersion"), null);
            }
            if (!(header.get("schemaVersion") instanceof Long sv) || sv < 1) {
                throw refuse(1, Messages.get("exchange.problem.badHeader", "schemaVersion"), null);
            }
            if (fv > FORMAT_VERSION || sv > Database.LATEST_SCHEMA_VERSION) {
                throw refuse(1, Messages.get("exchange.problem.newer"), null);
            }
            LocalDateTime exportedAt = null;
            try {
                exportedAt = header.get("exportedAt") instanceof String s ? LocalDateTime.parse(s) : null;
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(1, null, null, Messages.get("exchange.problem.badHeader", "exportedAt")));
            }
            String commune = header.get("commune") instanceof String s ? s : "";
            if (t != JsonToken.PROPERTY_NAME || p.nextToken() != JsonToken.START_OBJECT) {
                throw refuse(p.currentTokenLocation().getLineNr(), Messages.get("exchange.problem.noTables"), null);
            }
            int schema = sv.intValue();
            String url = "jdbc:h2:file:" + dbBase + ";AUTO_SERVER=FALSE;" + Database.ENGINE_OPTIONS;
            migrate(url, MigrationVersion.fromVersion(String.valueOf(schema)));
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                DSLContext dsl = DSL.using(c, SQLDialect.H2);
                List<TableMeta> tables = TableMeta.read(dsl);
                Map<String, TableMeta> byName = new LinkedHashMap<>();
                tables.forEach(m -> byName.put(m.jsonName(), m));
                // What the migrations put in the new database goes (their standard rows are in the file too);
                // references are checked once every table is in (checkReferences), not row by row.
                for (TableMeta m : tables.reversed()) {
                    dsl.deleteFrom(m.table()).execute();
                }
                dsl.execute("SET REFERENTIAL_INTEGRITY FALSE");
                Map<TableMeta, Long> read = readTables(p, byName, dsl);
                if (p.nextToken() != JsonToken.END_OBJECT && p.currentToken() != JsonToken.PROPERTY_NAME) {
                    throw refuse(p.currentTokenLocation().getLineNr(), Messages.get("exchange.problem.syntax", "}"), null);
                }
                // After "tables": the counts, written there as the rows were counted; anything else is skipped,
                // but must be well-formed.
                while (p.currentToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("counts") && p.currentToken() == JsonToken.START_OBJECT && !header.containsKey(name)) {
                        header.put(name, readCounts(p));
                    } else {
                        p.skipChildren();
                    }
                    p.nextToken();
                }
                while (p.nextToken() != null) {
                    p.skipChildren();
                }
                for (TableMeta m : tables) {
                    if (!read.containsKey(m)) {
                        problems.add(new ImportProblem(0, m.jsonName(), null, Messages.get("exchange.problem.missingTable")));
                    }
                }
                if (header.get("counts") instanceof Map<?, ?> declared) {
                    read.forEach((m, n) -> {
                        if (declared.get(m.jsonName()) instanceof Long l && l.longValue() != n) {
                            problems.add(new ImportProblem(0, m.jsonName(), null,
                                    Messages.get("exchange.problem.countDiffers", l, n)));
                        }
                    });
                }
                progress.checkCancelled();
                progress.update(0.75, Messages.get("exchange.progress.references"));
                checkReferences(dsl, tables, byName);
                checkAcrossRecords(dsl, byName);
                stopIfProblems();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (TableMeta m : tables) {
                    Rows.continueIdentity(dsl, m);
                    counts.put(m.jsonName(), read.get(m));
                }
                dsl.execute("SET REFERENTIAL_INTEGRITY TRUE");
                c.createStatement().execute("SHUTDOWN");
                progress.update(0.85, Messages.get("exchange.progress.migrating"));
                migrate(url, MigrationVersion.LATEST);
                progress.update(0.95, Messages.get("exchange.progress.checked"));
                return new Summary(commune, exportedAt, schema, counts);
            } catch (SQLException e) {
                throw new StorageException(StorageException.Reason.IO, "exchange.error.build", e, String.valueOf(e.getMessage()));
            }
        }

        private static int lineOf(JacksonException e) {
            return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        }

        private ImportRefusedException refuse(int line, String reason, Throwable cause) {
            List<ImportProblem> all = new ArrayList<>(problems);
            all.add(new ImportProblem(line, null, null, reason));
            return new ImportRefusedException(all, cause);
        }

        private static Map<String, Long> readCounts(JsonParser p) {
            Map<String, Long> counts = new HashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    counts.put(name, p.getLongValue());
                } else {
                    p.skipChildren();
                }
            }
            return counts;
        }

        private static void migrate(String url, MigrationVersion target) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                    .table("flyway_schema_history").target(target).load().migrate();
        }

        /**
         * Reads table after table, each row checked and written into the new database as it is read, a chunk at
         * a time: the file is never held whole. A row with bad values, a second row with the same key and a row
         * the database's rules refuse are problems, and are not loaded. @return the rows read of each table
         */
        private Map<TableMeta, Long> readTables(JsonParser p, Map<String, TableMeta> byName, DSLContext dsl) {
            Map<TableMeta, Long> read = new LinkedHashMap<>();
            long rowsRead = 0;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                TableMeta m = byName.get(name);
                if (m == null || read.containsKey(m)) {
                    problem(new ImportProblem(line, name, null, Messages.get(m == null
                            ? "exchange.problem.unknownTable" : "exchange.problem.repeatedTable")));
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    problem(new ImportProblem(line, name, null, Messages.get("exchange.problem.notList")));
                    p.skipChildren();
                    continue;
                }
                TableLoad load = new TableLoad(dsl, m);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    RowJson.Row r = RowJson.read(p, m, problems);
                    stopIfTooMany();
                    if (r != null) {
                        load.add(r);
                    }
                    if (++rowsRead % 5000 == 0) {
                        progress.checkCancelled();
                        progress.update(0.75 * Math.min(1, (double) p.currentLocation().getByteOffset() / size),
                                Messages.get("exchange.progress.reading"));
                    }
                }
                load.flush();
                read.put(m, load.count);
            }
            return read;
        }

        /** One table's rows on their way into the new database. */
        private final class TableLoad {
            private final DSLContext dsl;
            private final TableMeta m;
            private final int[] key;
            private final Set<Object> keys = new HashSet<>();
            private final List<RowJson.Row> chunk = new ArrayList<>(Rows.CHUNK);
            long count;

            TableLoad(DSLContext dsl, TableMeta m) {
                this.dsl = dsl;
                this.m = m;
                this.key = m.primaryKey().stream().mapToInt(m::indexOf).toArray();
            }

            void add(RowJson.Row r) {
                count++;
                Object k = keyOf(r.values(), key);
                if (key.length > 0 && !containsNull(k) && !keys.add(k)) {
                    problem(new ImportProblem(r.line(), m.jsonName(), RowJson.describe(m, r.values()),
                            Messages.get("exchange.problem.duplicate")));
                } else if (!r.valid()) {
                    notLoaded(k);
                } else if (!formRulesHold(r, k)) {
                    notLoaded(k);
                } else {
                    chunk.add(r);
                    if (chunk.size() == Rows.CHUNK) {
                        flush();
                    }
                }
            }

            /** The rules the forms apply to such a record ({@link RecordRules}); each one broken is a problem. */
            private boolean formRulesHold(RowJson.Row r, Object rowKey) {
                List<String> broken = RecordRules.problems(m, r.values());
                String record = broken.isEmpty() ? null : RowJson.describe(m, r.values());
                for (String reason : broken) {
                    problem(new ImportProblem(r.line(), m.jsonName(), record, reason));
                }
                return broken.isEmpty();
            }

            void flush() {
                try {
                    Rows.insert(dsl, m, chunk.stream().map(RowJson.Row::values).toList());
                } catch (DataAccessException e) {
                    findRefused();
                }
                chunk.clear();
            }

            private void notLoaded(Object rowKey) {
                notLoaded.computeIfAbsent(m.name(), n -> new HashSet<>()).add(rowKey);
            }

            /** The chunk again, row by row: the rows the database refuses are named. */
            private void findRefused() {
                int before = problems.size();
                for (RowJson.Row r : chunk) {
                    try {
                        Rows.insert(dsl, m, List.<Object[]>of(r.values()));
                    } catch (DataAccessException e) {
                        notLoaded(keyOf(r.values(), key));
                        problem(new ImportProblem(r.line(), m.jsonName(), RowJson.describe(m, r.values()),
                                Messages.get("exchange.problem.refused", databaseReason(e))));
                    }
                }
                if (problems.size() == before) {
                    problem(new ImportProblem(0, m.jsonName(), null, Messages.get("exchange.problem.refused", "?")));
                }
            }
        }

        /** The values at {@code idx}: the value itself for one column, else a list. */
        private static Object keyOf(Object[] values, int[] idx) {
            return idx.length == 1 ? values[idx[0]] : Arrays.stream(idx).mapToObj(i -> values[i]).toList();
        }

        private static boolean containsNull(Object key) {
            return key == null || key instanceof List<?> l && l.contains(null);
        }

        /**
         * Every reference to a record the file holds: the database, loaded without checking them, is asked for
         * the values that point nowhere (a record with bad values does not count as missing: its own problems
         * are reported); then the file is read again for the lines of the rows that hold them.
         */
        private void checkReferences(DSLContext dsl, List<TableMeta> tables, Map<String, TableMeta> byName) {
            Map<String, TableMeta> bySqlName = new HashMap<>();
            tables.forEach(m -> bySqlName.put(m.name(), m));
            Map<TableMeta, Map<TableMeta.Reference, Set<Object>>> dangling = new LinkedHashMap<>();
            for (TableMeta m : tables) {
                for (TableMeta.Reference ref : m.references()) {
                    Set<Object> values = danglingValues(dsl, m, ref);
                    values.removeAll(notLoaded.getOrDefault(ref.table(), Set.of()));
                    if (!values.isEmpty()) {
                        dangling.computeIfAbsent(m, x -> new LinkedHashMap<>()).put(ref, values);
                    }
                }
            }
            if (dangling.isEmpty()) {
                return;
            }
            try (InputStream in = file.open(); JsonParser p = JSON.createParser(in)) {
                p.nextToken(); // the file's object: its header was read and checked the first time
                while (p.nextToken() == JsonToken.PROPERTY_NAME && !p.currentName().equals("tables")) {
                    p.nextToken();
                    p.skipChildren();
                }
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    TableMeta m = byName.get(p.currentName());
                    p.nextToken();
                    Map<TableMeta.Reference, Set<Object>> refs = m == null ? null : dangling.remove(m);
                    if (refs == null || p.currentToken() != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    List<ImportProblem> ignored = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        RowJson.Row r = RowJson.read(p, m, ignored);
                        if (r != null && r.valid()) {
                            refs.forEach((ref, values) -> brokenReference(m, ref, values, r, bySqlName.get(ref.table())));
                        }
                    }
                }
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file.name());
            }
        }

        /**
         * The form rules that join records ({@link RecordRules#acrossRecords}), asked of the new database before
         * its migrations; the file is read again for the lines of the records at fault.
         */
        private void checkAcrossRecords(DSLContext dsl, Map<String, TableMeta> byName) {
            List<RecordRules.Found> found = RecordRules.acrossRecords(dsl, MAX_PROBLEMS);
            if (found.isEmpty()) {
                return;
            }
            Map<String, Set<Object>> keys = new HashMap<>();
            found.forEach(f -> keys.computeIfAbsent(f.table(), t -> new HashSet<>()).add(f.key()));
            Map<String, Map<Object, Integer>> lines = linesOf(byName, keys);
            for (RecordRules.Found f : found) {
                TableMeta m = byName.get(f.table());
                String record = m.primaryKey().getFirst().toLowerCase(Locale.ROOT) + " " + f.key();
                problem(new ImportProblem(lines.getOrDefault(f.table(), Map.of()).getOrDefault(f.key(), 0), f.table(),
                        record, f.reason()));
            }
        }

        /** The lines of the file's rows of the given (single-column) keys, by table. */
        private Map<String, Map<Object, Integer>> linesOf(Map<String, TableMeta> byName,
                                                          Map<String, Set<Object>> keys) {
            Map<String, Map<Object, Integer>> out = new HashMap<>();
            try (InputStream in = file.open(); JsonParser p = JSON.createParser(in)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME && !p.currentName().equals("tables")) {
                    p.nextToken();
                    p.skipChildren();
                }
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TableMeta m = byName.get(name);
                    p.nextToken();
                    Set<Object> wanted = keys.get(name);
                    if (m == null || wanted == null || m.primaryKey().size() != 1
                            || p.currentToken() != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    int key = m.indexOf(m.primaryKey().getFirst());
                    List<ImportProblem> ignored = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        RowJson.Row r = RowJson.read(p, m, ignored);
                        if (r != null && wanted.contains(r.values()[key])) {
                            out.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(r.values()[key], r.line());
                        }
                    }
                }
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file.name());
            }
            return out;
        }

        private void brokenReference(TableMeta m, TableMeta.Reference ref, Set<Object> values, RowJson.Row r,
                                     TableMeta target) {
            Object value = keyOf(r.values(), ref.columns().stream().mapToInt(m::indexOf).toArray());
            if (values.contains(value)) {
                problem(new ImportProblem(r.line(), m.jsonName(), RowJson.describe(m, r.values()),
                        Messages.get("exchange.problem.brokenReference",
                                String.join(", ", ref.columns()).toLowerCase(Locale.ROOT),
                                String.valueOf(value), target.jsonName())));
            }
        }

        /** The distinct values of {@code ref}'s columns in {@code m} that no row of the table referred to has. */
        private static Set<Object> danglingValues(DSLContext dsl, TableMeta m, TableMeta.Reference ref) {
            Table<Record> child = m.table().as("c");
            Table<Record> parent = DSL.table(DSL.name(ref.table())).as("p");
            List<Field<Object>> cols = new ArrayList<>();
            Condition pointing = DSL.noCondition();
            Condition found = DSL.noCondition();
            for (int i = 0; i < ref.columns().size(); i++) {
                Field<Object> c = m.columns().get(m.indexOf(ref.columns().get(i))).field();
                Field<Object> own = DSL.field(DSL.name("c", ref.columns().get(i)), c.getDataType());
                cols.add(own);
                pointing = pointing.and(own.isNotNull());
                found = found.and(DSL.field(DSL.name("p", ref.refColumns().get(i)), c.getDataType()).eq(own));
            }
            Set<Object> values = new HashSet<>();
            int[] all = IntStream.range(0, cols.size()).toArray();
            dsl.selectDistinct(cols).from(child).where(pointing)
                    .andNotExists(DSL.selectOne().from(parent).where(found))
                    .limit(MAX_PROBLEMS).fetch()
                    .forEach(rec -> values.add(keyOf(rec.intoArray(), all)));
            return values;
        }

        /** The database's own words for a refused row, first line only (they name the rule). */
        private static String databaseReason(DataAccessException e) {
            Throwable root = e.getCause() instanceof SQLException s ? s : e;
            String m = String.valueOf(root.getMessage());
            int cut = m.indexOf(';');
            return (cut > 0 ? m.substring(0, cut) : m.lines().findFirst().orElse(m)).strip();
        }

        private void problem(ImportProblem p) {
            problems.add(p);
            stopIfTooMany();
        }

        private void stopIfTooMany() {
            if (problems.size() >= MAX_PROBLEMS) {
                throw refuse(0, Messages.get("exchange.problem.tooMany", MAX_PROBLEMS), null);
            }
        }

        private void stopIfProblems() {
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems, null);
            }
        }
    }
}
