package vn.socongvu.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.socongvu.account.AccountService;
import vn.socongvu.account.CurrentUser;
import vn.socongvu.account.LoginRoles;
import vn.socongvu.account.Permissions;
import vn.socongvu.account.ReadRules;
import vn.socongvu.account.Session;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ChangeFeed;
import vn.socongvu.backup.AutoBackupKey;
import vn.socongvu.backup.BackupService;
import vn.socongvu.demo.DemoGenerator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.exchange.DataExchange;
import vn.socongvu.inspection.InspectionService;
import vn.socongvu.log.AppLog;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingService;
import vn.socongvu.plan.PlanService;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.registerbook.RegisterBookService;
import vn.socongvu.report.ReportService;
import vn.socongvu.search.SearchService;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.staffimport.DirectoryImport;
import vn.socongvu.storage.DataFolder;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.Engine;
import vn.socongvu.storage.ServerAddress;
import vn.socongvu.task.TaskService;
import vn.socongvu.trash.Trash;

/** Everything the app, the command line and the tests need, over one open data folder. */
public final class Services implements AutoCloseable {
    private final Database db;
    private final AuditLog audit;
    /** Other clients' changes on a server database, listened to from the first {@link #changes()} on. */
    private ChangeFeed changes;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final DocumentRegister register;
    private final TaskService tasks;
    private final PlanService plans;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final ReportService reports;
    private final MeetingPapers meetingPapers;
    private final RegisterBookService registerBook;
    private final Trash trash;
    private final EvaluationService evaluation;
    private final Session session;
    private final AccountService accounts;

    public Services(Database db) {
        this(db, LocalDate::now);
    }

    /** @param today the date the app judges task states on (tests fix it) */
    public Services(Database db, Supplier<LocalDate> today) {
        this.db = db;
        // One PC: the operating-system user, acting as văn thư. A server: the account of the login connected, refused
        // (AccessDenied, saying what to do) for a login with no account.
        this.session = new Session(CurrentUser.local(db.sessionUser()));
        this.audit = new AuditLog(() -> session.current().login(), new Permissions(session::current),
                new ReadRules(session::current));
        boolean server = db.engine() == Engine.POSTGRESQL;
        this.accounts = new AccountService(db, audit, server ? LoginRoles.POSTGRESQL : LoginRoles.NONE, session);
        if (server) {
            accounts.signIn(db.sessionUser());
            db.onRefused(() -> Permissions.refusal(session.current()));
        }
        this.trash = new Trash(db, audit);
        this.directory = new DirectoryService(db, audit);
        this.settings = new SettingsService(db, audit, directory);
        this.register = new DocumentRegister(db, audit);
        this.tasks = new TaskService(db, audit, directory, settings, today, trash);
        this.plans = new PlanService(db, audit, register, tasks, settings, directory, trash);
        this.meetings = new MeetingService(db, audit, directory, settings, register, tasks, trash);
        this.inspections = new InspectionService(db, audit, directory, settings, register, tasks, trash);
        this.reports = new ReportService(db, audit, settings, register, directory, tasks, plans, meetings, inspections);
        this.meetingPapers = new MeetingPapers(db, audit, directory, settings, register, meetings);
        this.registerBook = new RegisterBookService(db, register, settings, plans, reports, meetings, meetingPapers,
                inspections, audit.reads());
        this.evaluation = new EvaluationService(db, audit, today);
    }

    /** Locks the data folder and opens (creating, migrating) its database. */
    public static Services open(Path dataDir) {
        return open(dataDir, LocalDate::now);
    }

    public static Services open(Path dataDir, Supplier<LocalDate> today) {
        return open(dataDir, today, Database::open);
    }

