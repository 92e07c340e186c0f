package vn.socongvu.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.socongvu.common.Progress;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.StorageException;

/**
 * Backups of the whole database into one file, and restoring one. A backup is a zip holding a readable
 * manifest (commune, time, schema version, records per table) and H2's SQL script of every table,
 * deflated and encrypted with AES-256-GCM when a password is given (backups made before that was deflated are
 * still read). Every backup is checked after writing: the file is
 * read back whole as a restore reads it (zip checksums, the password's tag), its script must be byte for
 * byte the one H2 wrote (SHA-256), and the rows it inserts into each table must be the counts taken in the
 * same transaction. A restore then loads the script into a new file and compares the counts again before
 * anything is replaced.
 */
public final class BackupService {
    public static final String EXTENSION = ".scvbak";
    static final int FORMAT = 1;
    private static final String MANIFEST = "manifest.properties";
    private static final String DATA = "data.sql";
    /**
     * With a password: the script deflated, then encrypted (ciphertext does not compress, and AES-GCM is only
     * checked whole, so what is decrypted at once is the compressed script: ten busy years ~5 MB, not ~60).
     */
    private static final String DATA_ENCRYPTED = "data.sql.deflate.aes";
    /** With a password, as written before: the script encrypted as it is. Still read, never written. */
    private static final String DATA_ENCRYPTED_PLAIN = "data.sql.aes";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final java.util.function.Supplier<java.util.Optional<CommuneIdentity>> identity;
    private final java.util.function.Supplier<vn.socongvu.settings.SettingsService.BackupRetention> retention;

    public BackupService(Database db, java.util.function.Supplier<java.util.Optional<CommuneIdentity>> identity,
                         java.util.function.Supplier<vn.socongvu.settings.SettingsService.BackupRetention> retention) {
        this.db = db;
        this.identity = identity;
        this.retention = retention;
    }

    /** "SoCongVu-Binh-Thanh-20261122-113000.scvbak". */
    public String defaultFileName(LocalDateTime at) {
        String commune = identity.get().map(CommuneIdentity::communeName).orElse("");
        String ascii = vn.socongvu.text.VnText.asciiName(commune);
        return "SoCongVu" + (ascii.isEmpty() ? "" : "-" + ascii) + "-" + STAMP.format(at) + EXTENSION;
    }

    /**
     * Writes a consistent backup of the open database to {@code target} (a file, or a folder to put the
     * file in), then checks it. @return what it holds
     * @throws StorageException with a Vietnamese message; a failed check leaves no backup file behind
     */
    public BackupInfo backup(Path target, char[] password, Progress progress) {
        return write(target, password, progress).info();
    }

    /** A backup written: the file and what it holds. */
    public record Written(Path file, BackupInfo info) {
    }

    /**
     * The file a target names: a folder (existing, or a new path without the .scvbak ending) gets a file
     * named after the commune and the time; anything else is the file itself.
     */
    public Path fileFor(Path target) {
        boolean folder = Files.isDirectory(target)
                || (!Files.exists(target) && !target.getFileName().toString().toLowerCase().endsWith(EXTENSION));
        return folder ? target.resolve(defaultFileName(LocalDateTime.now())) : target;
    }

