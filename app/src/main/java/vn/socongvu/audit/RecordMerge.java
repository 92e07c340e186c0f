package vn.socongvu.audit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-by-field merge of an edit conflict, for one kind of draft (a record): each field the audit names (a
 * message key such as {@code task.field.content}) is one or more of the draft's components. Given the draft as the
 * form loaded it, the record as the other person left it (theirs, as a draft), the clerk's draft (mine) and the
 * fields where the clerk keeps mine, {@link #merge} makes the draft to save: a field the other person changed takes
 * theirs unless the clerk keeps mine; every other component is mine (what the clerk typed, or left as loaded).
 *
 * @param <D> the draft
 */
public final class RecordMerge<D extends Record> {
    private final Class<D> type;
    private final RecordComponent[] components;
    private final Constructor<D> canonical;
    private final Map<String, List<Integer>> fields = new LinkedHashMap<>();

    private RecordMerge(Class<D> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <D extends Record> RecordMerge<D> of(Class<D> type) {
        return new RecordMerge<>(type);
    }

    /** Declares that the audit's field {@code key} is the draft's {@code componentNames}. */
    public RecordMerge<D> field(String key, String... componentNames) {
        List<Integer> idx = Arrays.stream(componentNames).map(this::index).toList();
        fields.put(key, idx);
        return this;
    }

    /** The audit fields this merge knows (a form offers a choice for each of them the other person changed). */
    public Set<String> fields() {
        return fields.keySet();
    }

    /** The fields whose value differs between {@code a} and {@code b}. */
    public Set<String> differing(D a, D b) {
        Set<String> out = new LinkedHashSet<>();
        Object[] va = values(a);
        Object[] vb = values(b);
        fields.forEach((key, idx) -> {
            if (idx.stream().anyMatch(i -> !Objects.equals(va[i], vb[i]))) {
                out.add(key);
            }
        });
        return out;
    }

    /**
     * The draft to save: {@code mine}, except each field changed from {@code loaded} to {@code theirs}, which takes
     * theirs unless it is in {@code keepMine}.
     */
    public D merge(D loaded, D theirs, D mine, Set<String> keepMine) {
        Object[] out = values(mine);
        Object[] t = values(theirs);
        Set<String> changed = differing(loaded, theirs);
        fields.forEach((key, idx) -> {
            if (changed.contains(key) && !keepMine.contains(key)) {
                idx.forEach(i -> out[i] = t[i]);
            }
        });
        try {
            return canonical.newInstance(out);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private Object[] values(D d) {
        Object[] v = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                v[i] = components[i].getAccessor().invoke(d);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }

    private int index(String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + name);
    }
}
