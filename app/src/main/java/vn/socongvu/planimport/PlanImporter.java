package vn.socongvu.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import vn.socongvu.common.Progress;
import vn.socongvu.common.Validator;
import vn.socongvu.common.Years;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentReadException;
import vn.socongvu.document.DocumentRegister;
import vn.socongvu.document.DocxText;
import vn.socongvu.document.PlainText;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.i18n.Messages;
import vn.socongvu.plan.Plan;
import vn.socongvu.plan.PlanService;
import vn.socongvu.plan.Target;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.storage.Database;
import vn.socongvu.task.Recurrence;
import vn.socongvu.task.Task;
import vn.socongvu.task.TaskService;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/**
 * Reads a plan's file (.docx, .txt) or pasted text into a proposal matched against the directory, and saves a
 * reviewed proposal — new units, the plan, its targets and its task tree — in one transaction, or nothing.
 */
public final class PlanImporter {
    /** Paragraphs past this many are not read: no commune plan is that long, and the review would be unusable. */
    public static final int MAX_PARAGRAPHS = 20_000;

    /** The sample plan shipped with the app (the screenshots' review shows it too). */
    public static final String SAMPLE_PLAN = "/planimport/ke-hoach-mau.txt";
    private static final Pattern OWN_NUMBER = Pattern.compile("(\\d+)/KH-UBND", Pattern.CASE_INSENSITIVE);

    private final Database db;
    private final DirectoryService directory;
    private final PlanService plans;
    private final TaskService tasks;
    private final SettingsService settings;
    private final DocumentRegister register;

    public PlanImporter(Database db, DirectoryService directory, PlanService plans, TaskService tasks,
                        SettingsService settings, DocumentRegister register) {
        this.db = db;
        this.directory = directory;
        this.plans = plans;
        this.tasks = tasks;
        this.settings = settings;
        this.register = register;
    }

    /**
     * What was read: the paragraphs (sentences broken over two joined, as {@link PlanRecognizer#joined}: the
     * review's original text, which the proposal's sources index) and the proposal made of them.
     */
    public record Reading(List<TextParagraph> paragraphs, PlanProposal proposal) {
    }

    /** Reads a .docx, or any other file as UTF-8 text. @throws DocumentReadException with what to do */
    public Reading read(Path file) {
        return read(file, Progress.NONE);
    }

