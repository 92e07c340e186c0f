package vn.socongvu.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors; {@link #throwIfAny()} raises them all at once. */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{6,20}$");
    private final List<FieldError> errors = new ArrayList<>();

    public Validator required(String field, Object value, String key) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, key);
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong", max);
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(field, "validation.email");
        }
        return this;
    }

    public Validator phone(String field, String value) {
        if (value != null && !PHONE.matcher(value).matches()) {
            add(field, "validation.phone");
        }
        return this;
    }

    public Validator check(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            add(field, key, args);
        }
        return this;
    }

    public void add(String field, String key, Object... args) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, key, args));
        }
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The errors found so far, in the order found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
