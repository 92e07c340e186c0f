package vn.socongvu.ui.shell;

import java.util.HashMap;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;

import vn.socongvu.app.Services;
import vn.socongvu.i18n.Messages;
import vn.socongvu.search.SearchKind;
import vn.socongvu.search.ui.SearchBox;
import vn.socongvu.search.ui.SearchViewModel;
import vn.socongvu.settings.ui.DataReplacer;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.KeyActions;
import vn.socongvu.ui.kit.TaskRunner;
import vn.socongvu.ui.kit.Ui;
import vn.socongvu.ui.kit.ViewState;

/**
 * The window shell: header, left navigation (one button a {@link Sections section}), and the current section. At
 * start-up the shell is shown while its data is still being opened; the section then says so until the data is
 * open.
 * <p>
 * A section's model is made on its first visit and kept; its screen is built on each visit and let go when
 * the clerk goes to another section (a screen's nodes are most of the window's memory, a model's lists and
 * forms little). What the clerk arranged on a screen and its models do not hold (tabs, sorting, dividers) is
 * given to the next one.
 */
public final class MainView extends BorderPane {
    private static final int IDLE_MS = 1200;
    /** However busy the clerk, changes from other PCs are shown after this long. */
    private static final long MAX_WAIT_MS = 6000;
    private final MainViewModel vm;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final SectionContext context = new Context();
    private final Map<Section<?>, Object> models = new HashMap<>();
    private final Map<Section<?>, ViewState> arranged = new HashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final HBox dataMenuPlace = new HBox();
    private final VBox top = new VBox();
    private DataFoldersViewModel dataFolders;
    private final SearchBox searchBox;
    private Section<?> shownSection;
    private Node shownScreen;
    /** Changes from other PCs wait for the clerk to pause (no key, no click) before the section is read again. */
    private final PauseTransition refreshWhenIdle = new PauseTransition(Duration.millis(IDLE_MS));
    private final PauseTransition hideNotice = new PauseTransition(Duration.seconds(6));
    private final Label changeNotice = new Label();
    private boolean changesPending;
    private long pendingSince;

