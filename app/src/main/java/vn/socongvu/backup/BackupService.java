package vn.socongvu.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.json.JsonFactory;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.ReadScope;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.exchange.ImportRefusedException;
import vn.socongvu.i18n.Messages;
import vn.socongvu.settings.CommuneIdentity;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.SafeFiles;
import vn.socongvu.storage.ServerCopy;
import vn.socongvu.storage.StorageException;
import vn.socongvu.text.VnText;

/**
 * Backups of the whole database into one file, and restoring one (README, "Backing up and restoring").
 * <p>
 * A backup is a zip holding every record as the documented data file of "Data exchange" ({@code data.json}),
 * read in one snapshot of the database, then a manifest (commune, time, schema version; the records per table
 * unless it is encrypted). With a password the data file is deflated and encrypted in checked segments
 * ({@link BackupCrypto}). A backup holds data only: restoring one reads it through the data import, which checks
 * every table, column and value as it does for any data file, into a new database, and only a complete, checked
 * database replaces the folder's. Nothing in a backup is ever executed.
 * <p>
 * Backups of the first format held H2's SQL script; they are still restored, read as data ({@link LegacyScript}):
 * a script holding anything but data is refused.
 * <p>
 * Every backup is read back after writing, as a restore reads it: its data must be byte for byte what was written
 * (SHA-256) with the counted records per table.
 */
public final class BackupService {
    public static final String EXTENSION = ".scvbak";
    static final int FORMAT = 2;
    private static final String MANIFEST = "manifest.properties";
    private static final String DATA = "data.json";
    /** With a password: the data file deflated, then encrypted in segments. */
    private static final String DATA_ENCRYPTED = "data.json.deflate.aes";
    /** An automatic backup with the key of the clerk's password ({@link AutoBackupKey}): likewise. */
    private static final String DATA_ENCRYPTED_FOR_KEY = "data.json.deflate.key.aes";
    /** The first format's entries: the SQL script; encrypted whole, deflated or not. Read, never written. */
    private static final String SCRIPT = "data.sql";
    private static final String SCRIPT_ENCRYPTED = "data.sql.deflate.aes";
    private static final String SCRIPT_ENCRYPTED_PLAIN = "data.sql.aes";
    /** A manifest is a few hundred bytes. */
    static final int MAX_MANIFEST = 64 * 1024;
    /**
     * The most a backup's data may expand to: ten busy years of a commune are ~75 MB of data file, so this is
     * over ten times that. A larger one is refused before it fills the memory or the disk.
     */
    static final long MAX_DATA = 1L << 30;
    /** Data that expands more than this many times over what it was read from is not a backup of ours. */
    static final int MAX_RATIO = 100;
    /** The first format decrypted its script whole, in memory: ten busy years were 5 MB. */
    static final int MAX_LEGACY_ENCRYPTED = 32 * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final JsonFactory JSON = new JsonFactory();

    /** What the copy of data replaced by a restore is named after (then the time). */
    public static final String KEPT_PREFIX = "truoc-khoi-phuc-";

    private final Database db;
    private final Supplier<Optional<CommuneIdentity>> identity;
    private final Supplier<SettingsService.BackupRetention> retention;
    private final Supplier<Optional<AutoBackupKey>> autoKey;
    private final ReadScope reads;

    /**
     * @param autoKey the key automatic backups are encrypted with, when the clerk has set a password for them
     * @param reads what the account may read: a backup holds everything, which a unit's account may not read
     */
    public BackupService(Database db, Supplier<Optional<CommuneIdentity>> identity,
                         Supplier<SettingsService.BackupRetention> retention, Supplier<Optional<AutoBackupKey>> autoKey,
                         ReadScope reads) {
        this.db = db;
        this.identity = identity;
        this.retention = retention;
        this.autoKey = autoKey;
        this.reads = reads;
    }

    /**
     * Whether this PC makes automatic backups of the data: not under a unit's account, which may not read the whole
     * of it (docs/accounts.md).
     */
    public boolean makesAutomaticBackups() {
        return reads.may(ReadArea.SETTINGS);
    }

