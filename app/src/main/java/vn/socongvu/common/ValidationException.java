package vn.socongvu.common;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Input was refused; nothing was written. Carries one message per offending field. */
public final class ValidationException extends UserException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Category.INPUT, errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), null);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(List.of(new FieldError(field, key, args)));
    }

    /** Every field's message, one per line. */
    @Override
    public String userMessage() {
        return errors.stream().map(FieldError::message).collect(Collectors.joining("\n"));
    }

    /** The command line's wording of each message (it may name an option), one a line. */
    @Override
    public List<String> userLines() {
        return errors.stream().map(e -> forCommandLine(e.key(), e.args())).flatMap(String::lines)
                .filter(l -> !l.isBlank()).toList();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<FieldError> forField(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }
}