    private static Services open(Path dataDir, Supplier<LocalDate> today,
                                 Function<DataFolder, Database> opener) {
        DataFolder folder = DataFolder.open(dataDir);
        // The folder is ours and locked: the log goes into it from now on (README, "The log").
        AppLog.folderOpened(folder.dir());
        Database db;
        try {
            db = opener.apply(folder);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
        try {
            return new Services(db, today);
        } catch (RuntimeException e) {
            db.close(); // a server login refused (no account): the connections and the folder let go
            throw e;
        }
    }

    /**
     * Opens a database on a PostgreSQL server (migrating it), with its local folder on this PC for the lock, the log
     * and automatic backups: {@code may-chu/<address.folderName()>} under the default data folder (issue 35,
     * decision 4).
     */
    public static Services openServer(ServerAddress address, char[] password) {
        return openServer(address, password, LocalDate::now);
    }

    public static Services openServer(ServerAddress address, char[] password, Supplier<LocalDate> today) {
        return openServer(serverFolder(address), address, password, today);
    }

    /** The server database with its local folder in {@code localDir} (tests; a folder chosen on the command line). */
    public static Services openServer(Path localDir, ServerAddress address, char[] password,
                                      Supplier<LocalDate> today) {
        return open(localDir, today, folder -> Database.openServer(folder, address, password));
    }

    /** The local folder of a server database on this PC (decision 4 of issue 35): it never holds an H2 file. */
    public static Path serverFolder(ServerAddress address) {
        return DataFolder.defaultLocation().resolve("may-chu").resolve(address.folderName());
    }

    /**
     * For a command that only reads the data (a backup, a data file): the database opened read-only, nothing ever
     * written to it ({@link Database#openForReading}).
     */
    public static Services openForReading(Path dataDir) {
        return open(dataDir, LocalDate::now, Database::openForReading);
    }

    public Database db() {
        return db;
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * The changes other clients of the same server database make, as they commit (one listening connection, opened
     * on the first call, closed with the data); on H2 a feed that delivers nothing.
     */
    public synchronized ChangeFeed changes() {
        if (changes == null) {
            changes = ChangeFeed.listen(db, audit);
        }
        return changes;
    }

    public DirectoryService directory() {
        return directory;
    }

    public SettingsService settings() {
        return settings;
    }

    public TaskService tasks() {
        return tasks;
    }

    public PlanService plans() {
        return plans;
    }

    public InspectionService inspections() {
        return inspections;
    }

    public ReportService reports() {
        return reports;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public BackupService backups() {
        return new BackupService(db, settings::identity, settings::backupRetention, () -> settings.autoBackupKey().map(AutoBackupKey::parse),
                audit.reads());
    }

    /**
     * Whether this client makes the automatic backups of its data (daily, at exit, on leaving it): always on this PC's
     * own data folder; on a server database only when a văn thư is signed in. The server's data is the office's
     * one: the clerk's PC keeps its copies, and a leader's or a unit's PC neither reads the whole database every day
     * nor keeps every unit's records on its disk (docs/server.md, backups); and never under an account that may not
     * read the whole data ({@link BackupService#makesAutomaticBackups}).
     */
    public boolean makesAutoBackups() {
        return (db.server().isEmpty() || accounts.current().editsEverything()) && backups().makesAutomaticBackups();
    }

    public DataExchange exchange() {
        return new DataExchange(db, audit.reads());
    }

    public Trash trash() {
        return trash;
    }

    /** The evaluation of civil servants (Nghị định 335/2025). */
    public EvaluationService evaluation() {
        return evaluation;
    }

    /** The accounts of a shared database, and who is working ({@link AccountService#current()}). */
    public AccountService accounts() {
        return accounts;
    }

    public DocumentRegister register() {
        return register;
    }

    /** The invitation, the notice of conclusions and the weekly schedule, numbered in the register. */
    public MeetingPapers meetingPapers() {
        return meetingPapers;
    }

    /** The register printed as its book (Sổ đăng ký văn bản đi). */
    public RegisterBookService registerBook() {
        return registerBook;
    }

    /** The one search across the sections (the window's header). */
    public SearchService search() {
        return new SearchService(db, directory, audit.reads());
    }

    /** Units and staff from the Excel template or a data file. */
    public DirectoryImport directoryImport() {
        return new DirectoryImport(db, directory);
    }

    public PlanImporter planImporter() {
        return new PlanImporter(db, directory, plans, tasks, settings, register);
    }

    public DemoGenerator demo() {
        return new DemoGenerator(db, directory, settings, plans, tasks, meetings, inspections, reports(),
                evaluation);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (changes != null) {
                changes.close();
            }
        }
        db.close();
    }
}
