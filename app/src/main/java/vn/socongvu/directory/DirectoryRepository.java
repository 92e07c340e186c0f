package vn.socongvu.directory;

import static vn.socongvu.storage.jooq.Tables.STAFF;
import static vn.socongvu.storage.jooq.Tables.UNIT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
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

    public long insertUnit(DSLContext dsl, Unit.Draft d, String nameKey) {
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.NAME_KEY, nameKey)
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.KIND, d.kind().name())
                .set(UNIT.PHONE, d.phone())
                .set(UNIT.NOTE, d.note())
                .returning(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    public void updateUnit(DSLContext dsl, Unit.Draft d, String nameKey) {
        dsl.update(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.NAME_KEY, nameKey)
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.KIND, d.kind().name())
                .set(UNIT.PHONE, d.phone())
                .set(UNIT.NOTE, d.note())
                .where(UNIT.ID.eq(d.id()))
                .execute();
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

    public long insertStaff(DSLContext dsl, Staff.Draft d) {
        return dsl.insertInto(STAFF)
                .set(STAFF.FULL_NAME, d.fullName())
                .set(STAFF.UNIT_ID, d.unitId())
                .set(STAFF.JOB_TITLE, d.jobTitle())
                .set(STAFF.CATEGORY, d.category().name())
                .set(STAFF.LEADER, d.leader())
                .set(STAFF.PHONE, d.phone())
                .set(STAFF.EMAIL, d.email())
                .returning(STAFF.ID)
                .fetchOne(STAFF.ID);
    }

    public void updateStaff(DSLContext dsl, Staff.Draft d) {
        dsl.update(STAFF)
                .set(STAFF.FULL_NAME, d.fullName())
                .set(STAFF.UNIT_ID, d.unitId())
                .set(STAFF.JOB_TITLE, d.jobTitle())
                .set(STAFF.CATEGORY, d.category().name())
                .set(STAFF.LEADER, d.leader())
                .set(STAFF.PHONE, d.phone())
                .set(STAFF.EMAIL, d.email())
                .where(STAFF.ID.eq(d.id()))
                .execute();
    }

    public void setStaffActive(DSLContext dsl, long id, boolean active) {
        dsl.update(STAFF).set(STAFF.ACTIVE, active).where(STAFF.ID.eq(id)).execute();
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getShortName(), UnitKind.valueOf(r.getKind()),
                r.getPhone(), r.getNote(), r.getActive());
    }

    private static Staff toStaff(Record r) {
        return new Staff(r.get(STAFF.ID), r.get(STAFF.FULL_NAME), r.get(STAFF.UNIT_ID), r.get(UNIT.NAME),
                r.get(STAFF.JOB_TITLE), StaffCategory.valueOf(r.get(STAFF.CATEGORY)), r.get(STAFF.LEADER),
                r.get(STAFF.PHONE), r.get(STAFF.EMAIL), r.get(STAFF.ACTIVE));
    }
}
