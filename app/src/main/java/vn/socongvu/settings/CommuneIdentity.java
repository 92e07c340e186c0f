package vn.socongvu.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who issues the commune's documents. {@code issuingBody} may hold a line break
 * ("ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH"), as it is printed on two lines.
 */
public record CommuneIdentity(String communeName, String province, String superiorBody, String issuingBody,
                              String placeName) {

    Map<String, String> auditFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("settings.field.communeName", communeName);
        m.put("settings.field.province", province);
        m.put("settings.field.superiorBody", superiorBody);
        m.put("settings.field.issuingBody", issuingBody);
        m.put("settings.field.placeName", placeName);
        return m;
    }
}
