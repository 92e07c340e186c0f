package vn.socongvu.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.exception.IntegrityConstraintViolationException;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditEntry;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.audit.RecordMerge;
import vn.socongvu.common.ValidationException;
import vn.socongvu.common.Validator;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.jooq.Tables;
import vn.socongvu.text.VnText;

/**
 * The directory of units and staff: validation, one transaction per write, an audit row for each
 * changed field. Units and staff are never deleted, only deactivated, since records refer to them.
 */
public final class DirectoryService {
    public static final String UNIT = "unit";
    public static final String STAFF = "staff";
    /** The unit form's fields as the audit names them, for merging an edit conflict field by field. */
    public static final RecordMerge<Unit.Draft> UNIT_MERGE = RecordMerge.of(Unit.Draft.class)
            .field("unit.field.name", "name")
            .field("unit.field.shortName", "shortName")
            .field("unit.field.kind", "kind")
            .field("unit.field.phone", "phone")
            .field("unit.field.note", "note");
    /** The staff form's fields as the audit names them, for merging an edit conflict field by field. */
    public static final RecordMerge<Staff.Draft> STAFF_MERGE = RecordMerge.of(Staff.Draft.class)
            .field("staff.field.fullName", "fullName")
            .field("staff.field.unit", "unitId")
            .field("staff.field.jobTitle", "jobTitle")
            .field("staff.field.category", "category")
            .field("staff.field.leader", "leader")
            .field("staff.field.phone", "phone")
            .field("staff.field.email", "email");

    private final Database db;
    private final AuditLog audit;
    private final DirectoryRepository repo = new DirectoryRepository();

