package vn.socongvu.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Writes rows read from a file (an import, the trash) back into their table. */
public final class Rows {
    /** Rows a statement inserts at most; an import gathers as many before writing them. */
    public static final int CHUNK = 400;

    private Rows() {
    }

    /**
     * Inserts {@code rows} (values in the table's column order, keys given), a row referring to another
     * of the same table (a sub-task to its parent) after that one.
     */
    public static void insert(DSLContext dsl, TableMeta table, List<Object[]> rows) {
        List<Object[]> ordered = parentsFirst(table, rows);
        List<Field<Object>> fields = table.fields();
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            InsertValuesStepN<Record> insert = dsl.insertInto(table.table(), fields);
            for (Object[] row : ordered.subList(from, Math.min(ordered.size(), from + CHUNK))) {
                insert = insert.values(row);
            }
            insert.execute();
        }
    }

    /** After rows came in with their own ids: new records continue after the highest. */
    public static void continueIdentity(DSLContext dsl, TableMeta table) {
        table.identity().ifPresent(c -> {
            Long max = dsl.select(DSL.max(c.field())).from(table.table()).fetchOne(0, Long.class);
            // jOOQ has no statement for an identity restart: the engine's own (EngineSql)
            EngineSql.restartIdentity(dsl, EngineSql.engine(dsl), table.name(), c.name(), max == null ? 1 : max + 1);
        });
    }

    public static List<Object[]> parentsFirst(TableMeta table, List<Object[]> rows) {
        TableMeta.Reference self = table.references().stream()
                .filter(r -> r.selfReference(table) && r.columns().size() == 1).findFirst().orElse(null);
        if (self == null || table.primaryKey().size() != 1) {
            return rows;
        }
        int key = table.indexOf(table.primaryKey().getFirst());
        int parent = table.indexOf(self.columns().getFirst());
        Map<Object, Object[]> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r[key], r));
        List<Object[]> out = new ArrayList<>(rows.size());
        Set<Object> placed = new HashSet<>();
        for (Object[] r : rows) {
            place(r, key, parent, byKey, placed, out, new HashSet<>());
        }
        return out;
    }

    private static void place(Object[] r, int key, int parent, Map<Object, Object[]> byKey, Set<Object> placed,
                              List<Object[]> out, Set<Object> path) {
        if (placed.contains(r[key]) || !path.add(r[key])) {
            return; // placed already, or a loop (the database refuses it when inserting)
        }
        Object[] up = r[parent] == null ? null : byKey.get(r[parent]);
        if (up != null) {
            place(up, key, parent, byKey, placed, out, path);
        }
        if (placed.add(r[key])) {
            out.add(r);
        }
    }
}
