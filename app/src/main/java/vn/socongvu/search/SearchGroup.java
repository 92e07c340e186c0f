package vn.socongvu.search;

import java.util.List;

/** The records of one kind found, newest first, at most as many as asked; {@code more} when others match too. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, boolean more) {
    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
