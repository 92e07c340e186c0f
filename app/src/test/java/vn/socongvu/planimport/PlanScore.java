package vn.socongvu.planimport;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.socongvu.task.Recurrence;
import vn.socongvu.text.VnText;

/**
 * How well a plan was read, scored against its hand labels as issue 33's judges score held-out plans: each real
 * task (its text's first words, the lead unit the plan gives it, its deadline or recurrence), the number of legal
 * bases and of recipients. A proposed task (not a heading) counts as found when its text starts with a real task's
 * first words, each real task matched at most once; a second proposal for the same task is an extra.
 * <ul>
 *   <li>recall: real tasks found / real tasks; precision: proposed tasks matched / proposed tasks;</li>
 *   <li>lead right: of the real tasks found whose plan names one lead unit, those proposed with it (a guess that
 *       is right counts); deadline right: likewise for a stated deadline or recurrence;</li>
 *   <li>dropped: real tasks not found and not shown to the clerk either (the proposal's "unplaced" paragraphs,
 *       when it has them).</li>
 * </ul>
 */
public final class PlanScore {
    private PlanScore() {
    }

    /**
     * One real task of a plan as the clerk would enter it.
     * @param start    its text's first words as the task's own text begins (a labelled-field task: its content)
     * @param lead     the directory's name of the one lead unit the plan gives it (stated by the task, its heading
     *                 or an area assignment); null when the plan names none ("các cơ quan, đơn vị …")
     * @param deadline its deadline (null for a recurrence or when none is stated)
     * @param recurrence its recurrence (null for a deadline or when none is stated)
     */
    public record Task(String start, String lead, LocalDate deadline, Recurrence recurrence) {
        public boolean scheduleStated() {
            return deadline != null || recurrence != null;
        }
    }

    /** A plan's hand labels: its real tasks in order, its legal bases and recipients as counted by hand. */
    public record Labels(String name, int bases, int recipients, List<Task> tasks) {
        public Labels {
            tasks = List.copyOf(tasks);
        }
    }

    /** Writes a plan's labels a task a line. */
    public static final class Builder {
        private final String name;
        private final int bases;
        private final int recipients;
        private final List<Task> tasks = new ArrayList<>();

        public Builder(String name, int bases, int recipients) {
            this.name = name;
            this.bases = bases;
            this.recipients = recipients;
        }

        /** A task with a deadline. */
        public Builder due(String start, String lead, int year, int month, int day) {
            tasks.add(new Task(start, lead, LocalDate.of(year, month, day), null));
            return this;
        }

        /** A recurring task (thường xuyên → ONGOING, hằng quý → QUARTERLY …). */
        public Builder every(String start, String lead, Recurrence r) {
            tasks.add(new Task(start, lead, null, r));
            return this;
        }

        /** A task whose plan states no deadline. */
        public Builder open(String start, String lead) {
            tasks.add(new Task(start, lead, null, null));
            return this;
        }

        public Labels build() {
            return new Labels(name, bases, recipients, tasks);
        }
    }

