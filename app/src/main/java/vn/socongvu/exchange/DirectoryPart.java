package vn.socongvu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

import vn.socongvu.i18n.Messages;
import vn.socongvu.storage.ImportProblem;
import vn.socongvu.storage.StorageException;

/**
 * The directory part of a data file ({@link DataExchange}'s format): the rows of its {@code unit} and {@code staff}
 * tables as the file has them (column name to a string, number, boolean or null), each with the line it starts on;
 * every other table is skipped unread. The caller checks the values: this reads, it does not judge them.
 */
public final class DirectoryPart {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).maxStringLength(8_000_000).maxNumberLength(64).maxNameLength(200).build())
            .build();

    /** A row of the file: the line it starts on and its columns. */
    public record Row(int line, Map<String, Object> values) {
        public String text(String column) {
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }
    }

    /** The units and the people of the file. */
    public record Part(String commune, List<Row> units, List<Row> staff) {
    }

    private DirectoryPart() {
    }

    /** @throws ImportRefusedException when the file is not a data file or not well-formed JSON */
    public static Part read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(StorageException.Reason.IO, "exchange.error.open",
                    new NoSuchFileException(file.toString()), file.getFileName());
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            return read(p);
        } catch (UnexpectedEndOfInputException e) {
            throw refuse(line(e), Messages.get("exchange.problem.truncated"), e);
        } catch (JacksonException e) {
            throw refuse(line(e), Messages.get("exchange.problem.syntax", e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "exchange.error.open", e, file.getFileName());
        }
    }

    private static Part read(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw refuse(1, Messages.get("exchange.problem.notOurs"));
        }
        String format = null;
        String commune = "";
        List<Row> units = null;
        List<Row> staff = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("format") && value == JsonToken.VALUE_STRING) {
                format = p.getString();
            } else if (name.equals("commune") && value == JsonToken.VALUE_STRING) {
                commune = p.getString();
            } else if (name.equals("tables") && value == JsonToken.START_OBJECT) {
                if (!DataExchange.FORMAT.equals(format)) {
                    throw refuse(1, Messages.get("exchange.problem.notOurs"));
                }
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String table = p.currentName();
                    JsonToken list = p.nextToken();
                    if ((table.equals("unit") || table.equals("staff")) && list == JsonToken.START_ARRAY) {
                        List<Row> rows = rows(p, table);
                        if (table.equals("unit")) {
                            units = rows;
                        } else {
                            staff = rows;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (!DataExchange.FORMAT.equals(format)) {
            throw refuse(1, Messages.get("exchange.problem.notOurs"));
        }
        if (units == null || staff == null) {
            throw refuse(0, Messages.get("exchange.problem.noDirectory"));
        }
        return new Part(commune, units, staff);
    }

    private static List<Row> rows(JsonParser p, String table) {
        List<Row> rows = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                throw refuseRow(line, table, Messages.get("exchange.problem.notObject"));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String column = p.currentName();
                JsonToken v = p.nextToken();
                switch (v) {
                    case VALUE_NULL -> values.put(column, null);
                    case VALUE_TRUE, VALUE_FALSE -> values.put(column, v == JsonToken.VALUE_TRUE);
                    case VALUE_NUMBER_INT -> values.put(column, p.getLongValue());
                    case VALUE_STRING, VALUE_NUMBER_FLOAT -> values.put(column, p.getString());
                    default -> throw refuseRow(line, table, Messages.get("exchange.problem.column", column,
                            Messages.get("exchange.problem.notText", p.getString())));
                }
            }
            rows.add(new Row(line, values));
        }
        return rows;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static ImportRefusedException refuse(int line, String reason, Throwable cause) {
        return new ImportRefusedException(List.of(new ImportProblem(line, null, null, reason)), cause);
    }

    private static ImportRefusedException refuse(int line, String reason) {
        return refuse(line, reason, null);
    }

    private static ImportRefusedException refuseRow(int line, String table, String reason) {
        return new ImportRefusedException(List.of(new ImportProblem(line, table, null, reason)), null);
    }
}