    /**
     * {@link #read(Path)}, saying each step (the file opened, its tasks recognised) and stopping between steps
     * and between the plan's sections when {@code progress} is cancelled.
     * @throws Progress.CancelledException when cancelled
     */
    public Reading read(Path file, Progress progress) {
        String name = file.getFileName().toString();
        progress.update(0, Messages.get("planImport.step.open", name));
        String lower = name.toLowerCase(Locale.ROOT);
        List<TextParagraph> ps = lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".docm")
                ? DocxText.read(file) : PlainText.read(file);
        return propose(ps, progress);
    }

    /**
     * Reads a small Word file and the sample plan shipped with the app, the directory's units matched, and
     * forgets what was read: the classes and the first runs of the Word reader and the recogniser are then over
     * before the clerk's plan is read (the window calls it while the file is being chosen). Stops between its
     * steps when {@code progress} is cancelled; never fails (it only makes the real read sooner).
     */
    public void warmUp(Progress progress) {
        try {
            DocxText.warmUp();
            progress.checkCancelled();
            String sample;
            try (InputStream in = PlanImporter.class.getResourceAsStream(SAMPLE_PLAN)) {
                sample = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            progress.checkCancelled();
            if (!sample.isEmpty()) {
                readText(sample, progress);
            }
        } catch (IOException | RuntimeException e) {
            // Nothing the clerk needs to know: the real read does the same work, only later.
            LoggerFactory.getLogger(PlanImporter.class).debug("The plan import's warm-up stopped", e);
        }
    }

    /** Reads text pasted from an e-mail or a web page. */
    public Reading readText(String text) {
        return readText(text, Progress.NONE);
    }

    /** {@link #readText(String)}, saying each step; stops when {@code progress} is cancelled. */
    public Reading readText(String text, Progress progress) {
        return propose(PlainText.paragraphs(text), progress);
    }

    private Reading propose(List<TextParagraph> ps, Progress progress) {
        progress.checkCancelled();
        if (ps.isEmpty()) {
            throw new DocumentReadException("document.read.empty", null);
        }
        if (ps.size() > MAX_PARAGRAPHS) {
            throw new DocumentReadException("document.read.tooLong", null, VnFormat.integer(ps.size()),
                    VnFormat.integer(MAX_PARAGRAPHS));
        }
        progress.update(0.3, Messages.get("planImport.step.recognize", VnFormat.integer(ps.size())));
        List<TextParagraph> joined = PlanRecognizer.joined(ps);
        PlanProposal p = PlanRecognizer.recognizeJoined(joined, directory.activeUnits(), progress.part(0.3, 1));
        if (p.sections().isEmpty() || p.leafTasks().isEmpty()) {
            throw new DocumentReadException("document.read.noTasks", null);
        }
        progress.checkCancelled();
        return new Reading(joined, p);
    }

    /** What saving did. */
    public record Saved(long planId, int tasks, int groups, int newUnits, int targets, boolean registered) {
    }

    /**
     * Saves the proposal as the clerk left it: every unit it names that is new to the directory, the plan
     * (issued with its number when it is the commune's own plan and the number is free in the register, else a
     * draft), its targets, and its task tree. @throws ValidationException naming what to complete, nothing saved
     */
    public Saved save(PlanProposal p) {
        return save(p, Progress.NONE);
    }

    /**
     * {@link #save(PlanProposal)}, reporting each task written; when {@code progress} is cancelled the
     * transaction is rolled back and nothing is saved. @throws Progress.CancelledException when cancelled
     */
    public Saved save(PlanProposal p, Progress progress) {
        check(p);
        int total = allTasks(p).size();
        return db.tx(tx -> {
            Map<String, Long> newUnits = new LinkedHashMap<>();
            for (ProposedTask t : allTasks(p)) {
                for (UnitRef r : t.unitsNamed()) {
                    if (r.isNew()) {
                        newUnits.computeIfAbsent(VnText.fold(r.unitName()), k -> directory.saveUnit(
                                new Unit.Draft(null, r.unitName(), null, UnitMatcher.kindOf(r.unitName()), null, null))
                                .id());
                    }
                }
            }
            LocalDate issued = p.date().found() ? p.date().value() : null;
            Integer number = ownNumber(p);
            long planId = plans.save(new Plan.Draft(null, p.year().value(), p.title().value(),
                    p.legalBases().stream().map(Proposed::value).toList(), null,
                    p.recipients().stream().map(Proposed::value).toList(), null)).id();
            if (number != null) {
                plans.issue(planId, number, issued);
            }
            for (ProposedTarget t : p.targets()) {
                plans.saveTarget(new Target.Draft(null, planId, t.description(), t.comparison(), t.value(), t.unit(),
                        t.measure()));
            }
            LocalDate assigned = issued != null ? issued : tasks.today();
            int[] counts = new int[2];
            for (ProposedTask section : p.sections()) {
                insert(section, planId, null, assigned, newUnits, counts, total, progress);
            }
            return new Saved(planId, counts[0], counts[1], newUnits.size(), p.targets().size(), number != null);
        });
    }

    private void insert(ProposedTask t, long planId, Long parent, LocalDate assigned, Map<String, Long> newUnits,
                        int[] counts, int total, Progress progress) {
        progress.checkCancelled();
        boolean group = t.isGroup();
        Long lead = group ? null : unitId(t.lead().value(), newUnits);
        List<Long> coops = group ? List.of() : t.cooperating().stream().map(u -> unitId(u, newUnits))
                .filter(id -> !id.equals(lead)).distinct().toList();
        Schedule s = group ? null : t.schedule().value();
        Recurrence r = s == null ? Recurrence.NONE : s.recurrence();
        long id = tasks.save(new Task.Draft(null, TaskSource.PLAN, planId, parent, label(t.label()), group,
                content(t), lead, null, coops, null, null, group || t.expectedResult().isBlank() ? null
                : t.expectedResult().strip(), null, assigned, s == null ? null : s.deadline(),
                r, null)).id();
        counts[group ? 1 : 0]++;
        progress.update((double) (counts[0] + counts[1]) / total, Messages.get("planImport.saving",
                counts[0] + counts[1], total));
        for (ProposedTask c : t.children()) {
            insert(c, planId, id, assigned, newUnits, counts, total, progress);
        }
    }

    private static Long unitId(UnitRef r, Map<String, Long> newUnits) {
        return r.isNew() ? newUnits.get(VnText.fold(r.unitName())) : r.unitId();
    }

    private static String label(String label) {
        return label == null || label.isBlank() ? null : label.strip();
    }

    private static String content(ProposedTask t) {
        return t.text().isBlank() && t.unitHeading() != null ? t.unitHeading() : t.text().strip();
    }

    /** The plan's number in the commune's register: only for its own plan, dated, with a number still free. */
    private Integer ownNumber(PlanProposal p) {
        if (!p.number().found() || !p.date().found()) {
            return null;
        }
        Matcher m = OWN_NUMBER.matcher(p.number().value().replace(" ", ""));
        String issuer = VnText.fold(p.issuer().found() ? p.issuer().value() : "");
        if (!m.matches() || issuer.contains("tinh") || issuer.contains("huyen") || issuer.contains("thanh pho")) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        boolean taken = register.entries(p.date().value().getYear(), DocumentKind.KE_HOACH).stream()
                .anyMatch(e -> e.number() == n);
        return taken || n <= 0 ? null : n;
    }

    /**
     * What the clerk must complete before saving: the plan's fields by name, each task at fault as field
     * "task" + its place in the tree depth first (see {@link #taskField}; its lead unit and schedule as that plus
     * ".lead", ".schedule"), named in the message by its numbering and first words. @throws ValidationException listing all of them
     */
    public void check(PlanProposal p) {
        Validator v = new Validator()
                .required("title", p.title().value() == null || p.title().value().isBlank() ? null : p.title().value(),
                        "plan.error.titleRequired")
                .required("year", p.year().value(), "plan.error.yearRequired");
        if (p.title().found()) {
            v.maxLength("title", p.title().value(), 1000);
        }
        if (p.year().found() && !Years.allowed(p.year().value())) {
            v.add("year", "plan.error.yearRequired");
        }
        LocalDate assigned = p.date().found() ? p.date().value() : tasks.today();
        List<ProposedTask> leaves = p.leafTasks();
        if (leaves.isEmpty()) {
            v.add("tasks", "planImport.error.noTasks");
        }
        List<ProposedTask> all = allTasks(p);
        for (int i = 0; i < all.size(); i++) {
            ProposedTask t = all.get(i);
            String name = name(t);
            String field = taskField(i);
            String leadField = field + ".lead";
            String scheduleField = field + ".schedule";
            if (content(t).isEmpty()) {
                v.add(field, "planImport.error.noText", name);
            } else if (content(t).length() > 4000) {
                v.add(field, "planImport.error.tooLong", name);
            }
            if (t.expectedResult().strip().length() > 2000) {
                v.add(field, "planImport.error.resultTooLong", name);
            }
            if (t.label() != null && t.label().strip().length() > 20) {
                v.add(field, "planImport.error.labelTooLong", name);
            }
            if (t.isGroup()) {
                continue;
            }
            if (!t.lead().found()) {
                v.add(leadField, "planImport.error.noLead", name);
            }
            Schedule s = t.schedule().value();
            if (s == null || s.recurrence() == Recurrence.NONE && s.deadline() == null) {
                v.add(scheduleField, "planImport.error.noDeadline", name);
            } else if (s.deadline() != null && s.deadline().isBefore(assigned)) {
                v.add(scheduleField, "planImport.error.deadlineBeforePlan", name,
                        VnFormat.date(s.deadline()), VnFormat.date(assigned));
            }
        }
        v.throwIfAny();
    }

    /** The directory's active units, as the choices for a task's lead and cooperating units. */
    public List<UnitRef> units() {
        return directory.activeUnits().stream()
                .map(u -> new UnitRef(u.name(), u.id(), u.name(), Confidence.HIGH)).toList();
    }

    /**
     * A unit the clerk typed: the directory's unit of that name (diacritics, case and abbreviations tolerated,
     * as {@link UnitMatcher} matches in full), else a new unit by that name; null for a blank name.
     */
    public UnitRef unit(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return null;
        }
        return new UnitMatcher(directory.activeUnits()).match(name).filter(m -> m.confidence() == Confidence.HIGH)
                .map(m -> new UnitRef(name, m.unit().id(), m.unit().name(), Confidence.HIGH))
                .orElseGet(() -> new UnitRef(name, null, name, Confidence.HIGH));
    }

    /**
     * A paragraph the reader did not place, as a task the clerk adds: its lead unit, cooperating units and schedule
     * read from its own words, else those of the task {@code beside} it (a guess, LOW; null for none), else the end
     * of {@code year}.
     */
    public ProposedTask task(Unplaced paragraph, Integer year, ProposedTask beside) {
        return PlanRecognizer.task(paragraph.text(), paragraph.paragraph(),
                beside == null ? Proposed.none() : beside.lead(), beside == null ? List.of() : beside.cooperating(),
                beside == null ? Proposed.none() : beside.schedule(), directory.activeUnits(), year);
    }

    /** The field of a task's errors: its place among all the proposal's tasks, depth first. */
    public static String taskField(int index) {
        return "task" + index;
    }

    /** "1.2. Rà soát, điều chỉnh, bổ…": how a message names a task. */
    public static String name(ProposedTask t) {
        String text = content(t);
        String head = text.length() > 40 ? text.substring(0, 40).strip() + "…" : text;
        return (t.label() == null || t.label().isBlank() ? "" : t.label().strip() + " ") + head;
    }

    /** Every section, heading and task of a proposal, depth first. */
    public static List<ProposedTask> allTasks(PlanProposal p) {
        return p.sections().stream().flatMap(ProposedTask::flatten).toList();
    }
}
