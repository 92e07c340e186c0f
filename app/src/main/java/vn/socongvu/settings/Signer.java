package vn.socongvu.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person who signs the commune's documents, with the title printed above the name. */
public record Signer(long id, String fullName, String title, SignAuthority authority, int sortOrder,
                     boolean active) {

    public record Draft(Long id, String fullName, String title, SignAuthority authority, int sortOrder) {
    }

    Map<String, String> auditFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("signer.field.fullName", fullName);
        m.put("signer.field.title", title);
        m.put("signer.field.authority", authority.label());
        m.put("signer.field.sortOrder", Integer.toString(sortOrder));
        return m;
    }
}
