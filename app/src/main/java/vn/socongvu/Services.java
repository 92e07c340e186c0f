package vn.socongvu;

import java.nio.file.Path;

import vn.socongvu.audit.AuditLog;
import vn.socongvu.demo.DemoGenerator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;

/** Everything the app, the command line and the tests need, over one open data folder. */
public final class Services implements AutoCloseable {
    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;

    public Services(Database db) {
        this.db = db;
        this.audit = new AuditLog();
        this.directory = new DirectoryService(db, audit);
        this.settings = new SettingsService(db, audit, directory);
        this.register = new DocumentRegister(db, audit);
    }

    /** Locks the data folder and opens (creating, migrating) its database. */
    public static Services open(Path dataDir) {
        DataFolder folder = DataFolder.open(dataDir);
        try {
            return new Services(Database.open(folder));
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    public Database db() {
        return db;
    }

    public AuditLog audit() {
        return audit;
    }

    public DirectoryService directory() {
        return directory;
    }

    public SettingsService settings() {
        return settings;
    }

    public DocumentRegister register() {
        return register;
    }

    public DemoGenerator demo() {
        return new DemoGenerator(db, directory, settings);
    }

    @Override
    public void close() {
        db.close();
    }
}
