package vn.socongvu.settings;

import static vn.socongvu.storage.jooq.Tables.COMMUNE;
import static vn.socongvu.storage.jooq.Tables.HOLIDAY;
import static vn.socongvu.storage.jooq.Tables.SIGNER;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.backup.AutoBackupKey;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.TypicalUnits;
import vn.socongvu.directory.Unit;
import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.Database;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/** The commune's identity, signers, holiday table and report deadlines (Cài đặt). */
public final class SettingsService {
    public static final String COMMUNE_ENTITY = "commune";
    public static final String SIGNER_ENTITY = "signer";
    public static final String HOLIDAY_ENTITY = "holiday";
    public static final String SETTING_ENTITY = "setting";
    private static final RecordMerge<CommuneIdentity> IDENTITY_MERGE = RecordMerge.of(CommuneIdentity.class)
            .field("settings.field.communeName", "communeName")
            .field("settings.field.province", "province")
            .field("settings.field.superiorBody", "superiorBody")
            .field("settings.field.issuingBody", "issuingBody")
            .field("settings.field.placeName", "placeName");
    private static final String REMINDER_DAYS = "reminder_days";
    private static final String BACKUP_KEEP_DAYS = "backup_keep_days";
    private static final String BACKUP_KEEP_MONTHS = "backup_keep_months";
    private static final String BACKUP_AUTO_KEY = "backup_auto_key";
    /** Set in the demo commune's data: the window offers to leave it for the real commune's. */
    private static final String DEMO_COMMUNE = "demo_commune";

    /** How many automatic backups are kept: the newest of each of the last {@code days} days and {@code months} months. */
    public record BackupRetention(int days, int months) {
        public static final BackupRetention DEFAULTS = new BackupRetention(7, 12);
    }

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final SettingsRepository repo = new SettingsRepository();