    public DirectoryService(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Unit> units() {
        return repo.units(db.dsl());
    }

    public List<Unit> activeUnits() {
        return repo.units(db.dsl()).stream().filter(Unit::active).toList();
    }

    public Optional<Unit> unit(long id) {
        return repo.unit(db.dsl(), id);
    }

    /** The unit of this name (whatever its case and accents), active or not. */
    public Optional<Unit> unitNamed(String name) {
        String clean = VnText.clean(name);
        return clean == null ? Optional.empty() : repo.unitByKey(db.dsl(), VnText.fold(clean));
    }

    public List<Staff> staff() {
        return repo.staff(db.dsl());
    }

    public Optional<Staff> staff(long id) {
        return repo.staff(db.dsl(), id);
    }

    /** The record's newest audit id ({@link #UNIT} or {@link #STAFF}), taken by a form before it reads it. */
    public long mark(String entity, long id) {
        return audit.mark(db.dsl(), entity, id);
    }

    /** A unit as the draft that would save it unchanged. */
    public static Unit.Draft draft(Unit u) {
        return new Unit.Draft(u.id(), u.name(), u.shortName(), u.kind(), u.phone(), u.note());
    }

    /** A person as the draft that would save them unchanged. */
    public static Staff.Draft draft(Staff s) {
        return new Staff.Draft(s.id(), s.fullName(), s.unitId(), s.jobTitle(), s.category(), s.leader(), s.phone(),
                s.email());
    }

    /** Creates or updates a unit. @throws ValidationException naming the fields at fault */
    public Unit saveUnit(Unit.Draft input) {
        return saveUnit(input, null);
    }

    /**
     * Saves a unit the form loaded at {@code mark} (null: unchecked). @throws vn.socongvu.audit.EditConflictException
     * when someone changed the unit since
     */
    public Unit saveUnit(Unit.Draft input, Long mark) {
        Unit.Draft d = cleanedUnit(input);
        unitRules(d).throwIfAny();
        String key = VnText.fold(d.name());
        try {
            return db.tx(tx -> {
                Optional<Unit> same = repo.unitByKey(tx, key);
                if (same.isPresent() && (d.id() == null || same.get().id() != d.id())) {
                    throw ValidationException.of("name", same.get().active()
                            ? "unit.error.duplicateName" : "unit.error.duplicateNameInactive", same.get().name());
                }
                if (d.id() == null) {
                    long id = repo.insertUnit(tx, d, key);
                    Unit created = repo.unit(tx, id).orElseThrow();
                    audit.recordChanges(tx, UNIT, id, AuditAction.CREATE, Map.of(), created.auditFields());
                    return created;
                }
                audit.check(tx, Tables.UNIT.ID, d.id(), UNIT, d.id(), mark);
                Unit before = repo.unit(tx, d.id()).orElseThrow(DirectoryService::notFound);
                repo.updateUnit(tx, d, key);
                Unit after = repo.unit(tx, d.id()).orElseThrow();
                audit.recordChanges(tx, UNIT, d.id(), AuditAction.UPDATE, before.auditFields(), after.auditFields());
                return after;
            });
        } catch (IntegrityConstraintViolationException e) {
            throw ValidationException.of("name", "unit.error.duplicateName", d.name());
        }
    }

    /** The unit as it is saved: every text cleaned (spaces, Unicode form), blank as none. */
    public static Unit.Draft cleanedUnit(Unit.Draft input) {
        return new Unit.Draft(input.id(), VnText.clean(input.name()), VnText.clean(input.shortName()),
                input.kind(), VnText.clean(input.phone()), VnText.clean(input.note()));
    }

    /**
     * The rules a unit's own fields are held to (the form's, and an import's), fields named as in the form;
     * the name's uniqueness is checked on saving. @param d a {@link #cleanedUnit} unit
     */
    public static Validator unitRules(Unit.Draft d) {
        return new Validator()
                .required("name", d.name(), "unit.error.nameRequired")
                .maxLength("name", d.name(), 200)
                .maxLength("shortName", d.shortName(), 60)
                .required("kind", d.kind(), "unit.error.kindRequired")
                .phone("phone", d.phone())
                .maxLength("note", d.note(), 1000);
    }

    /** The person as saved: every text cleaned. */
    public static Staff.Draft cleanedStaff(Staff.Draft input) {
        return new Staff.Draft(input.id(), VnText.clean(input.fullName()), input.unitId(),
                VnText.clean(input.jobTitle()), input.category(), input.leader(),
                VnText.clean(input.phone()), VnText.clean(input.email()));
    }

    /**
     * The rules a person's own fields are held to; whether the unit exists and works is checked on saving.
     * @param d a {@link #cleanedStaff} person
     */
    public static Validator staffRules(Staff.Draft d) {
        return new Validator()
                .required("fullName", d.fullName(), "staff.error.nameRequired")
                .maxLength("fullName", d.fullName(), 120)
                .required("unit", d.unitId(), "staff.error.unitRequired")
                .required("category", d.category(), "staff.error.categoryRequired")
                .maxLength("jobTitle", d.jobTitle(), 120)
                .phone("phone", d.phone())
                .email("email", d.email());
    }

    /** Deactivates a unit; refused while active staff still belong to it. */
    public void deactivateUnit(long id) {
        db.txRun(tx -> {
            // locked first: a person added to the unit or reactivated meanwhile (who locks it too) is counted
            audit.check(tx, Tables.UNIT.ID, id, UNIT, id, null);
            Unit u = repo.unit(tx, id).orElseThrow(DirectoryService::notFound);
            int staffCount = repo.activeStaffCount(tx, id);
            if (staffCount > 0) {
                throw ValidationException.of("active", "unit.error.hasActiveStaff", u.name(), staffCount);
            }
            if (u.active()) {
                repo.setUnitActive(tx, id, false);
                audit.record(tx, UNIT, id, AuditAction.DEACTIVATE);
            }
        });
    }

    public void reactivateUnit(long id) {
        db.txRun(tx -> {
            audit.check(tx, Tables.UNIT.ID, id, UNIT, id, null);
            Unit u = repo.unit(tx, id).orElseThrow(DirectoryService::notFound);
            if (!u.active()) {
                repo.setUnitActive(tx, id, true);
                audit.record(tx, UNIT, id, AuditAction.REACTIVATE);
            }
        });
    }

    /** Creates or updates a person. @throws ValidationException naming the fields at fault */
    public Staff saveStaff(Staff.Draft input) {
        return saveStaff(input, null);
    }

    /**
     * Saves a person the form loaded at {@code mark} (null: unchecked). @throws
     * vn.socongvu.audit.EditConflictException when someone changed them since
     */
    public Staff saveStaff(Staff.Draft input, Long mark) {
        Staff.Draft d = cleanedStaff(input);
        Validator v = staffRules(d);
        return db.tx(tx -> {
            if (d.id() != null) {
                audit.check(tx, Tables.STAFF.ID, d.id(), STAFF, d.id(), mark);
            }
            if (d.unitId() != null) {
                AuditLog.lock(tx, Tables.UNIT.ID, d.unitId()); // a deactivation of the unit under way comes first
                Optional<Unit> unit = repo.unit(tx, d.unitId());
                if (unit.isEmpty()) {
                    v.add("unit", "staff.error.unitRequired");
                } else if (!unit.get().active()) {
                    Optional<Staff> existing = d.id() == null ? Optional.empty() : repo.staff(tx, d.id());
                    boolean unchanged = existing.isPresent() && existing.get().unitId() == d.unitId();
                    if (!unchanged) {
                        v.add("unit", "staff.error.unitInactive", unit.get().name());
                    }
                }
            }
            v.throwIfAny();
            if (d.id() == null) {
                long id = repo.insertStaff(tx, d);
                Staff created = repo.staff(tx, id).orElseThrow();
                audit.recordChanges(tx, STAFF, id, AuditAction.CREATE, Map.of(), created.auditFields());
                return created;
            }
            Staff before = repo.staff(tx, d.id()).orElseThrow(DirectoryService::notFound);
            repo.updateStaff(tx, d);
            Staff after = repo.staff(tx, d.id()).orElseThrow();
            audit.recordChanges(tx, STAFF, d.id(), AuditAction.UPDATE, before.auditFields(), after.auditFields());
            return after;
        });
    }

    public void deactivateStaff(long id) {
        setStaffActive(id, false);
    }

    public void reactivateStaff(long id) {
        setStaffActive(id, true);
    }

    private void setStaffActive(long id, boolean active) {
        db.txRun(tx -> {
            audit.check(tx, Tables.STAFF.ID, id, STAFF, id, null);
            Staff s = repo.staff(tx, id).orElseThrow(DirectoryService::notFound);
            AuditLog.lock(tx, Tables.UNIT.ID, s.unitId()); // a deactivation of the unit under way comes first
            if (active && repo.unit(tx, s.unitId()).map(u -> !u.active()).orElse(true)) {
                throw ValidationException.of("unit", "staff.error.unitInactive", s.unitName());
            }
            if (s.active() != active) {
                repo.setStaffActive(tx, id, active);
                audit.record(tx, STAFF, id, active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE);
            }
        });
    }

    /** A unit's or person's history: Danh mục's, which a unit's account does not read. */
    public List<AuditEntry> history(String entity, long id) {
        audit.reads().require(ReadArea.DIRECTORY);
        return audit.history(db.dsl(), entity, id);
    }

    private static ValidationException notFound() {
        return ValidationException.of("id", "validation.notFound");
    }
}
