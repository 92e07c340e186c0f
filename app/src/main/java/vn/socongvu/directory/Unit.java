package vn.socongvu.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** A unit of the commune (office, department, centre, hamlet …). */
public record Unit(long id, String name, String shortName, UnitKind kind, String phone, String note,
                   boolean active) {

    /** What the clerk typed in the unit form; {@code id} null for a new unit. */
    public record Draft(Long id, String name, String shortName, UnitKind kind, String phone, String note) {
    }

    /** Field values for the audit log, keyed by the label keys of the form. */
    Map<String, String> auditFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit.field.name", name);
        m.put("unit.field.shortName", shortName);
        m.put("unit.field.kind", kind.label());
        m.put("unit.field.phone", phone);
        m.put("unit.field.note", note);
        return m;
    }

    /** The short name if it has one, else the name. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
