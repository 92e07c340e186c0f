package vn.socongvu.backup;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup file holds, readable without its password: whose data, when, which schema, and how many records
 * (not told by an encrypted backup's manifest: {@link #countsKnown()} is false until it is read with the password).
 */
public record BackupInfo(int formatVersion, int schemaVersion, LocalDateTime createdAt, String commune, String province,
                         boolean encrypted, Map<String, Long> counts) {

    public boolean countsKnown() {
        return !counts.isEmpty();
    }

    public long totalRecords() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
