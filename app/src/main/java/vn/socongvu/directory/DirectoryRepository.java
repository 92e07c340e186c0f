package vn.socongvu.directory;

import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import vn.socongvu.storage.jooq.tables.records.UnitRecord;

/** jOOQ queries for units and staff. Takes the caller's context so it can join a transaction. */
public final class DirectoryRepository {

    public List<Unit> units(DSLContext dsl) {
        return dsl.selectFrom(UNIT).orderBy(UNIT.ID).fetch(DirectoryRepository::toUnit);
    }

    public Optional<Unit> unit(DSLContext dsl, long id) {
        return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(DirectoryRepository::toUnit);
    }

    /** The unit whose folded name is {@code nameKey}, if any. */
    public Optional<Unit> unitByKey(DSLContext dsl, String nameKey) {
        return dsl.selectFrom(UNIT).where(UNIT.NAME_KEY.eq(nameKey)).fetchOptional(DirectoryRepository::toUnit);
    }

    /** The columns a unit form writes, for insert and update alike. */
    private static Map<Field<?>, Object> unitColumns(Unit.Draft d, String nameKey) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(UNIT.NAME, d.name());
        m.put(UNIT.NAME_KEY, nameKey);
        m.put(UNIT.SHORT_NAME, d.shortName());
        m.put(UNIT.KIND, d.kind().name());
        m.put(UNIT.PHONE, d.phone());
        m.put(UNIT.NOTE, d.note());
        return m;
    }

    public long insertUnit(DSLContext dsl, Unit.Draft d, String nameKey) {
        return dsl.insertInto(UNIT).set(unitColumns(d, nameKey)).returning(UNIT.ID).fetchOne(UNIT.ID);
    }

    public void updateUnit(DSLContext dsl, Unit.Draft d, String nameKey) {
        dsl.update(UNIT).set(unitColumns(d, nameKey)).where(UNIT.ID.eq(d.id())).execute();
    }

    public void setUnitActive(DSLContext dsl, long id, boolean active) {
        dsl.update(UNIT).set(UNIT.ACTIVE, active).where(UNIT.ID.eq(id)).execute();
    }

    public int activeStaffCount(DSLContext dsl, long unitId) {
        return dsl.fetchCount(STAFF, STAFF.UNIT_ID.eq(unitId).and(STAFF.ACTIVE.isTrue()));
    }

    public List<Staff> staff(DSLContext dsl) {
        return dsl.select(STAFF.fields()).select(UNIT.NAME)
                .from(STAFF).join(UNIT).on(UNIT.ID.eq(STAFF.UNIT_ID))
                .orderBy(STAFF.ID)
                .fetch(DirectoryRepository::toStaff);
    }

    public Optional<Staff> staff(DSLContext dsl, long id) {
        return dsl.select(STAFF.fields()).select(UNIT.NAME)
                .from(STAFF).join(UNIT).on(UNIT.ID.eq(STAFF.UNIT_ID))
                .where(STAFF.ID.eq(id))
                .fetchOptional(DirectoryRepository::toStaff);
    }

    /** The columns a staff form writes, for insert and update alike. */
    private static Map<Field<?>, Object> staffColumns(Staff.Draft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(STAFF.FULL_NAME, d.fullName());
        m.put(STAFF.UNIT_ID, d.unitId());
        m.put(STAFF.JOB_TITLE, d.jobTitle());
        m.put(STAFF.CATEGORY, d.category().name());
        m.put(STAFF.LEADER, d.leader());
        m.put(STAFF.PHONE, d.phone());
        m.put(STAFF.EMAIL, d.email());
        return m;
    }

    public long insertStaff(DSLContext dsl, Staff.Draft d) {
        return dsl.insertInto(STAFF).set(staffColumns(d)).returning(STAFF.ID).fetchOne(STAFF.ID);
    }

    public void updateStaff(DSLContext dsl, Staff.Draft d) {
        dsl.update(STAFF).set(staffColumns(d)).where(STAFF.ID.eq(d.id())).execute();
    }

    public void setStaffActive(DSLContext dsl, long id, boolean active) {
        dsl.update(STAFF).set(STAFF.ACTIVE, active).where(STAFF.ID.eq(id)).execute();
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getShortName(), UnitKind.stored(r.getKind()),
                r.getPhone(), r.getNote(), r.getActive());
    }

    private static Staff toStaff(Record r) {
        return new Staff(r.get(STAFF.ID), r.get(STAFF.FULL_NAME), r.get(STAFF.UNIT_ID), r.get(UNIT.NAME),
                r.get(STAFF.JOB_TITLE), StaffCategory.stored(r.get(STAFF.CATEGORY)), r.get(STAFF.LEADER),
                r.get(STAFF.PHONE), r.get(STAFF.EMAIL), r.get(STAFF.ACTIVE));
    }
}
