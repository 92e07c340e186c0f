package vn.socongvu.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import vn.socongvu.exchange.DataExchange;

/**
 * Reads the SQL script inside a backup of the first format (H2's {@code SCRIPT} output) <em>as data</em>, and
 * writes the records it holds as a data file (README, "Data exchange"), which the data import then checks value by
 * value like any other. Nothing of the script is ever run.
 * <p>
 * Only the statements H2 writes for this app's tables are accepted: the user line, CREATE TABLE (its column
 * names are read, everything else of it is ignored: the schema comes from the app's own migrations),
 * ALTER TABLE … ADD CONSTRAINT and CREATE INDEX (ignored), INSERT INTO "PUBLIC".… VALUES with literal values, and
 * the statements H2 writes around long texts (the SYSTEM_LOB_STREAM table with its literal parts, and its two
 * helper aliases, by their exact names). Anything else — another alias or any Java class, a trigger, CALL, RUNSCRIPT,
 * a function in a value — makes the whole backup refused with {@link NotData}.
 */
final class LegacyScript {
    /** A statement longer than this is not one H2 writes for a commune's data. */
    static final int MAX_STATEMENT = 16 * 1024 * 1024;
    private static final String HISTORY = "flyway_schema_history";
    private static final String LOB_TABLE = "SYSTEM_LOB_STREAM";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final JsonFactory JSON = new JsonFactory();

    /** The script holds something that is not data: the backup is refused, nothing of it is used. */
    static final class NotData extends IOException {
        NotData(String what) {
            super(what);
        }
    }

    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<Integer, StringBuilder> lobs = new HashMap<>();
    private final List<String> written = new ArrayList<>();
    private JsonGenerator g;
    private String open; // the table whose rows are being written

    private LegacyScript() {
    }

    /**
     * Converts {@code script} into a data file written to {@code out} (not closed).
     * @throws NotData when the script holds anything but the statements above
     */
    static void toDataFile(Reader script, OutputStream out, BackupInfo info) throws IOException {
        new LegacyScript().convert(script, out, info);
    }

