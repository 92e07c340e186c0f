package vn.socongvu.trash;

import static vn.socongvu.storage.jooq.Tables.TRASH;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import vn.socongvu.audit.AuditAction;
import vn.socongvu.audit.AuditLog;
import vn.socongvu.audit.ReadArea;
import vn.socongvu.common.Labeled;
import vn.socongvu.common.ValidationException;
import vn.socongvu.storage.Database;
import vn.socongvu.storage.ImportProblem;
import vn.socongvu.storage.RowJson;
import vn.socongvu.storage.Rows;
import vn.socongvu.storage.TableMeta;

/**
 * The Thùng rác. A feature that deletes a record calls {@link #keep} first, in the same transaction: the
 * record's row and every row that goes with it (its tasks, occurrences, attendance … found through the
 * database's references) are kept as JSON, together with the references elsewhere that the delete empties
 * (a meeting's conclusion that pointed at a deleted task). {@link #restore} puts all of it back, with its
 * ids, in one transaction.
 */
public final class Trash {
    public static final String ENTITY = "trash";

    private final Database db;
    private final AuditLog audit;
    private volatile Map<String, TableMeta> tables;

    public Trash(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Built on the first delete or restore, not when the data opens: Jackson is ~500 classes to set up. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    public enum Kind implements Labeled {
        PLAN("trash.kind.plan", "plan"),
        TASK("trash.kind.task", "task"),
        TARGET("trash.kind.target", "plan_target"),
        MEETING("trash.kind.meeting", "meeting"),
        INSPECTION("trash.kind.inspection", "inspection");

        private final String labelKey;
        private final String entity;

        Kind(String labelKey, String entity) {
            this.labelKey = labelKey;
            this.entity = entity;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }

        /** The audit log's name for records of this kind. */
        public String entity() {
            return entity;
        }
    }

    /** One deleted record as the list shows it. */
    public record Item(long id, Kind kind, long entityId, String title, LocalDateTime deletedAt, String deletedBy) {
    }

    /** The schema as the database describes it, read once (it does not change while the data is open). */
    private Map<String, TableMeta> tables(DSLContext dsl) {
        Map<String, TableMeta> t = tables;
        if (t == null) {
            Map<String, TableMeta> m = new LinkedHashMap<>();
            TableMeta.read(dsl).forEach(x -> m.put(x.name(), x));
            tables = t = m;
        }
        return t;
    }

    /**
     * Keeps the rows of {@code roots} (table name → ids; the first is the record itself) and all that depends
     * on them, before the caller deletes them in the same transaction {@code tx}.
     */
    public void keep(DSLContext tx, Kind kind, long entityId, String title, Map<String, Collection<Long>> roots) {
        Map<String, TableMeta> meta = tables(tx);
        Map<TableMeta, Map<Object, Object[]>> rows = new LinkedHashMap<>();
        meta.values().forEach(t -> rows.put(t, new LinkedHashMap<>()));
        List<Link> links = new ArrayList<>();
        Deque<Map.Entry<TableMeta, List<Object[]>>> work = new ArrayDeque<>();
        roots.forEach((table, ids) -> {
            TableMeta t = meta.get(table.toUpperCase(Locale.ROOT));
            add(rows, work, t, select(tx, t, t.primaryKey().getFirst(), new ArrayList<>(ids)));
        });
        while (!work.isEmpty()) {
            var next = work.poll();
            TableMeta parent = next.getKey();
            for (TableMeta child : meta.values()) {
                for (TableMeta.Reference ref : child.references()) {
                    if (!ref.table().equals(parent.name()) || ref.columns().size() != 1) {
                        continue;
                    }
                    int refIndex = parent.indexOf(ref.refColumns().getFirst());
                    List<Object> keys = next.getValue().stream().map(r -> r[refIndex]).toList();
                    List<Object[]> found = select(tx, child, ref.columns().getFirst(), keys);
                    if (ref.onDelete() == TableMeta.DeleteRule.SET_NULL) {
                        int col = child.indexOf(ref.columns().getFirst());
                        found.forEach(r -> links.add(new Link(child, key(child, r), ref.columns().getFirst(), r[col])));
                    } else {
                        add(rows, work, child, found);
                    }
                }
            }
        }
        links.removeIf(l -> rows.get(l.table()).containsKey(l.key())); // goes back with its own row
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("tables");
            g.writeStartObject();
            rows.forEach((t, byKey) -> {
                if (!byKey.isEmpty()) {
                    g.writeName(t.jsonName());
                    g.writeStartArray();
                    byKey.values().forEach(r -> RowJson.write(g, t, r));
                    g.writeEndArray();
                }
            });
            g.writeEndObject();
            g.writeName("links");
            g.writeStartArray();
            for (Link l : links) {
                g.writeStartObject();
                g.writeStringProperty("table", l.table().jsonName());
                g.writePOJOProperty("key", l.key());
                g.writeStringProperty("column", l.column().toLowerCase(Locale.ROOT));
                g.writePOJOProperty("value", l.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        tx.insertInto(TRASH)
                .set(TRASH.KIND, kind.name())
                .set(TRASH.ENTITY_ID, entityId)
                .set(TRASH.TITLE, title.length() > 500 ? title.substring(0, 499) + "…" : title)
                .set(TRASH.DELETED_AT, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .set(TRASH.DELETED_BY, audit.actor())
                .set(TRASH.CONTENT, out.toString())
                .execute();
    }

    /** A reference the delete emptied (ON DELETE SET NULL): {@code column} of the row {@code key} was {@code value}. */
    private record Link(TableMeta table, Object key, String column, Object value) {
    }

    private static Object key(TableMeta t, Object[] row) {
        return row[t.indexOf(t.primaryKey().getFirst())];
    }

    private static void add(Map<TableMeta, Map<Object, Object[]>> rows, Deque<Map.Entry<TableMeta, List<Object[]>>> work,
                            TableMeta t, List<Object[]> found) {
        Map<Object, Object[]> byKey = rows.get(t);
        List<Object[]> fresh = new ArrayList<>();
        for (Object[] r : found) {
            // Tables keyed by two columns (a task's cooperating units) are kept whole: their first key column
            // alone is not unique, so they are keyed by the whole row's key.
            Object k = t.primaryKey().size() == 1 ? key(t, r)
                    : t.primaryKey().stream().map(c -> r[t.indexOf(c)]).toList();
            if (byKey.putIfAbsent(k, r) == null) {
                fresh.add(r);
            }
        }
        if (!fresh.isEmpty()) {
            work.add(Map.entry(t, fresh));
        }
    }

    private static List<Object[]> select(DSLContext tx, TableMeta t, String column, List<Object> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Field<Object> f = t.columns().get(t.indexOf(column)).field();
        return tx.select(t.fields()).from(t.table()).where(f.in(values)).orderBy(t.keyFields()).fetch(Record::intoArray);
    }

    /** Everything in the trash, the most recently deleted first. */
    public List<Item> items() {
        audit.reads().require(ReadArea.TRASH);
        return items(db.dsl(), DSL.noCondition());
    }

    private static List<Item> items(DSLContext dsl, Condition which) {
        return dsl.select(TRASH.ID, TRASH.KIND, TRASH.ENTITY_ID, TRASH.TITLE, TRASH.DELETED_AT, TRASH.DELETED_BY)
                .from(TRASH).where(which).orderBy(TRASH.DELETED_AT.desc(), TRASH.ID.desc())
                .fetch(r -> new Item(r.get(TRASH.ID), Kind.valueOf(r.get(TRASH.KIND)), r.get(TRASH.ENTITY_ID),
                        r.get(TRASH.TITLE), r.get(TRASH.DELETED_AT), r.get(TRASH.DELETED_BY)));
    }

    public Optional<Item> item(long id) {
        audit.reads().require(ReadArea.TRASH);
        return items(db.dsl(), TRASH.ID.eq(id)).stream().findFirst();
    }

    /**
     * Puts the record and all that went with it back, with their ids, and takes it out of the trash.
     * @throws ValidationException (field "id") when it cannot go back: what it belonged to is gone
     */
    public Item restore(long id) {
        try {
            return db.tx(tx -> {
                // locked first: another client restoring or removing it at once waits, then finds it gone
                Item item = lockedItem(tx, id);
                putBack(tx, tx.select(TRASH.CONTENT).from(TRASH).where(TRASH.ID.eq(id)).fetchOne(TRASH.CONTENT));
                tx.deleteFrom(TRASH).where(TRASH.ID.eq(id)).execute();
                audit.record(tx, item.kind().entity(), item.entityId(), AuditAction.RESTORE);
                return item;
            });
        } catch (DataAccessException e) {
            String title = item(id).map(Item::title).orElse("");
            throw ValidationException.of("id", "trash.error.restore", title);
        }
    }

    private void putBack(DSLContext tx, String content) {
        Map<String, TableMeta> byJson = new HashMap<>();
        tables(tx).values().forEach(t -> byJson.put(t.jsonName(), t));
        Map<TableMeta, List<Object[]>> rows = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        try (JsonParser p = Json.MAPPER.createParser(content)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String section = p.currentName();
                p.nextToken();
                if (section.equals("tables")) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        TableMeta t = byJson.get(p.currentName());
                        p.nextToken();
                        if (t == null) {
                            throw ValidationException.of("id", "trash.error.unreadable");
                        }
                        List<Object[]> list = rows.computeIfAbsent(t, x -> new ArrayList<>());
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            RowJson.Row row = RowJson.read(p, t, problems);
                            if (row != null && row.valid()) {
                                list.add(row.values());
                            }
                        }
                    }
                } else if (section.equals("links")) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        links.add(p.readValueAs(Map.class));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of("id", "trash.error.unreadable");
        }
        for (TableMeta t : tables(tx).values()) { // parents first
            List<Object[]> list = rows.get(t);
            if (list != null) {
                Rows.insert(tx, t, list);
            }
        }
        for (Map<String, Object> l : links) {
            TableMeta t = byJson.get(String.valueOf(l.get("table")));
            Optional<TableMeta.Column> column = t == null ? Optional.empty() : t.column(String.valueOf(l.get("column")));
            if (column.isEmpty()) {
                continue; // the column is gone from the schema: nothing to point back
            }
            Field<Object> key = t.keyFields().getFirst();
            Field<Object> col = column.get().field();
            Condition where = key.eq(DSL.val(l.get("key"), key)).and(col.isNull());
            Object value = l.get("value");
            tx.update(t.table()).set(col, value).where(where).execute();
        }
    }

    /** Removes one item for good. */
    public void purge(long id) {
        db.txRun(tx -> {
            Item item = lockedItem(tx, id);
            tx.deleteFrom(TRASH).where(TRASH.ID.eq(id)).execute();
            audit.recordChanges(tx, ENTITY, id, AuditAction.PURGE, Map.of("trash.field.title", item.title()), Map.of());
        });
    }

    /** The item {@code id}, its row locked in the transaction. @throws ValidationException when it is gone */
    private static Item lockedItem(DSLContext tx, long id) {
        if (!AuditLog.lock(tx, TRASH.ID, id)) {
            throw ValidationException.of("id", "validation.notFound");
        }
        return items(tx, TRASH.ID.eq(id)).getFirst();
    }

    /** Empties the trash. @return how many items were removed */
    public int empty() {
        return empty(null);
    }

    /**
     * Empties the trash of the items the clerk saw ({@code shown}, the ids of {@link #items()}; null: all): an item
     * another client put in meanwhile stays, one it restored meanwhile is not counted. @return how many were removed
     */
    public int empty(Collection<Long> shown) {
        return db.tx(tx -> {
            // locked in the order of their ids: a restore under way finishes first, and its item is then gone
            List<Long> locked = tx.select(TRASH.ID).from(TRASH)
                    .where(shown == null ? DSL.noCondition() : TRASH.ID.in(shown))
                    .orderBy(TRASH.ID).forUpdate().fetch(TRASH.ID);
            List<Item> all = locked.isEmpty() ? List.of() : items(tx, TRASH.ID.in(locked));
            for (Item item : all) {
                tx.deleteFrom(TRASH).where(TRASH.ID.eq(item.id())).execute();
                audit.recordChanges(tx, ENTITY, item.id(), AuditAction.PURGE,
                        Map.of("trash.field.title", item.title()), Map.of());
            }
            return all.size();
        });
    }
}
