package vn.socongvu.backup;

import java.time.LocalDateTime;
import java.util.Map;

/** What a backup file holds, readable without its password: whose data, when, which schema, how many records. */
public record BackupInfo(int formatVersion, int schemaVersion, LocalDateTime createdAt, String commune, String province,
                         boolean encrypted, Map<String, Long> counts) {

    public long totalRecords() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
