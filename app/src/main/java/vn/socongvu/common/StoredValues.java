package vn.socongvu.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a closed value (an enum's name) back from the database. The schema only accepts the enum's names
 * (schema 9) and a data import refuses any other, so an unknown value should never be met; if one is (a
 * database from elsewhere), the screen, the report or the document shows the enum's safe value instead of
 * stopping, and the log says so once per value.
 */
public final class StoredValues {
    private static final System.Logger LOG = System.getLogger(StoredValues.class.getName());
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private StoredValues() {
    }

    /** The constant named {@code stored}; {@code fallback} when there is none of that name; null for null. */
    public static <E extends Enum<E>> E of(Class<E> type, String stored, E fallback) {
        if (stored == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException e) {
            String shown = stored.length() > 40 ? stored.substring(0, 40) + "…" : stored;
            if (LOGGED.add(type.getName() + '\u0000' + shown)) {
                LOG.log(System.Logger.Level.WARNING, "Unknown {0} \"{1}\" in the database; shown as {2}",
                        type.getSimpleName(), shown, fallback);
            }
            return fallback;
        }
    }
}
