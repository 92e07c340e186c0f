package vn.socongvu.common;

import vn.socongvu.i18n.Messages;

/** A message for one input field: {@code field} names the field, {@code key} the bundle text. */
public record FieldError(String field, String key, Object... args) {
    public String message() {
        return Messages.get(key, args);
    }
}
