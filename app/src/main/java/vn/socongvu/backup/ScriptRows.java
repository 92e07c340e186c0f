package vn.socongvu.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the rows an H2 {@code SCRIPT} inserts into each table of the PUBLIC schema, without running it.
 * H2 writes a table's rows as blocks of {@code INSERT INTO "PUBLIC"."T" VALUES} followed by one row per
 * line — {@code (…),} and the block's last {@code (…);}, sometimes padded with spaces — with every line
 * break inside a value escaped, so a row is a line that starts with "(" inside a block. Other statements
 * (tables, indexes, constraints, the LOB blocks) are not rows of a table.
 */
final class ScriptRows {
    private static final String INSERT = "INSERT INTO \"PUBLIC\".\"";

    private ScriptRows() {
    }

    /** Reads {@code script} to its end (it is not closed): rows per table, tables without rows absent. */
    static Map<String, Long> count(InputStream script) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 1 << 16);
        String table = null;
        long n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (table == null) {
                if (line.startsWith(INSERT) && line.endsWith(" VALUES")) {
                    int end = line.indexOf('"', INSERT.length());
                    table = line.substring(INSERT.length(), end);
                    n = 0;
                }
            } else if (line.startsWith("(")) {
                n++;
                if (line.stripTrailing().endsWith(");")) { // H2 pads a statement's last line with spaces
                    rows.merge(table, n, Long::sum);
                    table = null;
                }
            } else {
                throw new IOException("unexpected line in the rows of " + table);
            }
        }
        if (table != null) {
            throw new IOException("the script ends inside the rows of " + table);
        }
        return rows;
    }
}
