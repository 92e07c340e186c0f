package vn.socongvu.search;

import java.util.List;

/** What a search found: the query as asked, and a group for each kind with something found, in kind order. */
public record SearchResults(String query, List<SearchGroup> groups) {
    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
