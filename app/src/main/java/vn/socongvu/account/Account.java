package vn.socongvu.account;

import java.time.LocalDateTime;

/**
 * A person who signs in to a shared database: {@code login} is the PostgreSQL login role; {@code unitId} is set
 * for a {@link Role#DON_VI} account only.
 */
public record Account(long id, String login, String fullName, Role role, Long unitId, boolean active,
                      LocalDateTime createdAt) {
}
