package vn.socongvu.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import vn.socongvu.document.DocumentKind;

/**
 * The year's papers waiting for their number, numbered together at the end of the year as a register is kept: for
 * each type, in the order of their dates (a meeting's minutes and an inspection's record share the BB numbers, a
 * minutes of 12/3 comes before a record of 13/3 whichever was made first).
 */
final class DemoRegister {
    private final List<Paper> papers = new ArrayList<>();

    private record Paper(DocumentKind kind, LocalDateTime at, int order, IntConsumer number) {
    }

    /** A paper of type {@code kind} dated {@code at}, given its number through {@code number}. */
    void add(DocumentKind kind, LocalDateTime at, IntConsumer number) {
        papers.add(new Paper(kind, at, papers.size(), number));
    }

    /**
     * Numbers the papers added since the last call, each type from the register's next free number.
     * @param next the next free number of a type in the year
     */
    void numberAll(ToIntFunction<DocumentKind> next) {
        Map<DocumentKind, List<Paper>> byKind = new EnumMap<>(DocumentKind.class);
        for (Paper p : papers) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<DocumentKind, List<Paper>> e : byKind.entrySet()) {
            List<Paper> list = e.getValue();
            list.sort(Comparator.comparing(Paper::at).thenComparingInt(Paper::order));
            int n = next.applyAsInt(e.getKey());
            for (Paper p : list) {
                p.number().accept(n++);
            }
        }
        papers.clear();
    }
}
