package vn.socongvu.audit;

import java.time.LocalDateTime;

/** One audit-log row: {@code field} is a message key naming the field (null for whole-record actions). */
public record AuditEntry(long id, LocalDateTime at, String actor, String entity, Long entityId,
                         AuditAction action, String field, String oldValue, String newValue) {
}
