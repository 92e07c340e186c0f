package vn.socongvu.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * One table of a database as the database itself describes it (H2's information schema): columns with
 * their types and limits, primary key, references with their delete rule. Read at run time, so that data
 * exchange and the trash work on any schema version, not only the one the code was generated from.
 */
public record TableMeta(String name, List<Column> columns, List<String> primaryKey, List<Reference> references) {
    public enum Type { BIGINT, INTEGER, BOOLEAN, DATE, TIMESTAMP, DECIMAL, VARCHAR, CLOB }

    public enum DeleteRule { CASCADE, SET_NULL, RESTRICT }

    /** @param length characters for VARCHAR; @param precision and @param scale for DECIMAL */
    public record Column(String name, Type type, long length, int precision, int scale, boolean nullable,
                         boolean hasDefault, boolean identity) {
        /** The column's name as data files spell it: lower case. */
        public String jsonName() {
            return name.toLowerCase(Locale.ROOT);
        }

        /** A typed jOOQ field, so that values come back as Long, LocalDate, BigDecimal … */
        public Field<Object> field() {
            return DSL.field(DSL.name(name), dataType());
        }

        @SuppressWarnings("unchecked")
        private DataType<Object> dataType() {
            DataType<?> t = switch (type) {
                case BIGINT -> SQLDataType.BIGINT;
                case INTEGER -> SQLDataType.INTEGER;
                case BOOLEAN -> SQLDataType.BOOLEAN;
                case DATE -> SQLDataType.LOCALDATE;
                case TIMESTAMP -> SQLDataType.LOCALDATETIME;
                case DECIMAL -> SQLDataType.DECIMAL(precision, scale);
                case VARCHAR -> SQLDataType.VARCHAR((int) Math.min(Integer.MAX_VALUE, length));
                case CLOB -> SQLDataType.CLOB;
            };
            return (DataType<Object>) t;
        }

        /**
         * This column's value in the current row of {@code rs} (at {@code index}, from 1), as {@link #javaType()}:
         * read by its type, for the fast paths that stream whole tables (a data file, a backup).
         */
        public Object read(ResultSet rs, int index) throws SQLException {
            Object v = switch (type) {
                case BIGINT -> rs.getLong(index);
                case INTEGER -> rs.getInt(index);
                case BOOLEAN -> rs.getBoolean(index);
                case DATE -> rs.getObject(index, LocalDate.class);
                case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
                case DECIMAL -> rs.getBigDecimal(index);
                case VARCHAR, CLOB -> rs.getString(index);
            };
            return rs.wasNull() ? null : v;
        }

        /** The Java class values of this column have. */
        public Class<?> javaType() {
            return switch (type) {
                case BIGINT -> Long.class;
                case INTEGER -> Integer.class;
                case BOOLEAN -> Boolean.class;
                case DATE -> LocalDate.class;
                case TIMESTAMP -> LocalDateTime.class;
                case DECIMAL -> BigDecimal.class;
                case VARCHAR, CLOB -> String.class;
            };
        }

        /** Null and no default: a row must give a value. */
        public boolean required() {
            return !nullable && !hasDefault && !identity;
        }
    }

    /** {@code columns} of this table refer to {@code refColumns} of {@code table}. */
    public record Reference(String name, List<String> columns, String table, List<String> refColumns,
                            DeleteRule onDelete) {
        public boolean selfReference(TableMeta owner) {
            return table.equals(owner.name());
        }
    }

    public String jsonName() {
        return name.toLowerCase(Locale.ROOT);
    }

    public Table<Record> table() {
        return DSL.table(DSL.name(name));
    }

    public List<Field<Object>> fields() {
        return columns.stream().map(Column::field).toList();
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Column> column(String jsonName) {
        int i = jsonIndex(jsonName);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** The position of the column a data file names ({@code "due_date"}), or -1. */
    public int jsonIndex(String jsonName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).jsonName().equals(jsonName)) {
                return i;
            }
        }
        return -1;
    }

    public List<Field<Object>> keyFields() {
        return primaryKey.stream().map(k -> columns.get(indexOf(k)).field()).toList();
    }

    /** The identity column, if the table has one ({@code id}). */
    public Optional<Column> identity() {
        return columns.stream().filter(Column::identity).findFirst();
    }

    /**
     * The tables of the PUBLIC schema (Flyway's history left out), every table after the tables it refers
     * to, so that inserting in this order never meets a missing parent. The audit log's {@code tx_id} is left out
     * too: the number of the server transaction that wrote a row means something only on that server
     * ({@link EngineSql#transactionId}), so data files, backups, the trash and copies neither carry nor compare it.
     */
    public static List<TableMeta> read(DSLContext dsl) {
        Map<String, List<Column>> columns = new TreeMap<>();
        // The information schema's standard views, the same on H2 and PostgreSQL but for the case of the names
        // (EngineSql): the names are read in H2's upper case on both.
        Engine engine = EngineSql.engine(dsl);
        String schema = EngineSql.schema(engine);
        for (Record r : dsl.resultQuery("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                       NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ?
                ORDER BY TABLE_NAME, ORDINAL_POSITION""", schema).fetch()) {
            String table = EngineSql.canonical(r.get(0, String.class));
            if (table.equalsIgnoreCase("flyway_schema_history")
                    || table.equals("AUDIT_LOG") && EngineSql.canonical(r.get(1, String.class)).equals("TX_ID")) {
                continue;
            }
            Long length = r.get(3, Long.class);
            Integer precision = r.get(4, Integer.class);
            Integer scale = r.get(5, Integer.class);
            columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(EngineSql.canonical(r.get(1, String.class)),
                    type(EngineSql.typeName(r.get(2, String.class))), length == null ? 0 : length, precision == null ? 0 : precision,
                    scale == null ? 0 : scale, "YES".equals(r.get(6, String.class)), r.get(7) != null,
                    "YES".equals(r.get(8, String.class))));
        }
        Map<String, List<String>> keys = new TreeMap<>();
        for (Record r : dsl.resultQuery("""
                SELECT K.TABLE_NAME, K.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS C
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K
                  ON K.CONSTRAINT_SCHEMA = C.CONSTRAINT_SCHEMA AND K.CONSTRAINT_NAME = C.CONSTRAINT_NAME
                 AND K.TABLE_NAME = C.TABLE_NAME
                WHERE C.CONSTRAINT_SCHEMA = ? AND C.CONSTRAINT_TYPE = 'PRIMARY KEY'
                ORDER BY K.TABLE_NAME, K.ORDINAL_POSITION""", schema).fetch()) {
            keys.computeIfAbsent(EngineSql.canonical(r.get(0, String.class)), t -> new ArrayList<>())
                    .add(EngineSql.canonical(r.get(1, String.class)));
        }
        record Part(String name, String table, String column, String refTable, String refColumn, String rule) {
        }
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        for (Record r : dsl.resultQuery("""
                SELECT R.CONSTRAINT_NAME, K.TABLE_NAME, K.COLUMN_NAME, U.TABLE_NAME, U.COLUMN_NAME, R.DELETE_RULE
                FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K
                  ON K.CONSTRAINT_SCHEMA = R.CONSTRAINT_SCHEMA AND K.CONSTRAINT_NAME = R.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE U
                  ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME
                 AND U.ORDINAL_POSITION = K.POSITION_IN_UNIQUE_CONSTRAINT
                WHERE R.CONSTRAINT_SCHEMA = ?
                ORDER BY K.TABLE_NAME, R.CONSTRAINT_NAME, K.ORDINAL_POSITION""", schema).fetch()) {
            String name = EngineSql.canonical(r.get(0, String.class));
            String table = EngineSql.canonical(r.get(1, String.class));
            parts.computeIfAbsent(table + "." + name, n -> new ArrayList<>()).add(new Part(name, table,
                    EngineSql.canonical(r.get(2, String.class)), EngineSql.canonical(r.get(3, String.class)),
                    EngineSql.canonical(r.get(4, String.class)), r.get(5, String.class)));
        }
        Map<String, List<Reference>> refs = new TreeMap<>();
        for (List<Part> p : parts.values()) {
            Part first = p.getFirst();
            DeleteRule rule = switch (first.rule()) {
                case "CASCADE" -> DeleteRule.CASCADE;
                case "SET NULL" -> DeleteRule.SET_NULL;
                default -> DeleteRule.RESTRICT;
            };
            refs.computeIfAbsent(first.table(), t -> new ArrayList<>()).add(new Reference(first.name(),
                    p.stream().map(Part::column).toList(), first.refTable(),
                    p.stream().map(Part::refColumn).toList(), rule));
        }
        List<TableMeta> all = new ArrayList<>();
        columns.forEach((t, cols) -> all.add(new TableMeta(t, List.copyOf(cols), List.copyOf(keys.getOrDefault(t, List.of())),
                List.copyOf(refs.getOrDefault(t, List.of())))));
        return insertOrder(all);
    }

    private static Type type(String sqlType) {
        return switch (sqlType) {
            case "BIGINT" -> Type.BIGINT;
            case "INTEGER", "SMALLINT", "TINYINT" -> Type.INTEGER;
            case "BOOLEAN" -> Type.BOOLEAN;
            case "DATE" -> Type.DATE;
            case "TIMESTAMP" -> Type.TIMESTAMP;
            case "NUMERIC", "DECIMAL" -> Type.DECIMAL;
            case "CHARACTER VARYING", "CHARACTER", "VARCHAR_IGNORECASE" -> Type.VARCHAR;
            case "CHARACTER LARGE OBJECT" -> Type.CLOB;
            default -> throw new IllegalStateException("column type not handled by data exchange: " + sqlType);
        };
    }

    /** Parents first; ties by name, so the order is the same on every machine. */
    static List<TableMeta> insertOrder(List<TableMeta> tables) {
        List<TableMeta> left = new ArrayList<>(tables);
        left.sort(Comparator.comparing(TableMeta::name));
        List<TableMeta> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!left.isEmpty()) {
            TableMeta next = left.stream().filter(t -> t.references().stream()
                            .allMatch(r -> r.selfReference(t) || placed.contains(r.table())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("tables refer to each other in a cycle"));
            left.remove(next);
            ordered.add(next);
            placed.add(next.name());
        }
        return List.copyOf(ordered);
    }
}