    private void convert(Reader script, OutputStream out, BackupInfo info) throws IOException {
        g = JSON.createGenerator(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringProperty("format", DataExchange.FORMAT);
        g.writeNumberProperty("formatVersion", 1);
        g.writeNumberProperty("schemaVersion", info.schemaVersion());
        g.writeStringProperty("exportedAt", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(info.createdAt()));
        g.writeStringProperty("commune", info.commune());
        g.writeName("counts");
        g.writeStartObject();
        for (var c : info.counts().entrySet()) {
            if (!c.getKey().equalsIgnoreCase(HISTORY)) {
                g.writeNumberProperty(c.getKey().toLowerCase(Locale.ROOT), c.getValue());
            }
        }
        g.writeEndObject();
        g.writeName("tables");
        g.writeStartObject();
        Lexer lexer = new Lexer(script);
        for (List<Token> st; (st = lexer.statement()) != null; ) {
            statement(st);
        }
        closeTable();
        for (String table : columns.keySet()) {
            if (!written.contains(table) && !table.equalsIgnoreCase(HISTORY)) {
                g.writeName(table.toLowerCase(Locale.ROOT));
                g.writeStartArray();
                g.writeEndArray();
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.close();
    }

    // ------------------------------------------------------------------------------------------- statements

    private void statement(List<Token> t) throws IOException {
        if (t.isEmpty()) {
            return;
        }
        Cursor c = new Cursor(t);
        if (c.words("CREATE", "USER", "IF", "NOT", "EXISTS")) {
            c.name();
            c.expect("PASSWORD");
            c.string();
            c.expect("ADMIN");
            c.end();
        } else if (c.words("CREATE", "CACHED", "TABLE") || c.words("CREATE", "MEMORY", "TABLE")) {
            createTable(c);
        } else if (c.words("CREATE", "CACHED", "LOCAL", "TEMPORARY", "TABLE", "IF", "NOT", "EXISTS", LOB_TABLE)
                || c.words("CREATE", "TABLE", "IF", "NOT", "EXISTS", LOB_TABLE)) {
            c.rest(); // its columns are known: ID, PART, CDATA, BDATA
        } else if (c.words("ALTER", "TABLE")) {
            String table = c.tableName();
            c.expect("ADD");
            c.expect("CONSTRAINT");
            if (!table.equals(LOB_TABLE)) {
                known(table);
            }
            c.rest(); // constraints come from the app's migrations
        } else if (c.words("CREATE", "PRIMARY", "KEY") || c.words("CREATE", "INDEX")
                || c.words("CREATE", "UNIQUE", "INDEX")) {
            c.rest();
        } else if (c.words("CREATE", "ALIAS", "IF", "NOT", "EXISTS")) {
            String alias = c.name();
            c.expect("FOR");
            String target = c.string();
            c.end();
            boolean helper = (alias.equals("SYSTEM_COMBINE_CLOB") && target.equals("org.h2.command.dml.ScriptCommand.combineClob"))
                    || (alias.equals("SYSTEM_COMBINE_BLOB") && target.equals("org.h2.command.dml.ScriptCommand.combineBlob"));
            if (!helper) {
                throw new NotData("CREATE ALIAS " + alias);
            }
        } else if (c.words("DROP", "TABLE", "IF", "EXISTS", LOB_TABLE)
                || c.words("DROP", "ALIAS", "IF", "EXISTS", "SYSTEM_COMBINE_CLOB")
                || c.words("DROP", "ALIAS", "IF", "EXISTS", "SYSTEM_COMBINE_BLOB")) {
            c.end();
        } else if (c.words("CALL", "SYSTEM_COMBINE_BLOB")) {
            c.expect("(");
            c.expect("-");
            c.expect("1");
            c.expect(")");
            c.end();
        } else if (c.words("INSERT", "INTO")) {
            insert(c);
        } else {
            throw new NotData(t.stream().limit(3).map(Token::text).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    private void createTable(Cursor c) throws IOException {
        String table = c.tableName();
        if (columns.containsKey(table)) {
            throw new NotData("CREATE TABLE " + table + " twice");
        }
        c.expect("(");
        List<String> names = new ArrayList<>();
        int depth = 0;
        boolean atStart = true;
        while (true) {
            Token k = c.next();
            if (atStart && depth == 0) {
                if (k.kind != Kind.QUOTED || !SAFE_NAME.matcher(k.text).matches()) {
                    throw new NotData("CREATE TABLE " + table + ": " + k.text);
                }
                names.add(k.text);
                atStart = false;
                continue;
            }
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (k.is(",") && depth == 0) {
                atStart = true;
            }
        }
        c.end();
        columns.put(table, names);
    }

    private void insert(Cursor c) throws IOException {
        if (c.peekIs(LOB_TABLE)) {
            c.next();
            c.expect("VALUES");
            c.expect("(");
            int id = (int) c.integer();
            c.expect(",");
            c.integer(); // the part: parts come in order
            c.expect(",");
            Object text = c.value(null);
            c.expect(",");
            if (c.value(null) != null) {
                throw new NotData("binary data");
            }
            c.expect(")");
            c.end();
            if (!(text instanceof String s)) {
                throw new NotData("long text part");
            }
            StringBuilder lob = lobs.computeIfAbsent(id, k -> new StringBuilder());
            if ((long) lob.length() + s.length() > MAX_STATEMENT) {
                throw new NotData("long text over " + MAX_STATEMENT);
            }
            lob.append(s);
            return;
        }
        String table = c.tableName();
        List<String> cols = known(table);
        c.expect("VALUES");
        boolean history = table.equalsIgnoreCase(HISTORY);
        if (!history) {
            startTable(table);
        }
        do {
            c.expect("(");
            if (!history) {
                g.writeStartObject();
            }
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    c.expect(",");
                }
                Object v = c.value(lobs);
                if (!history) {
                    g.writeName(cols.get(i).toLowerCase(Locale.ROOT));
                    switch (v) {
                        case null -> g.writeNull();
                        case Boolean b -> g.writeBoolean(b);
                        case BigDecimal d -> g.writeNumber(d);
                        default -> g.writeString(v.toString());
                    }
                }
            }
            c.expect(")");
            if (!history) {
                g.writeEndObject();
            }
        } while (c.optional(","));
        c.end();
    }

    private List<String> known(String table) throws NotData {
        List<String> cols = columns.get(table);
        if (cols == null) {
            throw new NotData("rows of an unknown table " + table);
        }
        return cols;
    }

    private void startTable(String table) throws IOException {
        if (table.equals(open)) {
            return;
        }
        closeTable();
        if (written.contains(table)) {
            throw new NotData("rows of " + table + " in two places");
        }
        written.add(table);
        open = table;
        g.writeName(table.toLowerCase(Locale.ROOT));
        g.writeStartArray();
    }

    private void closeTable() throws IOException {
        if (open != null) {
            g.writeEndArray();
            open = null;
        }
    }

    // ------------------------------------------------------------------------------------------- tokens

    private enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text) {
        boolean is(String s) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL || kind == Kind.NUMBER) && text.equals(s);
        }
    }

    /** The tokens of one statement, read in order; any deviation from what H2 writes is {@link NotData}. */
    private static final class Cursor {
        private final List<Token> t;
        private int i;

        Cursor(List<Token> t) {
            this.t = t;
        }

        /** True (and past them) when the statement starts with these words; else nothing is consumed. */
        boolean words(String... w) {
            if (i + w.length > t.size()) {
                return false;
            }
            for (int k = 0; k < w.length; k++) {
                Token x = t.get(i + k);
                if (!(x.is(w[k]) || (x.kind == Kind.QUOTED && x.text.equals(w[k])))) {
                    return false;
                }
            }
            i += w.length;
            return true;
        }

        Token next() throws NotData {
            if (i >= t.size()) {
                throw new NotData("statement cut short");
            }
            return t.get(i++);
        }

        boolean peekIs(String word) {
            return i < t.size() && (t.get(i).is(word) || (t.get(i).kind == Kind.QUOTED && t.get(i).text.equals(word)));
        }

        void expect(String s) throws NotData {
            Token k = next();
            if (!k.is(s)) {
                throw new NotData("expected " + s + ", found " + k.text);
            }
        }

        boolean optional(String s) {
            if (i < t.size() && t.get(i).is(s)) {
                i++;
                return true;
            }
            return false;
        }

        void end() throws NotData {
            if (i != t.size()) {
                throw new NotData("more after the statement: " + t.get(i).text);
            }
        }

        void rest() {
            i = t.size();
        }

        String name() throws NotData {
            Token k = next();
            if ((k.kind != Kind.QUOTED && k.kind != Kind.WORD) || !SAFE_NAME.matcher(k.text).matches()) {
                throw new NotData("name " + k.text);
            }
            return k.text;
        }

        /** {@code "PUBLIC"."T"}, or a bare name for H2's helper table: the table's name. */
        String tableName() throws NotData {
            String first = name();
            if (optional(".")) {
                if (!first.equals("PUBLIC")) {
                    throw new NotData("schema " + first);
                }
                return name();
            }
            if (!first.equals(LOB_TABLE)) {
                throw new NotData("table " + first);
            }
            return first;
        }

        String string() throws NotData {
            Token k = next();
            if (k.kind != Kind.STRING) {
                throw new NotData("expected text, found " + k.text);
            }
            return k.text;
        }

        long integer() throws NotData {
            boolean minus = optional("-");
            Token k = next();
            if (k.kind != Kind.NUMBER || !k.text.chars().allMatch(Character::isDigit) || k.text.length() > 18) {
                throw new NotData("expected a whole number, found " + k.text);
            }
            return (minus ? -1 : 1) * Long.parseLong(k.text);
        }

        /**
         * One literal value: NULL, TRUE, FALSE, a number, a text, DATE '…', TIMESTAMP '…', or a long text put
         * together from its parts ({@code lobs}; null where none may stand). @return null, Boolean, BigDecimal,
         * String (dates "yyyy-MM-dd", times "yyyy-MM-ddTHH:mm:ss…")
         */
        Object value(Map<Integer, StringBuilder> lobs) throws NotData {
            Token k = next();
            if (k.kind == Kind.STRING) {
                return k.text;
            }
            if (k.is("-") || k.kind == Kind.NUMBER) {
                String number = k.is("-") ? "-" + next().text : k.text;
                try {
                    return new BigDecimal(number);
                } catch (NumberFormatException e) {
                    throw new NotData("number " + number);
                }
            }
            if (k.kind == Kind.WORD) {
                switch (k.text) {
                    case "NULL":
                        return null;
                    case "TRUE":
                        return Boolean.TRUE;
                    case "FALSE":
                        return Boolean.FALSE;
                    case "DATE":
                        return LocalDateTimeText.date(string());
                    case "TIMESTAMP":
                        return LocalDateTimeText.timestamp(string());
                    case "SYSTEM_COMBINE_CLOB":
                        if (lobs != null) {
                            expect("(");
                            long id = integer();
                            expect(")");
                            StringBuilder lob = lobs.remove((int) id);
                            if (lob == null) {
                                throw new NotData("long text " + id + " missing");
                            }
                            return lob.toString();
                        }
                        break;
                    default:
                        break;
                }
            }
            throw new NotData("value " + k.text);
        }
    }

    /** H2's date and time literals in the form data files use, checked. */
    private static final class LocalDateTimeText {
        static String date(String s) throws NotData {
            try {
                return LocalDate.parse(s).toString();
            } catch (DateTimeParseException e) {
                throw new NotData("date " + s);
            }
        }

        static String timestamp(String s) throws NotData {
            try {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(s.replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                throw new NotData("time " + s);
            }
        }
    }

    /** Splits the script into statements of tokens; comments are dropped. */
    private static final class Lexer {
        private final Reader in;
        private int peeked = -2;
        private long statementChars;

        Lexer(Reader in) {
            this.in = in;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }

        private int read() throws IOException {
            int c = peek();
            peeked = -2;
            if (c >= 0 && ++statementChars > MAX_STATEMENT) {
                throw new NotData("a statement over " + MAX_STATEMENT + " characters");
            }
            return c;
        }

        /** The next statement's tokens (empty for an empty statement), or null at the end of the script. */
        List<Token> statement() throws IOException {
            List<Token> tokens = new ArrayList<>();
            statementChars = 0;
            while (true) {
                int c = read();
                if (c < 0) {
                    if (!tokens.isEmpty()) {
                        throw new NotData("the script ends inside a statement");
                    }
                    return null;
                }
                if (c == ';') {
                    return tokens;
                }
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (c == '-' && peek() == '-') {
                    while ((c = read()) >= 0 && c != '\n') {
                        statementChars--; // a comment's length does not count
                    }
                    continue;
                }
                if (c == '\'') {
                    tokens.add(new Token(Kind.STRING, quoted('\'')));
                } else if (c == '"') {
                    tokens.add(new Token(Kind.QUOTED, quoted('"')));
                } else if ((c == 'U' || c == 'u') && peek() == '&') {
                    read();
                    if (read() != '\'') {
                        throw new NotData("U& without a text");
                    }
                    tokens.add(new Token(Kind.STRING, unicode(quoted('\''))));
                } else if (Character.isDigit(c)) {
                    StringBuilder b = new StringBuilder().append((char) c);
                    while (Character.isDigit(peek()) || peek() == '.' || peek() == 'E' || peek() == 'e'
                            || ((peek() == '+' || peek() == '-') && (b.charAt(b.length() - 1) == 'E' || b.charAt(b.length() - 1) == 'e'))) {
                        b.append((char) read());
                    }
                    tokens.add(new Token(Kind.NUMBER, b.toString()));
                } else if (Character.isLetter(c) || c == '_') {
                    StringBuilder b = new StringBuilder().append((char) c);
                    while (Character.isLetterOrDigit(peek()) || peek() == '_') {
                        b.append((char) read());
                    }
                    tokens.add(new Token(Kind.WORD, b.toString().toUpperCase(Locale.ROOT)));
                } else if ("(),.-+*/=<>:|&!%[]{}?".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf((char) c)));
                } else {
                    throw new NotData("character " + (char) c);
                }
            }
        }

        /** A text up to its closing quote, a doubled quote standing for one. */
        private String quoted(char quote) throws IOException {
            StringBuilder b = new StringBuilder();
            while (true) {
                int c = read();
                if (c < 0) {
                    throw new NotData("the script ends inside a text");
                }
                if (c == quote) {
                    if (peek() == quote) {
                        read();
                    } else {
                        return b.toString();
                    }
                }
                b.append((char) c);
            }
        }

        /** H2's Unicode text: {@code \XXXX}, {@code \+XXXXXX} and {@code \\}. */
        private static String unicode(String s) throws NotData {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                try {
                    if (s.charAt(i + 1) == '\\') {
                        b.append('\\');
                        i++;
                    } else if (s.charAt(i + 1) == '+') {
                        b.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 8), 16));
                        i += 7;
                    } else {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                } catch (RuntimeException e) {
                    throw new NotData("escape in a text");
                }
            }
            return b.toString();
        }
    }
}
