package vn.socongvu.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.DSLContext;

/**
 * The results of a read kept for as long as the data they were read from is unchanged, on a shared PostgreSQL
 * server: each read is one snapshot ({@link Database#readSnapshot}) whose first statement asks the server which
 * committed data it sees ({@link EngineSql#snapshotVersion}); the same key read on the same version is answered from
 * here. After any commit anywhere on the server (this PC's or another's) the next read, in its own snapshot, either
 * brings the kept result up to date from what changed since its version ({@link Update}: a list reads again the rows
 * of the records changed) or runs the query again. So a result is never older than the data: it is what the query
 * would return.
 * On H2, and inside a transaction (which must see its own writes), every read runs the query.
 * Kept: the {@code size} keys read last.
 */
public final class SnapshotCache<K, V> {
    private final Database db;
    private final Map<K, Kept<V>> entries;

    public SnapshotCache(Database db, int size) {
        this.db = db;
        this.entries = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * How a result kept since an earlier version of the data is brought up to date, in the snapshot of the read.
     */
    @FunctionalInterface
    public interface Update<V> {
        /**
         * @param since the version {@code kept} was read on ({@link EngineSql#snapshotVersion}), to ask what changed
         *              since ({@code AuditLog#changedSince})
         * @return the result on the data as the snapshot sees it, or null when it cannot be told from {@code kept}:
         *         then the whole read runs again
         */
        V apply(DSLContext dsl, String since, V kept);
    }

    /** What {@code load} returns for {@code key} on the data as it is now; {@code load} must depend on nothing else. */
    public V get(K key, Function<DSLContext, V> load) {
        return get(key, load, (dsl, since, kept) -> null);
    }

    /**
     * What {@code load} returns for {@code key} on the data as it is now, a result kept on an earlier version brought
     * up to date by {@code update} when it can; both must depend on nothing else.
     */
    public V get(K key, Function<DSLContext, V> load, Update<V> update) {
        if (db.engine() == Engine.H2 || db.inTransaction()) {
            return load.apply(db.dsl());
        }
        return db.readSnapshot(dsl -> {
            Optional<String> version = EngineSql.snapshotVersion(dsl);
            Kept<V> e;
            synchronized (entries) {
                e = entries.get(key);
            }
            if (e != null && version.isPresent() && e.version().equals(version.get())) {
                return e.value();
            }
            V updated = e == null || version.isEmpty() ? null : update.apply(dsl, e.version(), e.value());
            V value = updated != null ? updated : load.apply(dsl);
            version.ifPresent(v -> {
                synchronized (entries) {
                    entries.put(key, new Kept<>(v, value));
                }
            });
            return value;
        });
    }

    private record Kept<V>(String version, V value) {
    }
}
