package vn.socongvu.settings;

import static vn.socongvu.storage.jooq.Tables.COMMUNE;
import static vn.socongvu.storage.jooq.Tables.HOLIDAY;
import static vn.socongvu.storage.jooq.Tables.SETTING;
import static vn.socongvu.storage.jooq.Tables.SIGNER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import vn.socongvu.storage.jooq.tables.records.HolidayRecord;
import vn.socongvu.storage.jooq.tables.records.SignerRecord;

/** jOOQ queries for the commune's identity, its signers, the holiday table and the key–value settings. */
final class SettingsRepository {

    // ---- identity ----

    boolean isSetUp(DSLContext dsl) {
        return dsl.fetchExists(COMMUNE);
    }

    Optional<CommuneIdentity> identity(DSLContext dsl) {
        return dsl.selectFrom(COMMUNE).fetchOptional(r -> new CommuneIdentity(r.getCommuneName(),
                r.getProvince(), r.getSuperiorBody(), r.getIssuingBody(), r.getPlaceName()));
    }

    void insertIdentity(DSLContext tx, CommuneIdentity id) {
        tx.insertInto(COMMUNE)
                .set(COMMUNE.ID, 1)
                .set(COMMUNE.COMMUNE_NAME, id.communeName())
                .set(COMMUNE.PROVINCE, id.province())
                .set(COMMUNE.SUPERIOR_BODY, id.superiorBody())
                .set(COMMUNE.ISSUING_BODY, id.issuingBody())
                .set(COMMUNE.PLACE_NAME, id.placeName())
                .set(COMMUNE.CREATED_AT, LocalDateTime.now())
                .execute();
    }

    void updateIdentity(DSLContext tx, CommuneIdentity id) {
        tx.update(COMMUNE)
                .set(COMMUNE.COMMUNE_NAME, id.communeName())
                .set(COMMUNE.PROVINCE, id.province())
                .set(COMMUNE.SUPERIOR_BODY, id.superiorBody())
                .set(COMMUNE.ISSUING_BODY, id.issuingBody())
                .set(COMMUNE.PLACE_NAME, id.placeName())
                .where(COMMUNE.ID.eq(1))
                .execute();
    }

    // ---- signers ----

    List<Signer> signers(DSLContext dsl) {
        return dsl.selectFrom(SIGNER).orderBy(SIGNER.SORT_ORDER, SIGNER.ID).fetch(SettingsRepository::toSigner);
    }

    Optional<Signer> signer(DSLContext dsl, long id) {
        return dsl.selectFrom(SIGNER).where(SIGNER.ID.eq(id)).fetchOptional(SettingsRepository::toSigner);
    }

    long insertSigner(DSLContext tx, Signer.Draft d) {
        return tx.insertInto(SIGNER)
                .set(SIGNER.FULL_NAME, d.fullName())
                .set(SIGNER.TITLE, d.title())
                .set(SIGNER.AUTHORITY, d.authority().name())
                .set(SIGNER.SORT_ORDER, d.sortOrder())
                .returning(SIGNER.ID)
                .fetchOne(SIGNER.ID);
    }

    void updateSigner(DSLContext tx, Signer.Draft d) {
        tx.update(SIGNER)
                .set(SIGNER.FULL_NAME, d.fullName())
                .set(SIGNER.TITLE, d.title())
                .set(SIGNER.AUTHORITY, d.authority().name())
                .set(SIGNER.SORT_ORDER, d.sortOrder())
                .where(SIGNER.ID.eq(d.id()))
                .execute();
    }

    void setSignerActive(DSLContext tx, long id, boolean active) {
        tx.update(SIGNER).set(SIGNER.ACTIVE, active).where(SIGNER.ID.eq(id)).execute();
    }

    private static Signer toSigner(SignerRecord r) {
        return new Signer(r.getId(), r.getFullName(), r.getTitle(), SignAuthority.stored(r.getAuthority()),
                r.getSortOrder(), r.getActive());
    }

    // ---- holidays ----

    List<Holiday> holidays(DSLContext dsl, int year) {
        return dsl.selectFrom(HOLIDAY)
                .where(HOLIDAY.HOLIDAY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(HOLIDAY.HOLIDAY_DATE)
                .fetch(SettingsRepository::toHoliday);
    }

    List<Holiday> allHolidays(DSLContext dsl) {
        return dsl.selectFrom(HOLIDAY).fetch(SettingsRepository::toHoliday);
    }

    /** The years that have at least one entry. */
    List<Integer> holidayYears(DSLContext dsl) {
        Field<Integer> year = DSL.year(HOLIDAY.HOLIDAY_DATE);
        return dsl.selectDistinct(year).from(HOLIDAY).fetch(year);
    }

    Optional<Holiday> holidayOn(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(HOLIDAY).where(HOLIDAY.HOLIDAY_DATE.eq(date)).fetchOptional(SettingsRepository::toHoliday);
    }

    Optional<Holiday> holiday(DSLContext dsl, long id) {
        return dsl.selectFrom(HOLIDAY).where(HOLIDAY.ID.eq(id)).fetchOptional(SettingsRepository::toHoliday);
    }

    long insertHoliday(DSLContext tx, Holiday.Draft d) {
        return tx.insertInto(HOLIDAY)
                .set(HOLIDAY.HOLIDAY_DATE, d.date())
                .set(HOLIDAY.NAME, d.name())
                .set(HOLIDAY.KIND, d.kind().name())
                .returning(HOLIDAY.ID).fetchOne(HOLIDAY.ID);
    }

    void updateHoliday(DSLContext tx, Holiday.Draft d) {
        tx.update(HOLIDAY)
                .set(HOLIDAY.HOLIDAY_DATE, d.date())
                .set(HOLIDAY.NAME, d.name())
                .set(HOLIDAY.KIND, d.kind().name())
                .where(HOLIDAY.ID.eq(d.id())).execute();
    }

    void deleteHoliday(DSLContext tx, long id) {
        tx.deleteFrom(HOLIDAY).where(HOLIDAY.ID.eq(id)).execute();
    }

    private static Holiday toHoliday(HolidayRecord r) {
        return new Holiday(r.getId(), r.getHolidayDate(), r.getName(), HolidayKind.stored(r.getKind()));
    }

    // ---- key–value settings ----

    Map<String, String> settings(DSLContext dsl) {
        Map<String, String> m = new HashMap<>();
        dsl.selectFrom(SETTING).forEach(r -> m.put(r.getSettingKey(), r.getSettingValue()));
        return m;
    }

    /** Sets a setting, adding it when absent (jOOQ renders the upsert of each dialect). */
    void put(DSLContext tx, String key, String value) {
        tx.insertInto(SETTING).set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value)
                .execute();
    }

    void remove(DSLContext tx, String key) {
        tx.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(key)).execute();
    }
}
