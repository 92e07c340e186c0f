package vn.socongvu.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person of the commune's staff, in exactly one unit. */
public record Staff(long id, String fullName, long unitId, String unitName, String jobTitle,
                    StaffCategory category, boolean leader, String phone, String email, boolean active) {

    /** What the clerk typed in the staff form; {@code id} null for a new person. */
    public record Draft(Long id, String fullName, Long unitId, String jobTitle, StaffCategory category,
                        boolean leader, String phone, String email) {
    }

    Map<String, String> auditFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("staff.field.fullName", fullName);
        m.put("staff.field.unit", unitName);
        m.put("staff.field.jobTitle", jobTitle);
        m.put("staff.field.category", category.label());
        m.put("staff.field.leader", leader ? "✓" : "");
        m.put("staff.field.phone", phone);
        m.put("staff.field.email", email);
        return m;
    }
}