    public SettingsService(Database db, AuditLog audit, DirectoryService directory) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
    }

    public boolean isSetUp() {
        return repo.isSetUp(db.dsl());
    }

    public Optional<CommuneIdentity> identity() {
        return repo.identity(db.dsl());
    }

    /** The identity the setup derives: "UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH". */
    public static CommuneIdentity deriveIdentity(String communeName, String province, String placeName) {
        String name = VnText.clean(communeName);
        String prov = VnText.clean(province);
        String place = VnText.clean(placeName);
        return new CommuneIdentity(name, prov,
                prov == null ? "" : Messages.get("setup.default.superiorBody", VnText.upper(prov)),
                Messages.get("setup.default.issuingBody", VnText.upper(name == null ? "" : name)),
                place == null ? name : place);
    }

    /**
     * First start, in one transaction: the identity, the signers, the leadership unit with the chairman and
     * vice-chairmen as its people, and (if asked) the typical units.
     */
    public void setUp(CommuneSetup s) {
        CommuneIdentity id = deriveIdentity(s.communeName(), s.province(), s.placeName());
        String chairman = VnText.clean(s.chairman());
        Validator v = new Validator()
                .required("communeName", id.communeName(), "setup.error.communeRequired")
                .maxLength("communeName", id.communeName(), 100)
                .required("province", id.province(), "setup.error.provinceRequired")
                .maxLength("province", id.province(), 100)
                .required("chairman", chairman, "setup.error.chairmanRequired")
                .maxLength("chairman", chairman, 120);
        v.throwIfAny();
        db.txRun(tx -> {
            if (repo.isSetUp(tx)) {
                throw ValidationException.of("communeName", "setup.error.alreadySetUp");
            }
            insertIdentity(tx, id);
            // The leaders sign the documents and are also people of the commune (they chair its meetings, lead
            // its inspection teams): each a signer and a person of the leadership unit, under the same name.
            // A folder whose directory came in before the setup (a data file, the Excel template) may have them.
            Unit leaders = directory.unitNamed(TypicalUnits.leadership().name())
                    .orElseGet(() -> directory.saveUnit(TypicalUnits.leadership()));
            if (!leaders.active()) {
                directory.reactivateUnit(leaders.id());
            }
            long leadership = leaders.id();
            int order = 0;
            insertSigner(tx, new Signer.Draft(null, chairman, Messages.get("signer.default.chairman"),
                    SignAuthority.TM, order++));
            addLeader(chairman, leadership, true);
            for (String vice : s.viceChairmen()) {
                String name = VnText.clean(vice);
                if (name != null) {
                    insertSigner(tx, new Signer.Draft(null, name, Messages.get("signer.default.viceChairman"),
                            SignAuthority.KT, order++));
                    addLeader(name, leadership, false);
                }
            }
            if (s.addTypicalUnits()) {
                for (Unit.Draft u : TypicalUnits.drafts()) {
                    if (directory.unitNamed(u.name()).isEmpty()) {
                        directory.saveUnit(u);
                    }
                }
            }
        });
    }

    /** The chairman or a vice-chairman as a person of the leadership unit, unless already there under that name. */
    private void addLeader(String name, long leadership, boolean chairman) {
        String key = VnText.fold(name);
        boolean there = directory.staff().stream()
                .anyMatch(p -> p.unitId() == leadership && VnText.fold(p.fullName()).equals(key));
        if (!there) {
            directory.saveStaff(TypicalUnits.leader(name, leadership, chairman));
        }
    }

    private void insertIdentity(DSLContext tx, CommuneIdentity id) {
        repo.insertIdentity(tx, id);
        audit.recordChanges(tx, COMMUNE_ENTITY, null, AuditAction.CREATE, Map.of(), id.auditFields());
    }

    /** The commune identity's newest audit id, taken by the form before it reads the identity. */
    public long identityMark() {
        return audit.mark(db.dsl(), COMMUNE_ENTITY, null);
    }

    /** The identity merged field by field after an edit conflict (see {@code RecordMerge}). */
    public static CommuneIdentity mergeIdentity(CommuneIdentity loaded, CommuneIdentity theirs, CommuneIdentity mine,
                                                Set<String> keepMine) {
        return IDENTITY_MERGE.merge(loaded, theirs, mine, keepMine);
    }

    public CommuneIdentity saveIdentity(CommuneIdentity input) {
        return saveIdentity(input, null);
    }

    /**
     * Saves the identity the form loaded at {@code mark} (null: unchecked). @throws
     * vn.socongvu.audit.EditConflictException when someone changed it since
     */
    public CommuneIdentity saveIdentity(CommuneIdentity input, Long mark) {
        String issuing = input.issuingBody() == null ? null
                : input.issuingBody().lines().map(VnText::clean).filter(l -> l != null)
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        CommuneIdentity id = new CommuneIdentity(VnText.clean(input.communeName()), VnText.clean(input.province()),
                VnText.clean(input.superiorBody()) == null ? "" : VnText.clean(input.superiorBody()),
                issuing, VnText.clean(input.placeName()));
        new Validator()
                .required("communeName", id.communeName(), "setup.error.communeRequired")
                .maxLength("communeName", id.communeName(), 100)
                .required("province", id.province(), "setup.error.provinceRequired")
                .maxLength("superiorBody", id.superiorBody(), 200)
                .required("issuingBody", id.issuingBody(), "settings.error.issuingBodyRequired")
                .maxLength("issuingBody", id.issuingBody(), 200)
                .required("placeName", id.placeName(), "settings.error.placeNameRequired")
                .maxLength("placeName", id.placeName(), 100)
                .throwIfAny();
        db.txRun(tx -> {
            CommuneIdentity before = identity().orElseThrow(() ->
                    ValidationException.of("communeName", "settings.error.notSetUp"));
            audit.check(tx, COMMUNE.ID, 1, COMMUNE_ENTITY, null, mark);
            repo.updateIdentity(tx, id);
            audit.recordChanges(tx, COMMUNE_ENTITY, null, AuditAction.UPDATE, before.auditFields(), id.auditFields());
        });
        return id;
    }

    // ---- signers ----

    public List<Signer> signers() {
        return repo.signers(db.dsl());
    }

    public Signer saveSigner(Signer.Draft input) {
        Signer.Draft d = new Signer.Draft(input.id(), VnText.clean(input.fullName()),
                VnText.upper(VnText.clean(input.title())), input.authority(), input.sortOrder());
        new Validator()
                .required("fullName", d.fullName(), "signer.error.nameRequired")
                .maxLength("fullName", d.fullName(), 120)
                .required("title", d.title(), "signer.error.titleRequired")
                .maxLength("title", d.title(), 120)
                .required("authority", d.authority(), "signer.error.authorityRequired")
                .throwIfAny();
        return db.tx(tx -> {
            if (d.id() == null) {
                long id = insertSigner(tx, d);
                return signer(tx, id);
            }
            AuditLog.lock(tx, SIGNER.ID, d.id()); // then read: the history's "before" is what this save replaces
            Signer before = signer(tx, d.id());
            repo.updateSigner(tx, d);
            Signer after = signer(tx, d.id());
            audit.recordChanges(tx, SIGNER_ENTITY, d.id(), AuditAction.UPDATE, before.auditFields(), after.auditFields());
            return after;
        });
    }

    private long insertSigner(DSLContext tx, Signer.Draft d) {
        long id = repo.insertSigner(tx, d);
        audit.recordChanges(tx, SIGNER_ENTITY, id, AuditAction.CREATE, Map.of(), signer(tx, id).auditFields());
        return id;
    }

    public void setSignerActive(long id, boolean active) {
        db.txRun(tx -> {
            AuditLog.lock(tx, SIGNER.ID, id);
            Signer s = signer(tx, id);
            if (s.active() != active) {
                repo.setSignerActive(tx, id, active);
                audit.record(tx, SIGNER_ENTITY, id, active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE);
            }
        });
    }

    private Signer signer(DSLContext tx, long id) {
        return repo.signer(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
    }

    // ---- holidays ----

    public List<Holiday> holidays(int year) {
        return repo.holidays(db.dsl(), year);
    }

    /** Years that have at least one entry, plus the current one. */
    public List<Integer> holidayYears() {
        List<Integer> years = new ArrayList<>(repo.holidayYears(db.dsl()));
        int now = LocalDate.now().getYear();
        if (!years.contains(now)) {
            years.add(now);
        }
        years.sort(null);
        return years;
    }

    /** The working-day calendar over the whole holiday table. */
    public WorkCalendar calendar() {
        return new WorkCalendar(repo.allHolidays(db.dsl()));
    }

    public Holiday saveHoliday(Holiday.Draft input) {
        Holiday.Draft d = new Holiday.Draft(input.id(), input.date(), VnText.clean(input.name()), input.kind());
        Validator v = new Validator()
                .required("date", d.date(), "holiday.error.dateRequired")
                .required("name", d.name(), "holiday.error.nameRequired")
                .maxLength("name", d.name(), 200)
                .required("kind", d.kind(), "holiday.error.kindRequired");
        if (d.date() != null && d.kind() == HolidayKind.WORK && !WorkCalendar.isWeekend(d.date())) {
            v.add("kind", "holiday.error.workOnWeekday");
        }
        v.throwIfAny();
        try {
            return writeHoliday(d);
        } catch (IntegrityConstraintViolationException e) {
            // another PC entered the same day between the check and the insert: said as the check says it
            throw ValidationException.of("date", "holiday.error.duplicateDate", VnFormat.date(d.date()),
                    repo.holidayOn(db.dsl(), d.date()).map(Holiday::name).orElse(""));
        }
    }

    private Holiday writeHoliday(Holiday.Draft d) {
        return db.tx(tx -> {
            if (d.id() != null) {
                AuditLog.lock(tx, HOLIDAY.ID, d.id());
            }
            Optional<Holiday> same = repo.holidayOn(tx, d.date());
            if (same.isPresent() && (d.id() == null || same.get().id() != d.id())) {
                throw ValidationException.of("date", "holiday.error.duplicateDate", VnFormat.date(d.date()),
                        same.get().name());
            }
            if (d.id() == null) {
                long id = repo.insertHoliday(tx, d);
                Holiday created = holiday(tx, id);
                audit.recordChanges(tx, HOLIDAY_ENTITY, id, AuditAction.CREATE, Map.of(), created.auditFields());
                return created;
            }
            Holiday before = holiday(tx, d.id());
            repo.updateHoliday(tx, d);
            Holiday after = holiday(tx, d.id());
            audit.recordChanges(tx, HOLIDAY_ENTITY, d.id(), AuditAction.UPDATE, before.auditFields(), after.auditFields());
            return after;
        });
    }

    /** Removes a holiday-table entry (nothing refers to it); the audit log keeps what it was. */
    public void deleteHoliday(long id) {
        db.txRun(tx -> {
            AuditLog.lock(tx, HOLIDAY.ID, id); // removed on two PCs at once: the second is not found
            Holiday before = holiday(tx, id);
            repo.deleteHoliday(tx, id);
            audit.recordChanges(tx, HOLIDAY_ENTITY, id, AuditAction.DELETE, before.auditFields(), Map.of());
        });
    }

    private Holiday holiday(DSLContext tx, long id) {
        return repo.holiday(tx, id).orElseThrow(() -> ValidationException.of("id", "validation.notFound"));
    }

    // ---- report deadlines and other settings ----

    public ReportDeadlines deadlines() {
        return ReportDeadlines.fromSettings(settings(db.dsl()));
    }

    public ReportDeadlines saveDeadlines(ReportDeadlines d) {
        Validator v = new Validator();
        dayOfMonth(v, "windowStartDay", d.windowStartDay());
        dayOfMonth(v, "windowEndDay", d.windowEndDay());
        dayOfMonth(v, "unitDueDay", d.unitDueDay());
        dayOfMonth(v, "communeDueDay", d.communeDueDay());
        v.required("annualUnitDue", d.annualUnitDue(), "settings.error.monthDay")
                .required("annualCommuneDue", d.annualCommuneDue(), "settings.error.monthDay");
        if (!v.has("unitDueDay") && !v.has("communeDueDay") && d.unitDueDay() > d.communeDueDay()) {
            v.add("unitDueDay", "settings.error.unitAfterCommune");
        }
        MonthDay au = d.annualUnitDue();
        MonthDay ac = d.annualCommuneDue();
        if (au != null && ac != null && au.isAfter(ac)) {
            v.add("annualUnitDue", "settings.error.unitAfterCommune");
        }
        v.throwIfAny();
        db.txRun(tx -> {
            Map<String, String> before = settings(tx);
            Map<String, String> after = d.asSettings();
            Map<String, String> beforeSubset = new HashMap<>();
            after.keySet().forEach(k -> beforeSubset.put(k, before.get(k)));
            after.forEach((k, val) -> put(tx, k, val));
            audit.recordChanges(tx, SETTING_ENTITY, null, AuditAction.UPDATE,
                    labelled(beforeSubset), labelled(after));
        });
        return d;
    }

    /** Audit rows name settings by their form label keys. */
    private static Map<String, String> labelled(Map<String, String> settings) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("settings.deadline.windowStartDay", settings.get("report_window_start_day"));
        m.put("settings.deadline.windowEndDay", settings.get("report_window_end_day"));
        m.put("settings.deadline.unitDueDay", settings.get("report_unit_due_day"));
        m.put("settings.deadline.communeDueDay", settings.get("report_commune_due_day"));
        m.put("settings.deadline.annualUnitDue", settings.get("report_annual_unit_due"));
        m.put("settings.deadline.annualCommuneDue", settings.get("report_annual_commune_due"));
        return m;
    }

    private static void dayOfMonth(Validator v, String field, int day) {
        v.check(day >= 1 && day <= ReportDeadlines.LAST_DAY, field, "settings.error.dayOfMonth");
    }

    private Map<String, String> settings(DSLContext dsl) {
        return repo.settings(dsl);
    }

    private void put(DSLContext tx, String key, String value) {
        repo.put(tx, key, value);
    }

    /** How many days ahead the reminders look (Tổng quan, start-up). */
    public int reminderDays() {
        String v = settings(db.dsl()).get(REMINDER_DAYS);
        try {
            return v == null ? 7 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 7;
        }
    }

    public void saveReminderDays(Integer days) {
        new Validator().required("reminderDays", days, "settings.error.reminderDays")
                .check(days == null || (days >= 1 && days <= 90), "reminderDays", "settings.error.reminderDays")
                .throwIfAny();
        db.txRun(tx -> {
            int before = reminderDays();
            put(tx, REMINDER_DAYS, Integer.toString(days));
            audit.recordChanges(tx, SETTING_ENTITY, null, AuditAction.UPDATE,
                    Map.of("settings.reminderDays", Integer.toString(before)),
                    Map.of("settings.reminderDays", Integer.toString(days)));
        });
    }

    public BackupRetention backupRetention() {
        Map<String, String> m = settings(db.dsl());
        try {
            return new BackupRetention(
                    Integer.parseInt(m.getOrDefault(BACKUP_KEEP_DAYS, Integer.toString(BackupRetention.DEFAULTS.days()))),
                    Integer.parseInt(m.getOrDefault(BACKUP_KEEP_MONTHS,
                            Integer.toString(BackupRetention.DEFAULTS.months()))));
        } catch (NumberFormatException e) {
            return BackupRetention.DEFAULTS;
        }
    }

    public BackupRetention saveBackupRetention(Integer days, Integer months) {
        new Validator()
                .required("keepDays", days, "settings.error.keepDays")
                .check(days == null || (days >= 1 && days <= 60), "keepDays", "settings.error.keepDays")
                .required("keepMonths", months, "settings.error.keepMonths")
                .check(months == null || (months >= 0 && months <= 120), "keepMonths", "settings.error.keepMonths")
                .throwIfAny();
        db.txRun(tx -> {
            BackupRetention before = backupRetention();
            put(tx, BACKUP_KEEP_DAYS, Integer.toString(days));
            put(tx, BACKUP_KEEP_MONTHS, Integer.toString(months));
            Map<String, String> b = new LinkedHashMap<>();
            b.put("backup.ui.keepDays", Integer.toString(before.days()));
            b.put("backup.ui.keepMonths", Integer.toString(before.months()));
            Map<String, String> a = new LinkedHashMap<>();
            a.put("backup.ui.keepDays", Integer.toString(days));
            a.put("backup.ui.keepMonths", Integer.toString(months));
            audit.recordChanges(tx, SETTING_ENTITY, null, AuditAction.UPDATE, b, a);
        });
        return new BackupRetention(days, months);
    }

    /** The key automatic backups are encrypted with (its text), when the clerk has set their password. */
    public Optional<String> autoBackupKey() {
        return Optional.ofNullable(settings(db.dsl()).get(BACKUP_AUTO_KEY));
    }

    /**
     * Keeps the key automatic backups are encrypted with from now on ({@link AutoBackupKey}'s
     * text: a public key and the private one sealed with the clerk's password), or none: unencrypted from now on.
     * Backups made before keep their own protection.
     */
    public void saveAutoBackupKey(String keyText) {
        db.txRun(tx -> {
            boolean before = autoBackupKey().isPresent();
            if (keyText == null) {
                repo.remove(tx, BACKUP_AUTO_KEY);
            } else {
                put(tx, BACKUP_AUTO_KEY, keyText);
            }
            audit.recordChanges(tx, SETTING_ENTITY, null, AuditAction.UPDATE,
                    Map.of("backup.ui.autoEncrypted", Messages.get(before ? "backup.ui.autoEncrypted.yes" : "backup.ui.autoEncrypted.no")),
                    Map.of("backup.ui.autoEncrypted", Messages.get(keyText == null ? "backup.ui.autoEncrypted.no"
                            : "backup.ui.autoEncrypted.newPassword")));
        });
    }

    /** True in the demo commune's data (made by the demo generator). */
    public boolean isDemo() {
        return "true".equals(settings(db.dsl()).get(DEMO_COMMUNE));
    }

    /** Marks this data as the demo commune's (the demo generator, in its own transaction). */
    public void markAsDemo() {
        db.txRun(tx -> {
            put(tx, DEMO_COMMUNE, "true");
            audit.recordChanges(tx, SETTING_ENTITY, null, AuditAction.UPDATE, Map.of(),
                    Map.of("settings.demoCommune", Messages.get("settings.demoCommune.yes")));
        });
    }

    /** A setting's history: Cài đặt's, which a unit's account does not read. */
    public List<AuditEntry> history(String entity, Long id) {
        audit.reads().require(ReadArea.SETTINGS);
        return audit.history(db.dsl(), entity, id);
    }
}