    /** As {@link #backup}, telling where the file went. */
    public Written write(Path target, char[] password, Progress progress) {
        Path file = fileFor(target);
        Path script = null;
        try {
            progress.update(0.05, Messages.get("backup.progress.reading"));
            script = Files.createTempFile(db.folder().dir(), ".backup-", ".sql");
            Map<String, Long> counts;
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                counts = counts(c);
                try (Statement st = c.createStatement()) {
                    st.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + sqlPath(script) + "' CHARSET 'UTF-8'");
                }
                c.commit();
            }
            progress.checkCancelled();
            progress.update(0.4, Messages.get("backup.progress.writing", file.getFileName()));
            boolean encrypted = password != null && password.length > 0;
            Path sql = script; // effectively final, for the writer below
            byte[][] written = new byte[1][]; // the script's SHA-256, taken as it is copied into the file
            CommuneIdentity id = identity.get().orElse(null);
            BackupInfo info = new BackupInfo(FORMAT, Database.LATEST_SCHEMA_VERSION, LocalDateTime.now().withNano(0),
                    id == null ? "" : id.communeName(), id == null ? "" : id.province(), encrypted, counts);
            SafeFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED); // a third of the time of the default level, 1.5× the size
                zip.putNextEntry(new ZipEntry(MANIFEST));
                OutputStreamWriter w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                manifest(info).store(w, "So Cong Vu backup");
                w.flush();
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(encrypted ? DATA_ENCRYPTED : DATA));
                if (encrypted) {
                    // The script is streamed, never held whole: deflated, then encrypted; closing the cipher
                    // stream writes the tag only.
                    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                    try (var enc = BackupCrypto.encrypting(new java.io.FilterOutputStream(zip) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            flush(); // the zip goes on: its entry is closed below
                        }
                    }, password); var deflated = new java.util.zip.DeflaterOutputStream(enc, deflater, 64 * 1024)) {
                        written[0] = copyHashed(sql, deflated);
                    } finally {
                        deflater.end(); // a deflater given to the stream is not ended by it
                    }
                } else {
                    written[0] = copyHashed(sql, zip);
                }
                zip.closeEntry();
                zip.finish();
            });
            progress.checkCancelled();
            progress.update(0.7, Messages.get("backup.progress.checking"));
            try {
                Contents back = read(file, password);
                if (!java.util.Arrays.equals(written[0], back.sha256())) {
                    throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.unreadable", null, file);
                }
                requireCounts(back, counts, file);
            } catch (StorageException e) {
                Files.deleteIfExists(file); // a backup that does not read back as written is not kept
                throw e;
            }
            progress.update(1, Messages.get("backup.progress.done", file));
            return new Written(file, info);
        } catch (IOException | SQLException e) {
            throw new StorageException(StorageException.Reason.IO, "backup.error.write", e, file, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(script);
        }
    }

    /** Reads the manifest of a backup file. */
    public static BackupInfo info(Path file) {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    if (!"socongvu-backup".equals(p.getProperty("format"))) {
                        break;
                    }
                    Map<String, Long> counts = new TreeMap<>();
                    for (String k : p.stringPropertyNames()) {
                        if (k.startsWith("count.")) {
                            counts.put(k.substring(6), Long.parseLong(p.getProperty(k)));
                        }
                    }
                    return new BackupInfo(Integer.parseInt(p.getProperty("formatVersion")),
                            Integer.parseInt(p.getProperty("schemaVersion")),
                            LocalDateTime.parse(p.getProperty("createdAt")), p.getProperty("commune", ""),
                            p.getProperty("province", ""), Boolean.parseBoolean(p.getProperty("encrypted")), counts);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.notABackup", e, file);
        }
        throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.notABackup", null, file);
    }

    /**
     * Reads a backup whole, as a restore would (zip checksums; with a password, its tag), and checks that
     * its script inserts exactly the records its manifest counts, table by table.
     */
    public static BackupInfo verify(Path file, char[] password) {
        Contents c = read(file, password);
        requireCounts(c, c.info().counts(), file);
        return c.info();
    }

    /** A backup read back: its manifest, the SHA-256 of its script, and the rows the script inserts per table. */
    record Contents(BackupInfo info, byte[] sha256, Map<String, Long> rows) {
    }

    static Contents read(Path file, char[] password) {
        BackupInfo info = info(file);
        return withScript(file, info, password, script -> {
            java.security.MessageDigest md = sha256();
            Map<String, Long> rows = ScriptRows.count(new java.security.DigestInputStream(script, md));
            return new Contents(info, md.digest(), rows);
        });
    }

    /** Every table of {@code expected} has exactly its count of rows in the script, and the script no other table. */
    private static void requireCounts(Contents c, Map<String, Long> expected, Path file) {
        boolean same = expected.keySet().containsAll(c.rows().keySet())
                && expected.entrySet().stream().allMatch(t -> t.getValue().equals(c.rows().getOrDefault(t.getKey(), 0L)));
        if (!same) {
            throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.countsDiffer", null, file);
        }
    }

    private static byte[] copyHashed(Path from, java.io.OutputStream to) throws IOException {
        java.security.MessageDigest md = sha256();
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(from), md)) {
            in.transferTo(to);
        }
        return md.digest();
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /**
     * Replaces the data of a (closed) data folder by a backup: refuses a backup of a newer schema, loads it
     * into a new file beside the current one and checks it, keeps a copy of the current data in
     * {@code backups/}, then swaps the files. An older schema is brought up to date when the folder next opens.
     * @return where the copy of the replaced data was kept (null when there was none)
     */
    public static Path restore(Path file, char[] password, Path dataDir, Progress progress) {
        BackupInfo info = info(file);
        if (info.schemaVersion() > Database.LATEST_SCHEMA_VERSION || info.formatVersion() > FORMAT) {
            throw new StorageException(StorageException.Reason.NEWER_SCHEMA, "backup.error.newer", null, file);
        }
        progress.update(0.05, Messages.get("backup.progress.reading"));
        try (DataFolder folder = DataFolder.open(dataDir)) {
            String stamp = STAMP.format(LocalDateTime.now());
            Path base = folder.dir().resolve("restore-" + stamp);
            Path sql = Files.createTempFile(folder.dir(), ".restore-", ".sql");
            try {
                extractScript(file, info, password, sql);
                progress.update(0.3, Messages.get("backup.progress.loading"));
                try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=FALSE", "sa", "");
                     Statement st = c.createStatement()) {
                    st.execute("RUNSCRIPT FROM '" + sqlPath(sql) + "' CHARSET 'UTF-8'");
                    if (!counts(c).equals(info.counts())) {
                        throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.countsDiffer", null, file);
                    }
                    st.execute("SHUTDOWN");
                }
                progress.checkCancelled();
                progress.update(0.8, Messages.get("backup.progress.swapping"));
                Path kept = folder.replaceDatabase(Path.of(base + ".mv.db"), "truoc-khoi-phuc-", stamp);
                progress.update(1, Messages.get("backup.progress.restored"));
                return kept;
            } finally {
                deleteQuietly(sql);
                deleteQuietly(Path.of(base + ".mv.db"));
                deleteQuietly(Path.of(base + ".trace.db"));
            }
        } catch (IOException | SQLException e) {
            throw new StorageException(StorageException.Reason.IO, "backup.error.restore", e, dataDir,
                    String.valueOf(e.getMessage()));
        }
    }

    /** Writes the backup's SQL script to {@code target}: streamed, or decrypted (the tag checked) when encrypted. */
    private static void extractScript(Path file, BackupInfo info, char[] password, Path target) {
        withScript(file, info, password,
                script -> Files.copy(script, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
    }

    private interface ScriptReader<T> {
        T read(InputStream script) throws IOException;
    }

    /**
     * Gives {@code reader} the backup's SQL script (decrypted, the tag checked, when encrypted). No or a wrong
     * password, and a file that cannot be read to its end, are the clerk's Vietnamese messages.
     */
    private static <T> T withScript(Path file, BackupInfo info, char[] password, ScriptReader<T> reader) {
        if (info.encrypted() && (password == null || password.length == 0)) {
            throw new StorageException(StorageException.Reason.FOREIGN, "backup.error.passwordNeeded", null, file);
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!info.encrypted() && e.getName().equals(DATA)) {
                    return reader.read(zip);
                }
                boolean deflated = e.getName().equals(DATA_ENCRYPTED);
                if (info.encrypted() && (deflated || e.getName().equals(DATA_ENCRYPTED_PLAIN))) {
                    InputStream plain = new java.io.ByteArrayInputStream(BackupCrypto.decrypt(zip.readAllBytes(), password));
                    try (InputStream script = deflated ? new java.util.zip.InflaterInputStream(plain) : plain) {
                        return reader.read(script);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new StorageException(StorageException.Reason.FOREIGN, "backup.error.wrongPassword", e, file);
        } catch (IOException | RuntimeException e) {
            throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.unreadable", e, file);
        }
        throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.unreadable", null, file);
    }

    /** Records per table (the Flyway history included): the fingerprint a restored copy must match. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    private static Properties manifest(BackupInfo i) {
        Properties p = new Properties();
        p.setProperty("format", "socongvu-backup");
        p.setProperty("formatVersion", Integer.toString(i.formatVersion()));
        p.setProperty("schemaVersion", Integer.toString(i.schemaVersion()));
        p.setProperty("createdAt", i.createdAt().toString());
        p.setProperty("commune", i.commune());
        p.setProperty("province", i.province());
        p.setProperty("encrypted", Boolean.toString(i.encrypted()));
        i.counts().forEach((t, n) -> p.setProperty("count." + t, Long.toString(n)));
        return p;
    }

    private static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    // ---- automatic backups ----

    /** Where automatic backups go. */
    public Path autoFolder() {
        return db.folder().dir().resolve("backups").resolve("tu-dong");
    }

    /** An automatic backup (on exit, daily), then the older ones thinned out. @return the new file */
    public Path autoBackup() {
        Path dir = autoFolder();
        Path file = dir.resolve("socongvu-" + STAMP.format(LocalDateTime.now()) + EXTENSION);
        backup(file, null, Progress.NONE);
        var keep = retention.get();
        rotate(dir, keep.days(), keep.months());
        return file;
    }

    /** When the newest automatic backup was made, if any. */
    public java.util.Optional<LocalDateTime> lastAutoBackup() {
        return autoBackups().keySet().stream().max(LocalDateTime::compareTo);
    }

    private Map<LocalDateTime, Path> autoBackups() {
        Map<LocalDateTime, Path> m = new TreeMap<>();
        Path dir = autoFolder();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> {
                String n = f.getFileName().toString();
                if (n.startsWith("socongvu-") && n.endsWith(EXTENSION)) {
                    try {
                        m.put(LocalDateTime.parse(n.substring(9, n.length() - EXTENSION.length()), STAMP), f);
                    } catch (RuntimeException ignored) {
                        // not one of ours: left alone
                    }
                }
            });
        } catch (IOException ignored) {
            // no listing: nothing to rotate
        }
        return m;
    }

    /** Keeps the newest backup of each of the last {@code days} days and of each of the last {@code months} months. */
    void rotate(Path dir, int days, int months) {
        Map<LocalDateTime, Path> all = autoBackups();
        for (LocalDateTime t : toDelete(all.keySet(), days, months)) {
            deleteQuietly(all.get(t));
        }
    }

    /** Pure: which backup times to drop so that the newest of each of the last days and months remain. */
    static Set<LocalDateTime> toDelete(java.util.Collection<LocalDateTime> times, int days, int months) {
        List<LocalDateTime> newestFirst = new ArrayList<>(times);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        Map<java.time.LocalDate, LocalDateTime> perDay = new LinkedHashMap<>();
        Map<java.time.YearMonth, LocalDateTime> perMonth = new LinkedHashMap<>();
        for (LocalDateTime t : newestFirst) {
            perDay.putIfAbsent(t.toLocalDate(), t);
            perMonth.putIfAbsent(java.time.YearMonth.from(t), t);
        }
        Set<LocalDateTime> keep = new HashSet<>();
        perDay.values().stream().limit(days).forEach(keep::add);
        perMonth.values().stream().limit(months).forEach(keep::add);
        Set<LocalDateTime> drop = new HashSet<>(times);
        drop.removeAll(keep);
        return drop;
    }
}
