package vn.socongvu.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.scene.Node;

import vn.socongvu.audit.ReadArea;
import vn.socongvu.common.Labeled;
import vn.socongvu.search.SearchKind;

/**
 * One section of the window: its button in the left navigation, its model and its screen. The model is made on
 * the section's first visit, once the data is open, and kept while the window is; the screen is built from it on
 * each visit and let go when the clerk goes to another section ({@link MainView}). The sections are registered,
 * in order, in {@link Sections}.
 * @param <M> the section's model: its ViewModel, or a record of the ViewModels of its tabs
 */
public final class Section<M> implements Labeled {
    private final String slug;
    private final String labelKey;
    private final Function<SectionContext, M> model;
    private final BiFunction<M, SectionContext, Node> screen;
    /** How the section opens one of its records by id, for each kind of record it keeps. */
    private final Map<SearchKind, Opener<M>> openers;
    /** What the section shows as a whole, which an account must be allowed to read to be offered it; null: none. */
    private final ReadArea area;

    private Section(String slug, String labelKey, Function<SectionContext, M> model,
                    BiFunction<M, SectionContext, Node> screen, Map<SearchKind, Opener<M>> openers, ReadArea area) {
        this.slug = slug;
        this.labelKey = labelKey;
        this.model = model;
        this.screen = screen;
        this.openers = openers;
        this.area = area;
    }

    /**
     * @param slug     the section's name in node ids ("nav-" + slug) and screenshot file names
     * @param labelKey its label in the navigation (messages.properties)
     * @param model    makes its model, on the first visit
     * @param screen   builds its screen on the model, at each visit
     */
    public static <M> Section<M> of(String slug, String labelKey, Function<SectionContext, M> model,
                                    BiFunction<M, SectionContext, Node> screen) {
        return new Section<>(slug, labelKey, model, screen, new EnumMap<>(SearchKind.class), null);
    }

    /**
     * This section, which keeps records of {@code kind} and opens one by its id on its model ({@link
     * SectionContext#open}: a search's result): selected in its list, shown in its form.
     */
    public Section<M> opens(SearchKind kind, Opener<M> opener) {
        Map<SearchKind, Opener<M>> all = new EnumMap<>(SearchKind.class);
        all.putAll(openers);
        all.put(kind, opener);
        return new Section<>(slug, labelKey, model, screen, all, area);
    }

    /**
     * This section, which shows {@code shows} as a whole: the navigation offers it only to an account that may read
     * that (a unit's account sees no Báo cáo, …; docs/accounts.md). A section without one shows each account what it
     * may read of its records.
     */
    public Section<M> shows(ReadArea shows) {
        return new Section<>(slug, labelKey, model, screen, openers, shows);
    }

    /** What the section shows as a whole ({@link #shows}); null when its records are read one by one. */
    public ReadArea area() {
        return area;
    }

    /** Whether this section keeps records of {@code kind}. */
    boolean keeps(SearchKind kind) {
        return openers.containsKey(kind);
    }

    /** Opens the record {@code id} of {@code kind} on the section's model (shown first). */
    void open(M m, SectionContext context, SearchKind kind, long id) {
        openers.get(kind).open(m, context, id);
    }

    /** How a section opens one of its records by id, on its model. */
    @FunctionalInterface
    public interface Opener<M> {
        void open(M model, SectionContext context, long id);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Used for node ids ("nav-directory") and screenshot file names. */
    public String slug() {
        return slug;
    }

    /** The id of its button in the navigation. */
    public String navId() {
        return "nav-" + slug;
    }

    M newModel(SectionContext context) {
        return model.apply(context);
    }

    Node newScreen(M m, SectionContext context) {
        return screen.apply(m, context);
    }

    @Override
    public String toString() {
        return slug;
    }
}