    /** "SoCongVu-Binh-Thanh-20261122-113000.scvbak". */
    public String defaultFileName(LocalDateTime at) {
        String commune = identity.get().map(CommuneIdentity::communeName).orElse("");
        String ascii = VnText.asciiName(commune);
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
        return write(fileFor(target), password, null, progress);
    }

    /**
     * Writes and checks a backup: encrypted with {@code password}, or for {@code key} (automatic backups), or not.
     * What is encrypted for a key cannot be read back without its password: such a file is checked to be, byte for
     * byte, what was written (SHA-256 of the encrypted data, the zip's checksums), its records counted as written.
     */
    private Written write(Path file, char[] password, AutoBackupKey key, Progress progress) {
        reads.require(ReadArea.SETTINGS);
        boolean withPassword = password != null && password.length > 0;
        boolean encrypted = withPassword || key != null;
        progress.update(0.02, Messages.get("backup.progress.reading"));
        record Made(BackupInfo info, byte[] sha256) {
        }
        Made made = db.readSnapshot(dsl -> {
            CommuneIdentity id = identity.get().orElse(null);
            LocalDateTime at = LocalDateTime.now().withNano(0);
            MessageDigest md = sha256();
            BackupInfo[] info = new BackupInfo[1];
            SafeFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                // The data first, then the manifest with what was counted as it was written (read by the zip's
                // directory, wherever it stands).
                zip.setLevel(encrypted ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED); // encrypted: deflated before
                zip.putNextEntry(new ZipEntry(withPassword ? DATA_ENCRYPTED : key != null ? DATA_ENCRYPTED_FOR_KEY : DATA));
                OutputStream entry = new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the zip goes on: its entry is closed below
                    }
                };
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                OutputStream sealed = key != null ? new DigestOutputStream(entry, md) : entry;
                DataExchange.Summary summary;
                try (OutputStream data = encrypted
                        ? new DeflaterOutputStream(withPassword ? BackupCrypto.encrypting(sealed, password)
                                : BackupCrypto.encryptingFor(sealed, key), deflater, 64 * 1024)
                        : sealed;
                     OutputStream hashed = key != null ? data : new DigestOutputStream(data, md)) {
                    summary = DataExchange.write(dsl, hashed, at, progress.part(0.05, 0.7),
                            Messages.get("backup.progress.writing", file.getFileName()));
                } finally {
                    deflater.end();
                }
                zip.closeEntry();
                info[0] = new BackupInfo(FORMAT, Database.LATEST_SCHEMA_VERSION, at,
                        id == null ? "" : id.communeName(), id == null ? "" : id.province(), encrypted, summary.counts());
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                OutputStreamWriter w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                manifest(info[0]).store(w, "So Cong Vu backup");
                w.flush();
                zip.closeEntry();
                zip.finish();
            });
            return new Made(info[0], md.digest());
        });
        progress.checkCancelled();
        progress.update(0.7, Messages.get("backup.progress.checking"));
        try {
            byte[] back = key != null ? readBackSealed(file) : readBack(file, made.info(), password);
            if (!Arrays.equals(made.sha256(), back)) {
                throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.unreadable", null, file);
            }
        } catch (StorageException e) {
            deleteQuietly(file); // a backup that does not read back as written is not kept
            throw e;
        }
        progress.update(1, Messages.get("backup.progress.done", file));
        return new Written(file, made.info());
    }

    /** A backup encrypted for a key, read back without its password: the encrypted data's SHA-256. */
    private static byte[] readBackSealed(Path file) {
        MessageDigest md = sha256();
        try (InputStream data = entry(Files.newInputStream(file), List.of(DATA_ENCRYPTED_FOR_KEY)).zip()) {
            new DigestInputStream(data, md).transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw translate(e, file);
        }
        return md.digest();
    }

    /**
     * A backup read back as a restore reads it (the zip's checksums; with a password, every segment's tag): the
     * SHA-256 of its data file. Equal to the one written, it holds the records counted as they were written.
     */
    private static byte[] readBack(Path file, BackupInfo info, char[] password) {
        MessageDigest md = sha256();
        try (InputStream data = new DigestInputStream(data(file, info, password).open(), md)) {
            data.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw translate(e, file);
        }
        return md.digest();
    }

    /** Reads the manifest of a backup file: whose data, when, which schema (never its records). */
    public static BackupInfo info(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(MANIFEST);
            if (e != null) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readNBytes(MAX_MANIFEST + 1);
                }
                if (bytes.length > MAX_MANIFEST) {
                    throw new StorageException(StorageException.Reason.CORRUPT, "backup.error.notABackup", null, file);
                }
                Properties p = new Properties();
                p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                if ("socongvu-backup".equals(p.getProperty("format"))) {
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
     * Reads a backup whole, as a restore would, and checks every record in a new database built in a work
     * folder under {@code dataDir} (then removed): nothing of the folder's data changes. @return what it holds,
     * its records counted
     */
    public static BackupInfo verify(Path file, char[] password, Path dataDir, Progress progress) {
        try (DataExchange.Prepared checked = prepareRestore(file, password, dataDir, progress)) {
            BackupInfo info = info(file);
            return new BackupInfo(info.formatVersion(), info.schemaVersion(), info.createdAt(), info.commune(),
                    info.province(), info.encrypted(), checked.summary().counts());
        }
    }

    /**
     * Reads and checks a backup completely and builds the database it holds in a work folder under
     * {@code dataDir}; the folder's data is not touched. Apply the result with
     * {@code applyTo(dataDir, }{@link #KEPT_PREFIX}{@code )} once the folder is closed, or close it.
     * @throws StorageException with a Vietnamese message: not a backup, newer, wrong password, damaged, not data
     */
    public static DataExchange.Prepared prepareRestore(Path file, char[] password, Path dataDir, Progress progress) {
        BackupInfo info = info(file);
        if (info.schemaVersion() > Database.LATEST_SCHEMA_VERSION || info.formatVersion() > FORMAT) {
            throw new StorageException(StorageException.Reason.NEWER_SCHEMA, "backup.error.newer", null, file);
        }
        progress.update(0.02, Messages.get("backup.progress.reading"));
        try {
            return DataExchange.prepare(data(file, info, password), dataDir, progress.part(0.02, 0.95));
        } catch (RuntimeException e) {
            throw translate(e, file);
        }
    }

    /**
     * Replaces the data of a (closed) data folder by a backup: reads and checks it whole into a new database
     * (see {@link #prepareRestore}), keeps a copy of the current data in {@code backups/}, then puts the new
     * database in its place. An older schema is brought up to date on the way.
     * @return where the copy of the replaced data was kept (null when there was none)
     */
    public static Path restore(Path file, char[] password, Path dataDir, Progress progress) {
        DataFolder.open(dataDir).close(); // a folder in use by the window is refused before the long work
        try (DataExchange.Prepared prepared = prepareRestore(file, password, dataDir, progress)) {
            progress.checkCancelled();
            progress.update(0.96, Messages.get("backup.progress.swapping"));
            Path kept = prepared.applyTo(dataDir, KEPT_PREFIX);
            progress.update(1, Messages.get("backup.progress.restored"));
            return kept;
        }
    }

    /**
     * Restores a backup into {@code target}, a database holding no record yet — a new database on a server: the
     * backup read and checked whole as for a data folder (in the target's local folder), then its records copied
     * and checked ({@link DataExchange.Prepared#copyInto}); nothing is left of the copy on a failure.
     * @throws StorageException when the target holds records (nothing is written), or as {@link #prepareRestore}
     */
    public static ServerCopy.Summary restoreInto(Path file, char[] password, Database target, Progress progress) {
        try (DataExchange.Prepared prepared = prepareRestore(file, password, target.folder().dir(),
                progress.part(0, 0.6))) {
            progress.checkCancelled();
            ServerCopy.Summary copied = prepared.copyInto(target, progress.part(0.6, 0.99));
            progress.update(1, Messages.get("backup.progress.restored"));
            return copied;
        }
    }

    /**
     * The backup's data file, to be read (and read again) as it streams out of the zip: decrypted segment by
     * segment with a password, never written anywhere. A first-format backup's script is read as data into a data
     * file held compressed in memory.
     */
    private static DataExchange.Source data(Path file, BackupInfo info, char[] password) {
        if (info.encrypted() && (password == null || password.length == 0)) {
            throw new StorageException(StorageException.Reason.FOREIGN, "backup.error.passwordNeeded", null, file);
        }
        if (info.formatVersion() < 2) {
            return legacy(file, info, password);
        }
        return source(file, sizeOf(file), () -> {
            Counting read = new Counting(Files.newInputStream(file));
            Entry e = entry(read, info.encrypted() ? List.of(DATA_ENCRYPTED, DATA_ENCRYPTED_FOR_KEY) : List.of(DATA));
            InputStream data = info.encrypted()
                    ? new InflaterInputStream(decrypting(e.zip(), e.name(), password), new Inflater(), 64 * 1024)
                    : e.zip();
            return new Bounded(data, read);
        });
    }

    private static InputStream decrypting(InputStream in, String entry, char[] password) throws IOException {
        try {
            return entry.equals(DATA_ENCRYPTED_FOR_KEY) ? BackupCrypto.decryptingWithKeyPair(in, password)
                    : BackupCrypto.decrypting(in, password);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** The first format: the script converted, as data, into a data file kept deflated in memory. */
    private static DataExchange.Source legacy(Path file, BackupInfo info, char[] password) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        Counting counted;
        try (ZipInputStream zip = new ZipInputStream(counted = new Counting(Files.newInputStream(file)))) {
            ZipEntry e = zip.getNextEntry();
            e = e == null ? null : zip.getNextEntry(); // the manifest comes first
            String name = e == null ? "" : e.getName();
            InputStream script;
            if (info.encrypted() && (name.equals(SCRIPT_ENCRYPTED) || name.equals(SCRIPT_ENCRYPTED_PLAIN))) {
                byte[] sealed = zip.readNBytes(MAX_LEGACY_ENCRYPTED + 1);
                if (sealed.length > MAX_LEGACY_ENCRYPTED) {
                    throw new TooBig();
                }
                InputStream plain = new ByteArrayInputStream(BackupCrypto.decryptWhole(sealed, password));
                script = name.equals(SCRIPT_ENCRYPTED) ? new InflaterInputStream(plain) : plain;
            } else if (!info.encrypted() && name.equals(SCRIPT)) {
                script = zip;
            } else {
                throw new IOException("no script");
            }
            try (OutputStream out = new DeflaterOutputStream(new Capped(deflated), new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
                LegacyScript.toDataFile(new InputStreamReader(new Bounded(script, counted), StandardCharsets.UTF_8),
                        out, info);
            }
        } catch (GeneralSecurityException e) {
            throw new StorageException(StorageException.Reason.FOREIGN, "backup.error.wrongPassword", e, file);
        } catch (IOException | RuntimeException e) {
            throw translate(e, file);
        }
        byte[] bytes = deflated.toByteArray();
        return source(file, bytes.length * 8L, () -> new InflaterInputStream(new ByteArrayInputStream(bytes)));
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static DataExchange.Source source(Path file, long size, Opener opener) {
        return new DataExchange.Source() {
            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public Object name() {
                return file;
            }
        };
    }

    /** A zip positioned at the start of the entry named. */
    private record Entry(ZipInputStream zip, String name) {
    }

    /**
     * The zip over {@code file}, positioned at the start of its data entry, one of {@code names}: the first entry,
     * or the second after the manifest (the first format wrote the manifest first).
     */
    private static Entry entry(InputStream file, List<String> names) throws IOException {
        ZipInputStream zip = new ZipInputStream(file);
        try {
            ZipEntry e = zip.getNextEntry();
            if (e != null && e.getName().equals(MANIFEST)) {
                e = zip.getNextEntry();
            }
            if (e == null || !names.contains(e.getName())) {
                throw new IOException("no " + names + " in the backup");
            }
            return new Entry(zip, e.getName());
        } catch (IOException | RuntimeException ex) {
            zip.close();
            throw ex;
        }
    }

    /** The Vietnamese message for what went wrong reading a backup, whichever layer saw it first. */
    private static StorageException translate(Throwable e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StorageException se && t == e && !(se.getCause() instanceof IOException)) {
                return se;
            }
            if (t instanceof LegacyScript.NotData) {
                return new StorageException(StorageException.Reason.CORRUPT, "backup.error.notData", e, file);
            }
            if (t instanceof TooBig) {
                return new StorageException(StorageException.Reason.CORRUPT, "backup.error.tooBig", e, file);
            }
            if (BackupCrypto.failedCheck(t)) {
                return new StorageException(StorageException.Reason.FOREIGN, "backup.error.wrongPassword", e, file);
            }
            if (t instanceof Progress.CancelledException ce) {
                throw ce;
            }
        }
        if (e instanceof ImportRefusedException refused) {
            return new StorageException(StorageException.Reason.CORRUPT, "backup.error.invalid", e, file,
                    refused.problems().stream().limit(5).map(p -> "\n• " + p.text()).reduce("", String::concat));
        }
        if (e instanceof StorageException se) {
            return se;
        }
        return new StorageException(StorageException.Reason.CORRUPT, "backup.error.unreadable", e, file);
    }

    /** More data than a backup of ours can hold, or expanding more than ours can. */
    private static final class TooBig extends IOException {
        TooBig() {
            super("over the limits of a backup");
        }
    }

    /** Counts the bytes read from the file's side, for {@link Bounded}'s ratio. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * The data as it expands: refused ({@link TooBig}) past {@link #MAX_DATA}, or once past 16 MiB when it is more
     * than {@link #MAX_RATIO} times what was read of the file.
     */
    private static final class Bounded extends FilterInputStream {
        private final Counting source;
        private long count;

        Bounded(InputStream in, Counting source) {
            super(in);
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                grew(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                grew(n);
            }
            return n;
        }

        private void grew(int n) throws TooBig {
            count += n;
            if (count > MAX_DATA || (count > 16L << 20 && count > MAX_RATIO * Math.max(1, source.count))) {
                throw new TooBig();
            }
        }
    }

    /** Holds the first format's converted data in memory, refusing more than a backup of ours can hold. */
    private static final class Capped extends FilterOutputStream {
        private long count;

        Capped(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > MAX_LEGACY_ENCRYPTED * 2L) {
                throw new TooBig();
            }
            out.write(b, off, len);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** The manifest: what a backup is, readable without its password; its records per table only when not encrypted. */
    private static Properties manifest(BackupInfo i) {
        Properties p = new Properties();
        p.setProperty("format", "socongvu-backup");
        p.setProperty("formatVersion", Integer.toString(i.formatVersion()));
        p.setProperty("schemaVersion", Integer.toString(i.schemaVersion()));
        p.setProperty("createdAt", i.createdAt().toString());
        p.setProperty("commune", i.commune());
        p.setProperty("province", i.province());
        p.setProperty("encrypted", Boolean.toString(i.encrypted()));
        if (!i.encrypted()) {
            i.counts().forEach((t, n) -> p.setProperty("count." + t, Long.toString(n)));
        }
        return p;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover file is harmless; the next start cleans it
            }
        }
    }

    // ---- automatic backups ----

    /** Where automatic backups go. */
    public Path autoFolder() {
        return db.folder().dir().resolve("backups").resolve("tu-dong");
    }

    /**
     * An automatic backup (on exit, daily), then the older ones thinned out. Its name carries its place in the
     * order of making ({@code socongvu-000042-20261203-101500.scvbak}), so that a PC clock set back never makes a
     * new backup look like the oldest. @return the new file
     */
    public Path autoBackup() {
        Path dir = autoFolder();
        long next = autoBackups().stream().mapToLong(AutoBackup::order).max().orElse(0) + 1;
        Path file = dir.resolve(String.format("socongvu-%06d-%s%s", next, STAMP.format(LocalDateTime.now()), EXTENSION));
        write(file, null, autoKey.get().orElse(null), Progress.NONE);
        var keep = retention.get();
        rotate(keep.days(), keep.months());
        return file;
    }

    /**
     * A new key for automatic backups, sealed with {@code password} (typed twice, at least 6 characters, as for
     * a backup with a password). Keep its {@link AutoBackupKey#text()} in the settings.
     * @throws ValidationException at the fields autoPassword, autoPasswordAgain
     */
    public static AutoBackupKey newAutoKey(char[] password, char[] again) {
        new Validator()
                .check(password != null && password.length >= 6, "autoPassword", "backup.ui.passwordShort")
                .check(Arrays.equals(password, again), "autoPasswordAgain", "backup.ui.passwordsDiffer")
                .throwIfAny();
        return AutoBackupKey.create(password);
    }

    /** Whether automatic backups are encrypted now. */
    public boolean autoBackupsEncrypted() {
        return autoKey.get().isPresent();
    }

    /** When the last automatic backup was made (by the PC's clock then), if any. */
    public Optional<LocalDateTime> lastAutoBackup() {
        return autoBackups().stream().max(AutoBackup.MAKING).map(AutoBackup::madeAt);
    }

    /**
     * Whether today's automatic backup is still to be made: none was made on today's date. A last backup dated
     * after now (the clock was set back) does not stop it.
     */
    public boolean dailyBackupDue(LocalDateTime now) {
        return makesAutomaticBackups() && lastAutoBackup().map(t -> !t.toLocalDate().equals(now.toLocalDate())).orElse(true);
    }

    /**
     * An automatic backup: its place in the order of making (0 for those named before the order was written,
     * which are older than any numbered one) and the time in its name.
     */
    record AutoBackup(long order, LocalDateTime madeAt, Path file) {
        static final Comparator<AutoBackup> MAKING = Comparator.comparingLong(AutoBackup::order)
                .thenComparing(AutoBackup::madeAt);

        /** The backup a file name describes, or null for a file that is not an automatic backup. */
        static AutoBackup of(Path file) {
            String n = file.getFileName().toString();
            if (!n.startsWith("socongvu-") || !n.endsWith(EXTENSION)) {
                return null;
            }
            String core = n.substring(9, n.length() - EXTENSION.length());
            try {
                int dash = core.indexOf('-');
                if (core.length() == 22 && dash == 6) {
                    return new AutoBackup(Long.parseLong(core.substring(0, 6)),
                            LocalDateTime.parse(core.substring(7), STAMP), file);
                }
                return new AutoBackup(0, LocalDateTime.parse(core, STAMP), file);
            } catch (RuntimeException e) {
                return null; // not one of ours: left alone
            }
        }
    }

    private List<AutoBackup> autoBackups() {
        List<AutoBackup> all = new ArrayList<>();
        Path dir = autoFolder();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (var files = Files.list(dir)) {
            files.map(AutoBackup::of).filter(Objects::nonNull).forEach(all::add);
        } catch (IOException ignored) {
            // no listing: nothing to rotate
        }
        return all;
    }

    /** Keeps the newest backup of each of the last {@code days} days and of each of the last {@code months} months. */
    void rotate(int days, int months) {
        for (AutoBackup b : toDelete(autoBackups(), days, months)) {
            deleteQuietly(b.file());
        }
    }

    /**
     * Pure: which backups to drop so that, in the order they were made, the last of each of the last {@code days}
     * days and {@code months} months remain, and always the last one made. Days are those their names carry.
     */
    static Set<AutoBackup> toDelete(Collection<AutoBackup> backups, int days, int months) {
        List<AutoBackup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(AutoBackup.MAKING.reversed());
        Map<LocalDate, AutoBackup> perDay = new LinkedHashMap<>();
        Map<YearMonth, AutoBackup> perMonth = new LinkedHashMap<>();
        for (AutoBackup b : newestFirst) {
            perDay.putIfAbsent(b.madeAt().toLocalDate(), b);
            perMonth.putIfAbsent(YearMonth.from(b.madeAt()), b);
        }
        Set<AutoBackup> keep = new HashSet<>();
        newestFirst.stream().limit(1).forEach(keep::add);
        perDay.values().stream().limit(days).forEach(keep::add);
        perMonth.values().stream().limit(months).forEach(keep::add);
        Set<AutoBackup> drop = new HashSet<>(backups);
        drop.removeAll(keep);
        return drop;
    }
}