    /**
     * @param dialogs the window's dialogs, handed to the sections
     * @param runner  the window's background work, handed to the sections
     * @param dataFolders the data folders' actions ("Dữ liệu ▾"); null where the window cannot switch, or not yet
     */
    public MainView(MainViewModel vm, DialogService dialogs, TaskRunner runner, DataFoldersViewModel dataFolders) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.runner = runner;
        setId("main-view");
        getStyleClass().add("main-view");
        // One search across the sections; it searches once the data is open.
        this.searchBox = new SearchBox(new SearchViewModel(() -> vm.isOpen() ? vm.services().search() : null, runner,
                hit -> openRecord(hit.kind(), hit.id())));
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        searchBox::focus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), searchBox::focus);
            }
        });
        top.getChildren().add(header());
        setTop(top);
        useDataFolders(dataFolders);
        KeyActions.install(this); // Ctrl+S, Ctrl+N, Ctrl+F in the section shown
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 || (e.isShortcutDown() && e.getCode() == KeyCode.R)) {
                e.consume();
                reloadSection();
            }
        });
        setLeft(navigation());
        setCenter(content);
        changeNotice.setId("sync-notice");
        changeNotice.getStyleClass().addAll("sync-notice", Styles.TEXT_SMALL);
        changeNotice.setMouseTransparent(true);
        changeNotice.setVisible(false);
        changeNotice.setStyle("-fx-background-color: -color-accent-subtle; -fx-text-fill: -color-fg-default;"
                + " -fx-padding: 6 12 6 12; -fx-background-radius: 6;");
        StackPane.setAlignment(changeNotice, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(changeNotice, new Insets(0, 16, 12, 0));
        changeNotice.textProperty().bind(vm.changeNoticeProperty());
        hideNotice.setOnFinished(e -> changeNotice.setVisible(false));
        refreshWhenIdle.setOnFinished(e -> showChangesFromElsewhere());
        vm.changedElsewhereSignal().listen(this, entities -> {
            if (!changesPending) {
                changesPending = true;
                pendingSince = System.currentTimeMillis();
            }
            refreshWhenIdle.playFromStart();
        });
        addEventFilter(KeyEvent.ANY, e -> clerkBusy());
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> clerkBusy());
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> clerkBusy());
        vm.sectionProperty().addListener((obs, o, n) -> select(n));
        vm.shownProperty().addListener((obs, o, n) -> show(n));
        show(vm.shownProperty().get());
    }

    private Node header() {
        Label app = new Label(Messages.get("app.title"));
        app.getStyleClass().addAll(Styles.TITLE_4, Styles.ACCENT);
        Label commune = new Label();
        commune.setId("header-commune");
        commune.textProperty().bind(vm.communeTitleProperty());
        commune.getStyleClass().add(Styles.TEXT_BOLD);
        app.setMinWidth(Region.USE_PREF_SIZE);
        commune.setMinWidth(Region.USE_PREF_SIZE);
        Label user = new Label();
        user.setId("header-user");
        user.textProperty().bind(vm.signedInProperty());
        user.visibleProperty().bind(vm.signedInProperty().isNotEmpty());
        user.managedProperty().bind(user.visibleProperty());
        user.setMinWidth(Region.USE_PREF_SIZE);
        Button keys = Ui.button("shortcuts.button", "shortcuts-button", () -> Shortcuts.showHelp(dialogs));
        keys.getStyleClass().add(Styles.FLAT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        dataMenuPlace.setAlignment(Pos.CENTER_LEFT);
        // The folder's path is long: it is the data menu's tooltip (and in Cài đặt → Thư mục dữ liệu), so that the
        // header fits at 1280 px with the search.
        Tooltip.install(dataMenuPlace, new Tooltip(Messages.get("main.dataFolder", vm.dataFolder())));
        HBox h = new HBox(16, app, commune, Ui.spacer(), searchBox, user, dataMenuPlace, keys);
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(FirstFrame.HEADER_PADDING);
        h.setMinHeight(FirstFrame.HEADER_HEIGHT); // the window's first frame's header band, which this one replaces
        h.getStyleClass().add("app-header");
        return h;
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.setId("nav");
        nav.getStyleClass().add("app-nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(FirstFrame.NAV_WIDTH);
        for (Section<?> s : Sections.ALL) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId(s.navId());
            b.setUserData(s);
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add(Styles.FLAT);
            b.setSelected(s == vm.sectionProperty().get());
            // once the data is open, only the sections the account may read (a unit's account: its work)
            b.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.offers(s), vm.openProperty()));
            b.managedProperty().bind(b.visibleProperty());
            nav.getChildren().add(b);
        }
        navGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true); // one section is always selected
            } else {
                vm.sectionProperty().set((Section<?>) n.getUserData());
            }
        });
        return nav;
    }

    public MainViewModel model() {
        return vm;
    }

    /** A section's model, made now if it was not yet (only once the data is open). */
    @SuppressWarnings("unchecked")
    public <M> M model(Section<M> s) {
        Object m = models.get(s);
        if (m == null) {
            m = s.newModel(context);
            models.put(s, m);
        }
        return (M) m;
    }

    /** The data folders' actions, once the data is known: "Dữ liệu ▾" in the header, the demo's banner. */
    public void useDataFolders(DataFoldersViewModel folders) {
        this.dataFolders = folders;
        if (folders == null) {
            dataMenuPlace.getChildren().clear();
            return;
        }
        boolean mayChangeServer = vm.isOpen() && vm.services().accounts().current().editsEverything();
        dataMenuPlace.getChildren().setAll(DataMenu.button(folders, mayChangeServer ? this::showServerSettings : null));
        top.getChildren().setAll(top.getChildren().getFirst());
        if (folders.isDemo()) {
            top.getChildren().add(DataMenu.demoBanner(folders));
        }
    }

    /** Shows a section, as a click in the navigation would; one not offered to the account (a link) stays hidden. */
    public void showSection(Section<?> s) {
        if (vm.offers(s)) {
            vm.sectionProperty().set(s);
        }
    }

    /** "Dữ liệu ▾ → Máy chủ dữ liệu…": Cài đặt shown on its Máy chủ dữ liệu tab. */
    public void showServerSettings() {
        showSection(Sections.SETTINGS);
        if (shownScreen instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> Sections.SERVER_TAB.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    /**
     * F5: the section's screen built again, which reads its lists and choices again (what was typed in its forms
     * is in its model and stays; tabs, sorting and dividers are kept as arranged).
     */
    public void reloadSection() {
        Section<?> s = shownSection;
        if (s == null) {
            return;
        }
        arranged.put(s, ViewState.of(shownScreen));
        shownSection = null;
        show(s);
    }

    /** A key or a click: changes from other PCs wait until the clerk pauses (at most {@link #MAX_WAIT_MS}). */
    private void clerkBusy() {
        if (changesPending && System.currentTimeMillis() - pendingSince < MAX_WAIT_MS) {
            refreshWhenIdle.playFromStart();
        }
    }

    /**
     * Other PCs changed records: the section shown is read again as F5 does (the record in its form and what was
     * typed kept, tabs and sorting kept), the field the clerk was in focused again, and a short notice shown.
     */
    void showChangesFromElsewhere() {
        if (!changesPending) {
            return;
        }
        changesPending = false;
        Scene scene = getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return; // out of its window, or the window closed (its data closed or replaced): nothing to show
        }
        Node focused = scene == null ? null : scene.getFocusOwner();
        String focusedId = focused != null && isInside(focused, content) ? focused.getId() : null;
        int caret = focused instanceof TextInputControl t ? t.getCaretPosition() : -1;
        reloadSection();
        if (focusedId != null && shownScreen != null) {
            Node again = shownScreen.lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
                if (again instanceof TextInputControl t && caret >= 0) {
                    t.positionCaret(Math.min(caret, t.getLength()));
                }
            }
        }
        if (!content.getChildren().contains(changeNotice)) {
            content.getChildren().add(changeNotice);
        }
        changeNotice.setVisible(true);
        hideNotice.playFromStart();
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    /** The header's search (Ctrl+K). */
    public SearchBox searchBox() {
        return searchBox;
    }

    /** Shows the section that keeps records of {@code kind}, the record {@code id} open in it. */
    public void openRecord(SearchKind kind, long id) {
        Sections.ALL.stream().filter(s -> s.keeps(kind)).findFirst().ifPresent(s -> open(s, kind, id));
    }

    private <M> void open(Section<M> s, SearchKind kind, long id) {
        showSection(s);
        s.open(model(s), context, kind, id);
    }

    private void select(Section<?> s) {
        navGroup.getToggles().stream().filter(t -> t.getUserData() == s).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Shows a section's screen; none: "opening the data…". */
    private void show(Section<?> s) {
        if (s == null) {
            content.getChildren().setAll(AppRoot.openingMessage());
            return;
        }
        if (s == shownSection) {
            return;
        }
        if (shownSection != null) {
            arranged.put(shownSection, ViewState.of(shownScreen)); // the screen itself is let go
        }
        Node screen = create(s);
        if (screen instanceof Parent p) {
            RoleScreens.restrict(p, s.slug(), vm.services().accounts().current(), dialogs);
        }
        ViewState before = arranged.remove(s);
        if (before != null) {
            before.applyTo(screen);
        }
        shownSection = s;
        shownScreen = screen;
        content.getChildren().setAll(screen);
    }

    private <M> Node create(Section<M> s) {
        return s.newScreen(model(s), context);
    }

    /** What the sections get from the window. */
    private final class Context implements SectionContext {
        @Override
        public Services services() {
            return vm.services();
        }

        @Override
        public DialogService dialogs() {
            return dialogs;
        }

        @Override
        public TaskRunner runner() {
            return runner;
        }

        @Override
        public DataReplacer replacer() {
            return vm.replacer();
        }

        @Override
        public <M> M show(Section<M> section) {
            showSection(section);
            return model(section);
        }

        @Override
        public DataFoldersViewModel dataFolders() {
            return dataFolders;
        }

        @Override
        public void open(SearchKind kind, long id) {
            openRecord(kind, id);
        }

        @Override
        public void identityChanged() {
            vm.refreshIdentity();
        }
    }
}
