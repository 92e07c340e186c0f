package vn.socongvu.search;

/**
 * One record found: what it is, the record to open (for a violation, its inspection's id, where it is kept), its
 * title, and what tells it from the others (a date, a state, a unit).
 */
public record SearchHit(SearchKind kind, long id, String title, String detail) {
}
