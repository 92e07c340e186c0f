package vn.socongvu.storage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.TableMeta.Column;

/**
 * One row of a table as a JSON object: {@code {"id": 5, "due_date": "2026-12-15", …}}. Numbers as JSON
 * numbers, true/false, dates {@code yyyy-MM-dd}, times {@code yyyy-MM-ddTHH:mm:ss[.fraction]}, text as
 * strings, no value as null. Reading checks every value against the column it is for.
 */
public final class RowJson {
    private RowJson() {
    }

    public static void write(JsonGenerator g, TableMeta table, Object[] values) {
        g.writeStartObject();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            g.writeName(columns.get(i).jsonName());
            Object v = values[i];
            switch (v) {
                case null -> g.writeNull();
                case Long l -> g.writeNumber(l);
                case Integer n -> g.writeNumber(n);
                case Boolean b -> g.writeBoolean(b);
                case BigDecimal d -> g.writeNumber(d);
                case LocalDate d -> g.writeString(d.toString());
                case LocalDateTime t -> g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
                default -> g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }

    /**
     * A row read from the file, with the line it starts on (for messages). A row with problems is still a row
     * of the file ({@code valid} false, the values that could be read): its key counts, so that what refers to
     * it is not reported as well.
     */
    public record Row(int line, Object[] values, boolean valid) {
    }

    /**
     * Reads the object the parser stands on (its START_OBJECT) into a row, adding what is wrong with it to
     * {@code problems}. @return the row (not {@code valid} when it has problems), or null when it is no object
     */
    public static Row read(JsonParser p, TableMeta table, List<ImportProblem> problems) {
        int line = p.currentTokenLocation().getLineNr();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new ImportProblem(line, table.jsonName(), null, Messages.get("exchange.problem.notObject")));
            p.skipChildren();
            return null;
        }
        Object[] values = new Object[table.columns().size()];
        boolean[] seen = new boolean[values.length];
        boolean[] bad = new boolean[values.length];
        List<String> wrong = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            int i = table.jsonIndex(name);
            if (i < 0) {
                wrong.add(Messages.get("exchange.problem.unknownColumn", name));
                p.skipChildren();
                continue;
            }
            if (seen[i]) {
                wrong.add(Messages.get("exchange.problem.repeatedColumn", name));
            }
            seen[i] = true;
            Column c = table.columns().get(i);
            try {
                values[i] = value(p, c);
            } catch (BadValue e) {
                wrong.add(Messages.get("exchange.problem.column", c.jsonName(), e.getMessage()));
                bad[i] = true;
                p.skipChildren();
            }
        }
        for (int i = 0; i < values.length; i++) {
            Column c = table.columns().get(i);
            boolean keyColumn = table.primaryKey().contains(c.name());
            if (values[i] == null && !bad[i] && (c.required() || keyColumn || (seen[i] && !c.nullable()))) {
                wrong.add(Messages.get("exchange.problem.missing", c.jsonName()));
            }
        }
        if (wrong.isEmpty()) {
            return new Row(line, values, true);
        }
        String record = describe(table, values);
        for (String w : wrong) {
            problems.add(new ImportProblem(line, table.jsonName(), record, w));
        }
        return new Row(line, values, false);
    }

    /** "id 57" (the key as far as it was read), for messages. */
    public static String describe(TableMeta table, Object[] values) {
        StringBuilder b = new StringBuilder();
        for (String k : table.primaryKey()) {
            Object v = values[table.indexOf(k)];
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(k.toLowerCase(Locale.ROOT)).append(' ').append(v == null ? "?" : v);
        }
        return b.toString();
    }

    private static final class BadValue extends Exception {
        BadValue(String key, Object... args) {
            super(Messages.get(key, args), null, false, false);
        }
    }

    private static Object value(JsonParser p, Column c) throws BadValue {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (c.type()) {
            case BIGINT, INTEGER -> {
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    throw new BadValue("exchange.problem.notInteger", shown(p));
                }
                JsonParser.NumberType nt = p.getNumberType();
                if (nt == JsonParser.NumberType.BIG_INTEGER
                        || (c.type() == TableMeta.Type.INTEGER && nt != JsonParser.NumberType.INT)) {
                    throw new BadValue("exchange.problem.tooBig", shown(p));
                }
                yield c.type() == TableMeta.Type.BIGINT ? (Object) p.getLongValue() : (Object) p.getIntValue();
            }
            case BOOLEAN -> {
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw new BadValue("exchange.problem.notBoolean", shown(p));
                }
                yield t == JsonToken.VALUE_TRUE;
            }
            case DATE -> {
                String s = text(p);
                try {
                    yield LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new BadValue("exchange.problem.notDate", shorten(s));
                }
            }
            case TIMESTAMP -> {
                String s = text(p);
                try {
                    yield LocalDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    throw new BadValue("exchange.problem.notTime", shorten(s));
                }
            }
            case DECIMAL -> {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new BadValue("exchange.problem.notNumber", shown(p));
                }
                BigDecimal d = p.getDecimalValue();
                BigDecimal plain = d.stripTrailingZeros();
                int scale = Math.max(0, plain.scale());
                int whole = plain.precision() - plain.scale();
                if (scale > c.scale() || whole > c.precision() - c.scale()) {
                    throw new BadValue("exchange.problem.decimal", shorten(d.toPlainString()), c.precision() - c.scale(),
                            c.scale());
                }
                yield d;
            }
            case VARCHAR, CLOB -> {
                String s = text(p);
                if (c.type() == TableMeta.Type.VARCHAR && s.codePointCount(0, s.length()) > c.length()) {
                    throw new BadValue("exchange.problem.tooLong", s.codePointCount(0, s.length()), c.length());
                }
                yield s;
            }
        };
    }

    private static String text(JsonParser p) throws BadValue {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new BadValue("exchange.problem.notText", shown(p));
        }
        return p.getString();
    }

    /** What the file had instead, short enough for a message. */
    private static String shown(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            return t == JsonToken.START_OBJECT ? "{…}" : "[…]";
        }
        return shorten(p.getString());
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
