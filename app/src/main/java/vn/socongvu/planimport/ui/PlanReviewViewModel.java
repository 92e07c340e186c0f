package vn.socongvu.planimport.ui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import vn.socongvu.common.FieldError;
import vn.socongvu.common.Progress;
import vn.socongvu.common.ValidationException;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.i18n.Messages;
import vn.socongvu.planimport.Confidence;
import vn.socongvu.planimport.PlanImporter;
import vn.socongvu.planimport.PlanProposal;
import vn.socongvu.planimport.Proposed;
import vn.socongvu.planimport.ProposedTarget;
import vn.socongvu.planimport.ProposedTask;
import vn.socongvu.planimport.UnitRef;
import vn.socongvu.planimport.Unplaced;
import vn.socongvu.task.Recurrence;
import vn.socongvu.text.VnText;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.FieldErrors;
import vn.socongvu.ui.kit.Signal;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * The review of a plan read from a file or pasted text: the proposal as an editable tree of {@link ReviewItem}s
 * beside the original paragraphs, the plan's own fields, its targets. Nothing is written until {@link #save()}.
 */
public final class PlanReviewViewModel {
    private final PlanImporter importer;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final PlanProposal read;
    final String origin;
    final ObservableList<TextParagraph> paragraphs;
    final ObservableList<UnitRef> units = FXCollections.observableArrayList();
    private final Map<String, UnitRef> unitsByKey = new LinkedHashMap<>();
    final ObservableList<ReviewItem> sections = FXCollections.observableArrayList();
    final ObjectProperty<ReviewItem> selected = new SimpleObjectProperty<>();
    /** Tasks (not headings) left; of them, and of headings, those still to be checked. */
    final IntegerProperty taskCount = new SimpleIntegerProperty();
    final IntegerProperty reviewCount = new SimpleIntegerProperty();
    final IntegerProperty newUnitCount = new SimpleIntegerProperty();
    final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    /** Counts every change of the tree (an item moved, merged, dropped, a unit set): what the actions' states follow. */
    final IntegerProperty changes = new SimpleIntegerProperty();
    private final Deque<List<ProposedTask>> undo = new ArrayDeque<>();
    /** The paragraphs the reader did not place, left to see; those the clerk added as tasks leave the list. */
    final ObservableList<Unplaced> unplaced = FXCollections.observableArrayList();
    private final List<Unplaced> addedUnplaced = new ArrayList<>();
    private boolean edited;

    final StringProperty title = new SimpleStringProperty("");
    final StringProperty year = new SimpleStringProperty("");
    final StringProperty number = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty legalBases = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    final ObservableList<ProposedTarget> targets = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors("title", "year", "tasks");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Signal<Fault> fault = new Signal<>();
    private final Signal<PlanImporter.Saved> saved = new Signal<>();
    private boolean done;

