package vn.socongvu.search.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.socongvu.i18n.Messages;
import vn.socongvu.search.SearchGroup;
import vn.socongvu.search.SearchHit;
import vn.socongvu.search.SearchKind;
import vn.socongvu.search.SearchResults;
import vn.socongvu.search.SearchService;
import vn.socongvu.ui.kit.LatestRequest;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * The search field in the window's header: what the clerk types searched across the sections in the background
 * (only the latest answer shown), the results as rows grouped by kind with "Xem tất cả" under a group that has
 * more, and opening a result (its section shown with the record selected, through {@code opener}).
 */
public final class SearchViewModel {
    /** One line of the results: a group's heading, a record found, or "Xem tất cả" under a group. */
    public record Row(Kind kind, SearchKind of, SearchHit hit, String text) {
        /** What a line is. */
        public enum Kind { HEADING, HIT, MORE }
    }

    private final Supplier<SearchService> search;
    private final Consumer<SearchHit> opener;
    private final LatestRequest reading;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final List<SearchGroup> groups = new ArrayList<>();

    /**
     * @param search the open data's search; null while the data is still being opened (nothing is searched)
     * @param opener shows a result's section with its record selected (the window's)
     */
    public SearchViewModel(Supplier<SearchService> search, TaskRunner runner, Consumer<SearchHit> opener) {
        this.search = search;
        this.opener = opener;
        this.reading = runner.latest("socongvu-search");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Đang tìm…", or that nothing was found; empty when there are results. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the results are to be shown under the field. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return reading.busyProperty();
    }

    /** Searches what is typed now (the field calls it once the clerk pauses); a blank field closes the results. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        SearchService s = search.get();
        if (q.isEmpty() || s == null) {
            close();
            reading.run(() -> null, r -> { }, e -> { }); // an answer still coming is not shown
            return;
        }
        message.set(Messages.get("search.searching"));
        showing.set(true);
        reading.run(() -> s.search(q, SearchService.PER_KIND), this::show, e -> {
            groups.clear();
            rows.clear();
            message.set(Messages.get("search.failed"));
        });
    }

    private void show(SearchResults r) {
        groups.clear();
        groups.addAll(r.groups());
        message.set(r.isEmpty() ? Messages.get("search.none", r.query()) : "");
        showing.set(true);
        rebuild();
    }

    /** "Xem tất cả" under a group: every record of that kind found (up to {@link SearchService#ALL_OF_KIND}). */
    public void showAll(SearchKind kind) {
        String q = query.get() == null ? "" : query.get().strip();
        SearchService s = search.get();
        if (s == null) {
            return;
        }
        reading.run(() -> s.search(q, kind, SearchService.ALL_OF_KIND), g -> {
            groups.replaceAll(old -> old.kind() == kind ? g : old);
            message.set("");
            rebuild();
        }, e -> message.set(Messages.get("search.failed")));
    }

    private void rebuild() {
        List<Row> out = new ArrayList<>();
        for (SearchGroup g : groups) {
            out.add(new Row(Row.Kind.HEADING, g.kind(), null, g.kind().label()));
            g.hits().forEach(h -> out.add(new Row(Row.Kind.HIT, g.kind(), h, h.title())));
            if (g.more()) {
                out.add(new Row(Row.Kind.MORE, g.kind(), null, Messages.get("search.all",
                        g.kind().label().toLowerCase(Messages.VI))));
            }
        }
        rows.setAll(out);
    }

    /** The first record found (what Enter opens), if any. */
    public Row first() {
        return rows.stream().filter(r -> r.kind() == Row.Kind.HIT).findFirst().orElse(null);
    }

    /** Opens a line: a record goes to its section, selected; "Xem tất cả" lists the rest of its kind. */
    public void open(Row row) {
        if (row == null || row.kind() == Row.Kind.HEADING) {
            return;
        }
        if (row.kind() == Row.Kind.MORE) {
            showAll(row.of());
            return;
        }
        close();
        opener.accept(row.hit());
    }

    /** The results closed (Esc, a click elsewhere, a record opened); what was typed stays. */
    public void close() {
        showing.set(false);
    }
}