    /** The scores of one plan, and what went wrong by name. */
    public record Score(String name, int real, int proposed, int found, int matchedProposals, int leadsStated,
                        int leadsRight, int schedulesStated, int schedulesRight, int bases, int basesRead,
                        int recipients, int recipientsRead, int unplaced, List<String> missed, List<String> dropped,
                        List<String> extra, List<String> wrongLeads, List<String> wrongSchedules) {
        public double recall() {
            return ratio(found, real);
        }

        public double precision() {
            return ratio(matchedProposals, proposed);
        }

        public double leadRight() {
            return ratio(leadsRight, leadsStated);
        }

        public double scheduleRight() {
            return ratio(schedulesRight, schedulesStated);
        }

        public boolean basesRight() {
            return bases == basesRead;
        }

        public boolean recipientsRight() {
            return recipients == recipientsRead;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }

        /** One line of figures, then what went wrong, for the test's output and the docs. */
        public String report() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%s: recall %d/%d = %.0f%%, precision %d/%d = %.0f%%, lead right %d/%d = %.0f%%, "
                            + "deadline or recurrence right %d/%d = %.0f%%, bases %d/%d, recipients %d/%d, "
                            + "unplaced shown %d, dropped without a message %d",
                    name, found, real, 100 * recall(), matchedProposals, proposed, 100 * precision(), leadsRight,
                    leadsStated, 100 * leadRight(), schedulesRight, schedulesStated, 100 * scheduleRight(), basesRead,
                    bases, recipientsRead, recipients, unplaced, dropped.size()));
            list(sb, "missed", missed);
            list(sb, "extra", extra);
            list(sb, "wrong lead", wrongLeads);
            list(sb, "wrong deadline", wrongSchedules);
            return sb.toString();
        }

        private static void list(StringBuilder sb, String what, List<String> items) {
            if (!items.isEmpty()) {
                sb.append("\n  ").append(what).append(" (").append(items.size()).append("): ")
                        .append(String.join(" | ", items.stream().limit(12).toList()))
                        .append(items.size() > 12 ? " | …" : "");
            }
        }
    }

    /** Scores {@code p} against {@code labels}. */
    public static Score score(Labels labels, PlanProposal p) {
        List<ProposedTask> proposed = p.leafTasks();
        boolean[] used = new boolean[proposed.size()];
        List<String> missed = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> wrongLeads = new ArrayList<>();
        List<String> wrongSchedules = new ArrayList<>();
        List<String> unplaced = unplacedTexts(p).stream().map(PlanScore::key).toList();
        int found = 0;
        int leadsStated = 0;
        int leadsRight = 0;
        int schedulesStated = 0;
        int schedulesRight = 0;
        for (Task t : labels.tasks()) {
            String start = key(t.start());
            int at = -1;
            for (int i = 0; i < proposed.size() && at < 0; i++) {
                if (!used[i] && key(proposed.get(i).text()).startsWith(start)) {
                    at = i;
                }
            }
            if (at < 0) {
                missed.add(t.start());
                if (unplaced.stream().noneMatch(u -> u.contains(start))) {
                    dropped.add(t.start());
                }
                continue;
            }
            used[at] = true;
            found++;
            ProposedTask got = proposed.get(at);
            if (t.lead() != null) {
                leadsStated++;
                String lead = got.lead().found() ? got.lead().value().unitName() : null;
                if (lead != null && key(lead).equals(key(t.lead()))) {
                    leadsRight++;
                } else {
                    wrongLeads.add(t.start() + " → " + lead + " (not " + t.lead() + ")");
                }
            }
            if (t.scheduleStated()) {
                schedulesStated++;
                Schedule s = got.schedule().found() ? got.schedule().value() : null;
                boolean right = s != null && (t.recurrence() != null ? s.recurrence() == t.recurrence()
                        : s.recurrence() == Recurrence.NONE && Objects.equals(s.deadline(), t.deadline()));
                if (right) {
                    schedulesRight++;
                } else {
                    wrongSchedules.add(t.start() + " → " + (s == null ? null : s.recurrence() == Recurrence.NONE
                            ? s.deadline() : s.recurrence()) + " (not " + (t.deadline() != null ? t.deadline()
                            : t.recurrence()) + ")");
                }
            }
        }
        List<String> extra = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < proposed.size(); i++) {
            if (used[i]) {
                matched++;
            } else {
                String text = proposed.get(i).text();
                extra.add((proposed.get(i).label() + " " + (text.length() > 50 ? text.substring(0, 50) + "…" : text))
                        .strip());
            }
        }
        return new Score(labels.name(), labels.tasks().size(), proposed.size(), found, matched, leadsStated,
                leadsRight, schedulesStated, schedulesRight, labels.bases(), p.legalBases().size(),
                labels.recipients(), p.recipients().size(), unplaced.size(), missed, dropped, extra, wrongLeads,
                wrongSchedules);
    }

    /** Folded for comparing: no diacritics, lower case, spaces and punctuation collapsed. */
    static String key(String s) {
        return VnText.fold(s == null ? "" : s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The texts of the paragraphs the proposal shows the clerk as not placed in the plan (its "unplaced" part,
     * from issue 33 on); none when the proposal has no such part. Read by the record's own components, so that
     * the scorer runs on the proposal whatever it holds.
     */
    static List<String> unplacedTexts(PlanProposal p) {
        try {
            for (RecordComponent c : PlanProposal.class.getRecordComponents()) {
                if (c.getName().equals("unplaced")) {
                    List<String> texts = new ArrayList<>();
                    for (Object u : (List<?>) c.getAccessor().invoke(p)) {
                        texts.add(String.valueOf(u.getClass().getMethod("text").invoke(u)));
                    }
                    return texts;
                }
            }
            return List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The proposal's unplaced paragraphs cannot be read", e);
        }
    }
}