    /**
     * @param origin what was read ("ke-hoach.docx", or that the text was pasted), for the window's title
     * @param dialogs the review window's dialogs
     * @param tasks the review window's background work
     */
    public PlanReviewViewModel(PlanImporter importer, PlanImporter.Reading reading, String origin,
                               DialogService dialogs, TaskRunner tasks) {
        this.importer = importer;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.read = reading.proposal();
        this.origin = origin;
        this.paragraphs = FXCollections.observableArrayList(reading.paragraphs());
        importer.units().forEach(this::unit);
        PlanProposal p = reading.proposal();
        title.set(p.title().found() ? p.title().value() : "");
        year.set(p.year().found() ? Integer.toString(p.year().value()) : "");
        number.set(p.number().found() ? p.number().value() : "");
        date.set(p.date().value());
        legalBases.set(String.join("\n", p.legalBases().stream().map(Proposed::value).toList()));
        recipients.set(String.join("\n", p.recipients().stream().map(Proposed::value).toList()));
        targets.setAll(p.targets());
        for (StringProperty s : List.of(title, year, number, legalBases, recipients)) {
            s.addListener((o, a, b) -> edited = true);
        }
        date.addListener((o, a, b) -> edited = true);
        targets.addListener((ListChangeListener<ProposedTarget>) c -> edited = true);
        setTree(p.sections());
        unplaced.setAll(p.unplaced());
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The plan as read, for what the review cannot change (issuer, place, signer). */
    PlanProposal read() {
        return read;
    }

    /** Whether the clerk has changed anything: closing then loses work. */
    public boolean isEdited() {
        return edited;
    }

    /**
     * The review's one instance of a unit: a directory unit by its id, a new one by its name (so that "Phòng
     * Tư pháp" written twice is one new unit), added to the choices when first met.
     */
    UnitRef unit(UnitRef u) {
        if (u == null) {
            return null;
        }
        String key = u.isNew() ? "new:" + VnText.fold(u.unitName()) : "id:" + u.unitId();
        UnitRef known = unitsByKey.get(key);
        if (known != null) {
            return known;
        }
        UnitRef own = new UnitRef(u.unitName(), u.unitId(), u.unitName(), Confidence.HIGH);
        unitsByKey.put(key, own);
        units.add(own);
        return own;
    }

    /** A unit the clerk typed: the directory's unit of that name, else a new unit (null for a blank name). */
    UnitRef typedUnit(String name) {
        return unit(importer.unit(name));
    }

    private void setTree(List<ProposedTask> tree) {
        List<ReviewItem> items = tree.stream().map(t -> new ReviewItem(t, this::unit)).toList();
        items.stream().flatMap(PlanReviewViewModel::flatten).forEach(this::watch);
        sections.setAll(items);
        recount();
    }

    private void watch(ReviewItem i) {
        List.of(i.confidence, i.leadConfidence, i.scheduleConfidence).forEach(c -> c.addListener((o, a, b) -> recount()));
        i.lead.addListener((o, a, b) -> {
            edited = true;
            recount();
        });
        i.text.addListener((o, a, b) -> edited = true);
        i.expectedResult.addListener((o, a, b) -> edited = true);
        i.label.addListener((o, a, b) -> edited = true);
        i.deadline.addListener((o, a, b) -> edited = true);
        i.recurrence.addListener((o, a, b) -> edited = true);
        i.cooperating.addListener((ListChangeListener<UnitRef>) c -> {
            edited = true;
            recount();
        });
    }

    private void recount() {
        changes.set(changes.get() + 1);
        List<ReviewItem> all = all();
        taskCount.set((int) all.stream().filter(i -> !i.isGroup()).count());
        reviewCount.set((int) all.stream().filter(ReviewItem::needsReview).count());
        newUnitCount.set((int) all.stream().filter(i -> !i.isGroup())
                .flatMap(i -> Stream.concat(i.cooperating.stream(),
                        Stream.ofNullable(i.lead.get())))
                .filter(UnitRef::isNew).distinct().count());
    }

    /** Every section, heading and task, depth first: the order {@link PlanImporter#check} numbers them in. */
    List<ReviewItem> all() {
        return sections.stream().flatMap(PlanReviewViewModel::flatten).toList();
    }

    private static Stream<ReviewItem> flatten(ReviewItem i) {
        return Stream.concat(Stream.of(i),
                i.children.stream().flatMap(PlanReviewViewModel::flatten));
    }

    /** The tasks (not headings) of {@code item}: itself, or those under it. */
    int tasksIn(ReviewItem item) {
        return (int) flatten(item).filter(i -> !i.isGroup()).count();
    }

    /** The list an item sits in: its heading's children, or the sections. */
    private ObservableList<ReviewItem> siblings(ReviewItem item) {
        ReviewItem parent = parent(item);
        return parent == null ? sections : parent.children;
    }

    ReviewItem parent(ReviewItem item) {
        return all().stream().filter(i -> i.children.contains(item)).findFirst().orElse(null);
    }

    /** The task the reader made of paragraph {@code index}, or null. */
    ReviewItem itemAt(int index) {
        return all().stream().filter(i -> i.source == index).findFirst().orElse(null);
    }

    /** The next item after {@code from} (or from the top) that still needs the clerk's eye, wrapping round. */
    ReviewItem nextToReview(ReviewItem from) {
        List<ReviewItem> all = all();
        int start = from == null ? -1 : all.indexOf(from);
        for (int k = 1; k <= all.size(); k++) {
            ReviewItem i = all.get(Math.floorMod(start + k, all.size()));
            if (i.needsReview() || i.hasError()) {
                return i;
            }
        }
        return null;
    }

    /** The clerk agrees with what was read of {@code item}. */
    void accept(ReviewItem item) {
        item.accept();
        edited = true;
    }

    /** Whether {@code item} has a task before it under the same heading to be merged into. */
    boolean canMerge(ReviewItem item) {
        return item != null && siblings(item).indexOf(item) > 0;
    }

    /**
     * Merges {@code item} into the task before it (the reader split one task in two): the texts joined, the
     * tasks under it moved under that one, cooperating units joined; of the two leads and schedules the surer
     * is kept. @return the task merged into
     */
    ReviewItem mergeWithPrevious(ReviewItem item) {
        ObservableList<ReviewItem> list = siblings(item);
        int at = list.indexOf(item);
        if (at <= 0) {
            return null;
        }
        remember();
        ReviewItem into = list.get(at - 1);
        into.text.set((into.text.get().strip() + " " + item.text.get().strip()).strip());
        if (item.lead.get() != null && (into.lead.get() == null
                || item.leadConfidence.get().compareTo(into.leadConfidence.get()) < 0)) {
            Confidence c = item.leadConfidence.get();
            into.lead.set(item.lead.get());
            into.leadConfidence.set(c);
        }
        item.cooperating.stream().filter(u -> !into.cooperating.contains(u)).forEach(into.cooperating::add);
        boolean itemSchedule = item.deadline.get() != null || item.recurrence.get() != Recurrence.NONE;
        if (itemSchedule && item.scheduleConfidence.get().compareTo(into.scheduleConfidence.get()) < 0) {
            Confidence c = item.scheduleConfidence.get();
            into.recurrence.set(item.recurrence.get());
            into.deadline.set(item.deadline.get());
            into.scheduleConfidence.set(c);
        }
        into.confidence.set(ReviewItem.lower(into.confidence.get(), item.confidence.get()));
        List<ReviewItem> moved = List.copyOf(item.children);
        item.children.clear();
        list.remove(at);
        into.children.addAll(moved);
        edited = true;
        recount();
        return into;
    }

    /**
     * Drops {@code item} and everything under it; a heading left with nothing under it goes too (it would
     * otherwise become a task of its own). @return the tasks dropped, headings not counted
     */
    int drop(ReviewItem item) {
        remember();
        int tasks = tasksIn(item);
        ReviewItem at = item;
        while (true) {
            ReviewItem parent = parent(at);
            siblings(at).remove(at);
            if (parent == null || !parent.children.isEmpty()) {
                break;
            }
            at = parent;
        }
        edited = true;
        recount();
        return tasks;
    }

    /** The tasks (not headings) of {@code branch}: itself, or every task under it, in order. */
    List<ReviewItem> tasksOf(ReviewItem branch) {
        return flatten(branch).filter(i -> !i.isGroup()).toList();
    }

    /** Whether {@code item} heads tasks whose units can be set at once (a heading, or a section). */
    boolean isBranch(ReviewItem item) {
        return item != null && item.isGroup();
    }

    /**
     * Gives every task of {@code branch} (a heading and everything under it, or one task) {@code unit} as its lead
     * unit, the clerk's own choice; taken back by {@link #undo()}. @return the tasks changed
     */
    int setBranchLead(ReviewItem branch, UnitRef unit) {
        if (branch == null || unit == null) {
            return 0;
        }
        remember();
        UnitRef u = unit(unit);
        List<ReviewItem> in = tasksOf(branch);
        for (ReviewItem t : in) {
            t.lead.set(u);
            t.leadConfidence.set(Confidence.HIGH);
            t.leadError.set("");
            t.cooperating.remove(u);
        }
        edited = true;
        recount();
        return in.size();
    }

    /**
     * Gives every task of {@code branch} exactly {@code units} as its cooperating units (less its own lead unit),
     * the clerk's own choice; taken back by {@link #undo()}. @return the tasks changed
     */
    int setBranchCooperating(ReviewItem branch, List<UnitRef> units) {
        if (branch == null) {
            return 0;
        }
        remember();
        List<UnitRef> own = units.stream().map(this::unit).distinct().toList();
        List<ReviewItem> in = tasksOf(branch);
        for (ReviewItem t : in) {
            t.cooperating.setAll(own.stream().filter(u -> !u.equals(t.lead.get())).toList());
        }
        edited = true;
        recount();
        return in.size();
    }

    /** The cooperating units every task of {@code branch} already has: what its dialog starts from. */
    List<UnitRef> branchCooperating(ReviewItem branch) {
        List<ReviewItem> in = tasksOf(branch);
        if (in.isEmpty()) {
            return List.of();
        }
        return in.get(0).cooperating.stream().filter(u -> in.stream().allMatch(t -> t.cooperating.contains(u)))
                .toList();
    }

    /** The lead unit every task of {@code branch} already has, or null when they differ. */
    UnitRef branchLead(ReviewItem branch) {
        List<UnitRef> leads = tasksOf(branch).stream().map(t -> t.lead.get()).distinct().toList();
        return leads.size() == 1 ? leads.get(0) : null;
    }

    /** Whether {@code item} sits under a heading, and can go up a level. */
    boolean canOutdent(ReviewItem item) {
        return item != null && parent(item) != null;
    }

    /** Whether {@code item} has an item before it under the same heading, to become that item's child. */
    boolean canIndent(ReviewItem item) {
        return canMerge(item);
    }

    /**
     * "Lên một cấp": {@code item}, with everything under it, goes right after its heading, as that heading's
     * sibling; the items after it stay where they are. A heading left with nothing under it becomes a task.
     * @return the item, or null when it has no heading
     */
    ReviewItem outdent(ReviewItem item) {
        ReviewItem parent = item == null ? null : parent(item);
        if (parent == null) {
            return null;
        }
        remember();
        ObservableList<ReviewItem> into = siblings(parent);
        parent.children.remove(item);
        into.add(into.indexOf(parent) + 1, item);
        moved();
        return item;
    }

    /**
     * "Xuống làm mục con của mục trên": {@code item}, with everything under it, becomes the last item under the
     * item before it (which becomes a heading if it was a task). @return the item, or null when nothing is before it
     */
    ReviewItem indent(ReviewItem item) {
        if (!canIndent(item)) {
            return null;
        }
        ObservableList<ReviewItem> list = siblings(item);
        ReviewItem above = list.get(list.indexOf(item) - 1);
        remember();
        list.remove(item);
        above.children.add(item);
        moved();
        return item;
    }

    /**
     * Where {@code item} can be moved: every section, heading and task except itself, what is under it (an item
     * cannot go under its own child) and its present heading; in the tree's order.
     */
    List<ReviewItem> moveTargets(ReviewItem item) {
        if (item == null) {
            return List.of();
        }
        List<ReviewItem> own = flatten(item).toList();
        ReviewItem parent = parent(item);
        return all().stream().filter(i -> !own.contains(i) && i != parent).toList();
    }

    /**
     * Moves {@code item}, with everything under it, under {@code target} (a section, a heading, or a task that then
     * becomes a heading), among its items in the plan's order; a heading it leaves empty becomes a task. Taken back
     * by {@link #undo()}. @return the item, or null when {@code target} is not a place it can go
     */
    ReviewItem moveUnder(ReviewItem item, ReviewItem target) {
        if (item == null || target == null || !moveTargets(item).contains(target)) {
            return null;
        }
        remember();
        siblings(item).remove(item);
        int at = target.children.size();
        if (item.source >= 0) {
            for (int k = 0; k < target.children.size(); k++) {
                if (target.children.get(k).source > item.source) {
                    at = k;
                    break;
                }
            }
        }
        target.children.add(at, item);
        moved();
        return item;
    }

    /** The depth of {@code item} in the tree: 0 for a section. */
    int depth(ReviewItem item) {
        int d = 0;
        for (ReviewItem p = parent(item); p != null; p = parent(p)) {
            d++;
        }
        return d;
    }

    private void moved() {
        edited = true;
        recount();
    }

    /** Takes back the last merge, drop, move or change of a branch's units. */
    void undo() {
        if (!undo.isEmpty()) {
            setTree(undo.pop());
            restoreUnplaced();
            canUndo.set(!undo.isEmpty());
            selected.set(null);
        }
    }

    /**
     * Adds a paragraph the reader did not place as a task: under {@code at} when that is a heading or a section,
     * else right after it under the same heading; its lead unit and schedule read from its words, else those of
     * the task beside it as a guess to check (LOW); it leaves the list of paragraphs not placed ("Hoàn tác" puts
     * it back). @return the new task, null when no item
     * is chosen
     */
    ReviewItem addUnplaced(Unplaced paragraph, ReviewItem at) {
        if (paragraph == null || at == null) {
            return null;
        }
        remember();
        boolean under = at.isGroup() || parent(at) == null;
        Integer y = null;
        try {
            y = Integer.valueOf(year.get().strip());
        } catch (NumberFormatException notANumber) {
            // no year: a task without a deadline of its own gets none
        }
        ReviewItem item = new ReviewItem(importer.task(paragraph, y, under ? null : at.toProposed()), this::unit);
        watch(item);
        if (under) {
            at.children.add(item);
        } else {
            ObservableList<ReviewItem> list = siblings(at);
            list.add(list.indexOf(at) + 1, item);
        }
        unplaced.remove(paragraph);
        addedUnplaced.add(paragraph);
        edited = true;
        recount();
        return item;
    }

    /** After an undo: the paragraphs added as tasks that the tree no longer holds are listed again. */
    private void restoreUnplaced() {
        List<Unplaced> back = addedUnplaced.stream().filter(u -> itemAt(u.paragraph()) == null).toList();
        addedUnplaced.removeAll(back);
        List<Unplaced> all = new ArrayList<>(unplaced);
        all.addAll(back);
        all.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
        unplaced.setAll(all);
    }

    private void remember() {
        undo.push(sections.stream().map(ReviewItem::toProposed).toList());
        canUndo.set(true);
    }

    /** The plan as the clerk left it. */
    public PlanProposal proposal() {
        Integer y = null;
        try {
            y = Integer.valueOf(year.get().strip());
        } catch (NumberFormatException notANumber) {
            // left empty: the check names the field
        }
        String n = number.get().strip();
        return new PlanProposal(n.isEmpty() ? Proposed.none() : new Proposed<>(n, Confidence.HIGH, read.number().source()),
                read.place(), date.get() == null ? Proposed.none() : new Proposed<>(date.get(), Confidence.HIGH,
                read.date().source()),
                y == null ? Proposed.none() : new Proposed<>(y, Confidence.HIGH, read.year().source()), read.issuer(),
                title.get().isBlank() ? Proposed.none() : new Proposed<>(title.get().strip(), Confidence.HIGH,
                        read.title().source()),
                lines(legalBases.get()), List.copyOf(targets), sections.stream().map(ReviewItem::toProposed).toList(),
                lines(recipients.get()), read.signerTitle(), read.signer(), List.copyOf(unplaced));
    }

    private static List<Proposed<String>> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> new Proposed<>(l, Confidence.HIGH, -1)).toList();
    }

    /**
     * Checks the plan as the clerk left it, showing each fault at its field or on its task.
     * @return the first task at fault, or null; {@link #errors()} and the message say what else
     */
    ReviewItem check() {
        errors.clear();
        all().forEach(ReviewItem::clearErrors);
        message.set("");
        try {
            importer.check(proposal());
            return null;
        } catch (ValidationException e) {
            return show(e);
        }
    }

    /** Whether the last {@link #check} found nothing to complete. */
    boolean isValid() {
        return !errors.any() && all().stream().noneMatch(ReviewItem::hasError);
    }

    /** Shows the faults of a refused save; @return the first task at fault, or null */
    ReviewItem show(ValidationException e) {
        List<ReviewItem> all = all();
        List<FieldError> planFaults = new ArrayList<>();
        ReviewItem first = null;
        for (FieldError fe : e.errors()) {
            String f = fe.field();
            if (!f.startsWith("task") || f.equals("tasks")) {
                planFaults.add(fe);
                continue;
            }
            String[] parts = f.substring(4).split("\\.");
            int index = Integer.parseInt(parts[0]);
            if (index >= all.size()) {
                planFaults.add(fe);
                continue;
            }
            ReviewItem i = all.get(index);
            String kind = parts.length > 1 ? parts[1] : "";
            (kind.equals("lead") ? i.leadError : kind.equals("schedule") ? i.scheduleError : i.textError)
                    .set(fe.message());
            if (first == null) {
                first = i;
            }
        }
        String plan = "";
        if (!planFaults.isEmpty()) {
            errors.show(new ValidationException(planFaults));
            plan = " " + Messages.get("planImport.review.planFaults",
                    String.join(" ", planFaults.stream().map(FieldError::message).toList()));
        }
        message.set(Messages.get("planImport.review.faults", e.errors().size()) + plan);
        return first;
    }

    /**
     * Checks the plan; when something is to complete, says where ({@link #fault()}); else saves it in one
     * transaction in the background, then tells the screen ({@link #saved()}). A save refused by the data (a unit
     * added meanwhile …) is shown as the check's faults are.
     */
    public void save() {
        ReviewItem first = check();
        if (!isValid()) {
            fault.fire(new Fault(first, true));
            return;
        }
        PlanProposal p = proposal();
        tasks.run("planImport.review.saving", (Progress progress) -> importer.save(p, progress), s -> {
            done = true;
            saved.fire(s);
        }, e -> {
            if (e instanceof ValidationException ve) {
                fault.fire(new Fault(show(ve), false));
            } else {
                dialogs.report(e);
            }
        });
    }

    /** Whether the window may close: once saved, with nothing changed, or when the clerk agrees to lose it. */
    public boolean closeAllowed() {
        return done || !isEdited() || dialogs.confirm("common.cancel", Messages.get("planImport.review.confirmClose"));
    }

    /**
     * Drops the item, asking first for a heading (with everything under it).
     * @return false when the clerk kept it
     */
    boolean dropAsked(ReviewItem item) {
        if (item.isGroup() && !dialogs.confirm("planImport.review.drop",
                Messages.get("planImport.review.confirmDrop", item.display(), tasksIn(item)))) {
            return false;
        }
        drop(item);
        return true;
    }

    /** Fired when a save found something to complete. */
    Signal<Fault> fault() {
        return fault;
    }

    /** Fired once the plan is saved. */
    public Signal<PlanImporter.Saved> saved() {
        return saved;
    }

    /**
     * Where a refused save is to be completed.
     * @param item the first task at fault, or null (then the plan's own fields, if any is at fault)
     * @param checked true when found by the check before saving, false when the save itself was refused
     */
    record Fault(ReviewItem item, boolean checked) {
    }
}
