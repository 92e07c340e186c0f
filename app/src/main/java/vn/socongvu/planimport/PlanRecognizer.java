package vn.socongvu.planimport;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.socongvu.common.Progress;
import vn.socongvu.directory.Unit;
import vn.socongvu.document.TextParagraph;
import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnText;

/**
 * Recognises the structure of a commune plan (KẾ HOẠCH) in its paragraphs — the genre's fixed parts by their
 * wording (Nghị định 30: "Số: …/KH-…", "…, ngày … tháng … năm …", "Căn cứ …", "Nơi nhận:", the signer's
 * title in capitals), the task tree by its numbering. Numbering may be typed or Word's own, in any of the
 * usual styles (I., 1., 1.1., a), -): the styles nest in the order they first appear under a section, so a
 * plan that puts "a)" under "1." and one that puts "-" under "1.1." are both read as written. Pure: no
 * JavaFX, no database.
 */
public final class PlanRecognizer {
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]+)\\.\\s*(.*)");
    private static final Pattern MULTI = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?\\s+(.*)");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d+)[.)]\\s*(.*)");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])[).]\\s+(.*)");
    /** A paragraph ending a sentence, and one starting with a lettered item ("a) …"): {@link #joined}. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.;:!?]\\s*$");
    private static final Pattern LETTERED = Pattern.compile("^[a-zđ][).]\\s.*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*:]+$");
    private static final Pattern BULLET = Pattern.compile("^([-–•+])\\s*(.*)");
    /** "3. Trung tâm Dịch vụ tổng hợp xã: Đăng tải …": a unit, then what it does. */
    private static final Pattern UNIT_AND_TASK = Pattern.compile("^([^:]{3,80}):\\s*(.+)");

    private PlanRecognizer() {
    }

    /** A numbered (or bulleted) paragraph: the style of its numbering, the label as printed, the rest. */
    record Numbered(String kind, String label, String text) {
    }

    static Numbered numbering(TextParagraph p) {
        if (p.listLabel() != null && !p.listLabel().isEmpty()) {
            Numbered n = numbering(p.listLabel() + " x");
            return new Numbered(n == null ? "W" + p.listLevel() : n.kind(), p.listLabel(), p.text());
        }
        Numbered n = numbering(p.text());
        return n == null ? new Numbered("", "", p.text()) : n;
    }

    private static Numbered numbering(String s) {
        Matcher m;
        if ((m = ROMAN.matcher(s)).matches()) {
            return new Numbered("R", m.group(1) + ".", m.group(2));
        }
        if ((m = MULTI.matcher(s)).matches()) {
            String label = m.group(1);
            return new Numbered("M" + label.split("\\.").length, label + ".", m.group(2));
        }
        if ((m = DECIMAL.matcher(s)).matches()) {
            return new Numbered("D", m.group(1) + ".", m.group(2));
        }
        if ((m = LETTER.matcher(s)).matches()) {
            return new Numbered("L", m.group(1) + ")", m.group(2));
        }
        if ((m = BULLET.matcher(s)).matches()) {
            return new Numbered("B", "-", m.group(2));
        }
        return null;
    }

    /** The plan's structure, with no directory to match units against (every unit named is proposed as new). */
    public static PlanProposal recognize(List<TextParagraph> paragraphs) {
        return recognize(paragraphs, List.of());
    }

    /**
     * The plan's structure, each unit named matched against the directory's {@code units}; tasks with no unit of
     * their own take their heading's, else the unit the plan makes follow it up (a guess, marked LOW); tasks with
     * no deadline of their own take their heading's, else the end of the plan's year (LOW).
     */
    public static PlanProposal recognize(List<TextParagraph> paragraphs, List<Unit> units) {
        return recognize(paragraphs, units, Progress.NONE);
    }

    /**
     * {@link #recognize(List, List)}, saying how many of the plan's sections are read (matching each task's
     * units and deadline is most of the work) and stopping between them when {@code progress} is cancelled.
     * @throws Progress.CancelledException when cancelled
     */
    public static PlanProposal recognize(List<TextParagraph> paragraphs, List<Unit> units, Progress progress) {
        return recognizeJoined(joined(paragraphs), units, progress);
    }

    /**
     * {@link #recognize(List, List, Progress)} of paragraphs already {@link #joined}: the importer joins them once,
     * for the proposal and for the review's original text.
     */
    static PlanProposal recognizeJoined(List<TextParagraph> ps, List<Unit> units, Progress progress) {
        UnitMatcher directory = new UnitMatcher(units);
        int kind = indexOf(ps, 0, p -> fold(p.text()).equals("ke hoach"));
        int recipientsAt = indexOf(ps, Math.max(kind, 0), p -> fold(p.text()).startsWith("noi nhan"));
        int end = recipientsAt < 0 ? ps.size() : recipientsAt;

        int firstSection = indexOf(ps, kind + 1, p -> numbering(p).kind().equals("R"));
        PlanHeader header = PlanHeader.read(ps, kind, firstSection < 0 ? end : firstSection);

        List<TaskTable> tables = TaskTable.find(ps);
        List<Node> sectionNodes = new ArrayList<>();
        Set<TaskTable> placed = new HashSet<>();
        int s = firstSection;
        while (s >= 0 && s < end) {
            int next = indexOf(ps, s + 1, p -> !p.inTable() && numbering(p).kind().equals("R"));
            int sectionEnd = next < 0 || next > end ? end : next;
            Numbered heading = numbering(ps.get(s));
            String f = fold(heading.text());
            boolean assignment = f.contains("to chuc thuc hien");
            if (assignment || f.contains("nhiem vu") || f.contains("noi dung") || f.contains("giai phap")) {
                Node section = new Node(heading.label(), heading.text(), null, Confidence.HIGH, s);
                section.children.addAll(items(ps, s + 1, sectionEnd, assignment, directory, tables, placed));
                if (!section.children.isEmpty()) {
                    sectionNodes.add(section);
                }
            }
            s = next < 0 || next >= end ? -1 : next;
        }
        // A table of tasks outside the sections (a plan that is all table, an appendix after the signature).
        for (TaskTable table : tables) {
            if (!placed.contains(table)) {
                int before = table.first() - 1;
                String caption = before >= 0 && !ps.get(before).inTable() && ps.get(before).text().length() < 300
                        ? ps.get(before).text() : "";
                Node section = new Node("", caption, null, Confidence.MEDIUM, Math.max(before, table.first()));
                section.children.addAll(table.nodes());
                sectionNodes.add(section);
            }
        }

        // Who and when: stated by the task, else by its heading, else by the area "Tổ chức thực hiện" gives the unit
        // (its assignments are no tasks), else the plan's follow-up unit; else the year end.
        AreaAssignments areas = AreaAssignments.take(sectionNodes, ps, directory);
        UnitRef followUp = AreaAssignments.followUp(sectionNodes, ps, end, directory);
        Integer planYear = header.year().value();
        for (int n = 0; n < sectionNodes.size(); n++) {
            progress.checkCancelled();
            progress.update((double) n / sectionNodes.size(), Messages.get("planImport.step.sections", n + 1,
                    sectionNodes.size()));
            sectionNodes.get(n).resolve(null, List.of(), null, directory, planYear, followUp);
        }
        areas.carry(sectionNodes, directory);
        List<ProposedTask> sections = sectionNodes.stream().map(Node::freeze).toList();

        List<ProposedTarget> targets = new ArrayList<>();
        int targetsFrom = Math.max(kind + 1, 0);
        for (int i = targetsFrom; i < end; i++) {
            if (!PlanHeader.isBasis(ps.get(i))) {
                targets.addAll(TaskText.targets(ps.get(i).text(), i));
            }
        }

        PlanHeader.Closing closing = PlanHeader.closing(ps, recipientsAt, end);
        return new PlanProposal(header.number(), header.place(), header.date(), header.year(), header.issuer(),
                header.title(), header.bases(), targets, sections, closing.recipients(), closing.signerTitle(),
                closing.signer());
    }

    /**
     * The paragraphs in NFC, a sentence broken over two paragraphs (a line break typed mid-sentence, a copy from
     * a PDF) joined back: a paragraph outside a table, not in a Word list, starting in lower case after one that
     * does not end a sentence. Each paragraph's index is its place in the list returned: what a proposal's
     * sources point at, and what the review screen shows.
     */
    public static List<TextParagraph> joined(List<TextParagraph> paragraphs) {
        List<TextParagraph> out = new ArrayList<>();
        for (TextParagraph p : paragraphs) {
            String text = Normalizer.normalize(p.text(), Normalizer.Form.NFC);
            TextParagraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !p.inTable() && !last.inTable() && p.listLabel() == null && !text.isEmpty()
                    && Character.isLowerCase(text.charAt(0)) && !SENTENCE_END.matcher(last.text()).matches()
                    && !LETTERED.matcher(text).matches()) {
                out.set(out.size() - 1, new TextParagraph(last.index(), last.text() + " " + text, last.listLabel(),
                        last.listLevel(), last.bold(), last.heading(), -1, -1));
            } else {
                out.add(new TextParagraph(out.size(), text, p.listLabel(), p.listLevel(), p.bold(), p.heading(),
                        p.row(), p.column()));
            }
        }
        return out;
    }

    static UnitRef ref(String mention, UnitMatcher directory) {
        String name = mention.strip().replaceAll("[:;,.]+$", "").strip();
        return directory.match(name).map(m -> new UnitRef(name, m.unit().id(), m.unit().name(), m.confidence()))
                .orElseGet(() -> new UnitRef(name, null, name, Confidence.HIGH));
    }

    /** The items of a section: numbering styles nest in the order they first appear. */
    private static List<Node> items(List<TextParagraph> ps, int from, int to, boolean assignment,
                                    UnitMatcher directory, List<TaskTable> tables, Set<TaskTable> placed) {
        Node root = new Node("", "", null, Confidence.HIGH, -1);
        List<Node> open = new ArrayList<>(); // the open item at each level
        List<String> kinds = new ArrayList<>(); // the numbering style of each level
        for (int i = from; i < to; i++) {
            TextParagraph p = ps.get(i);
            if (p.inTable()) {
                // A table of tasks goes under the item open above it; any other table is not read as tasks.
                int at = i;
                TaskTable table = tables.stream().filter(t -> t.first() <= at && at <= t.last()).findFirst().orElse(null);
                if (table != null) {
                    (open.isEmpty() ? root : open.get(open.size() - 1)).children.addAll(table.nodes());
                    placed.add(table);
                    i = table.last();
                }
                continue;
            }
            Numbered n = numbering(p);
            String f = fold(n.text());
            if (f.startsWith("tren day la")) {
                break; // the closing paragraph
            }
            if (n.kind().isEmpty()) {
                // Unnumbered: the text of the heading just above, or the plan's closing words after the tasks.
                Node last = open.isEmpty() ? root : open.get(open.size() - 1);
                if (last != root && last.children.isEmpty()) {
                    last.children.add(new Node("", n.text(), null, Confidence.MEDIUM, i));
                    continue;
                }
                if (root.children.isEmpty()) {
                    continue; // the section's opening words ("Chi tiết tại bảng dưới đây")
                }
                break;
            }
            int level = kinds.indexOf(n.kind());
            if (level < 0) {
                level = kinds.size();
                kinds.add(n.kind());
            }
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            while (kinds.size() > level + 1) {
                kinds.remove(kinds.size() - 1);
            }
            Node parent = open.isEmpty() ? root : open.get(open.size() - 1);
            // A heading may name a unit, perhaps followed by its task: "3. Trung tâm Dịch vụ tổng hợp xã: Đăng tải …".
            // In "Tổ chức thực hiện" the first level always does; elsewhere only a name that reads as a unit's.
            Matcher unitAndTask = UNIT_AND_TASK.matcher(n.text());
            boolean split = unitAndTask.matches() && (assignment && level == 0
                    || TaskText.unitLike(unitAndTask.group(1), directory));
            String unit = split ? unitAndTask.group(1).strip()
                    : assignment && level == 0 || n.text().length() < 80 && directory.match(n.text()).isPresent()
                    && TaskText.unitLike(n.text(), directory) ? n.text().replaceAll("[:;.]+$", "").strip() : null;
            Node node = new Node(n.label(), split ? unit : n.text(), unit, Confidence.HIGH, i);
            parent.children.add(node);
            if (split) {
                node.children.add(new Node("", unitAndTask.group(2).strip(), null, Confidence.MEDIUM, i));
            }
            open.add(node);
        }
        return root.children;
    }

    static final class Node {
        final String label;
        final String text;
        final String unit;
        final Confidence confidence;
        final int source;
        final List<Node> children = new ArrayList<>();
        /** Stated in a table's own columns, when the task came from one. */
        String leadCell;
        String coopCell;
        String dueCell;
        Proposed<UnitRef> lead = Proposed.none();
        List<UnitRef> cooperating = List.of();
        Proposed<Schedule> schedule = Proposed.none();

        Node(String label, String text, String unit, Confidence confidence, int source) {
            this.label = label;
            this.text = text;
            this.unit = unit;
            this.confidence = confidence;
            this.source = source;
        }

        String flatText() {
            StringBuilder b = new StringBuilder(text);
            children.forEach(c -> b.append(' ').append(c.flatText()));
            return b.toString();
        }

        /** Fills in who and when from the task's own words, else from what its heading stated. */
        void resolve(Proposed<UnitRef> parentLead, List<UnitRef> parentCoops, Proposed<Schedule> parentSchedule,
                     UnitMatcher directory, Integer year, UnitRef followUp) {
            TaskText.Assignment said = TaskText.assignment(text, directory);
            if (leadCell != null) {
                List<String> names = TaskText.cellNames(leadCell, directory);
                said = names.isEmpty() ? said : new TaskText.Assignment(names.get(0), Confidence.HIGH,
                        Stream.concat(names.stream().skip(1),
                                coopCell == null ? Stream.of()
                                        : TaskText.cellNames(coopCell, directory).stream()).toList());
            }
            if (unit != null && TaskText.unitLike(unit, directory)) {
                lead = new Proposed<>(ref(unit, directory), Confidence.HIGH, source);
            } else if (said.lead() != null) {
                lead = new Proposed<>(ref(said.lead(), directory), said.confidence(), source);
            } else if (parentLead != null && parentLead.found()) {
                lead = parentLead;
            } else if (followUp != null) {
                lead = new Proposed<>(followUp, Confidence.LOW, -1);
            }
            List<UnitRef> coops = new ArrayList<>(said.cooperating().stream().map(c -> ref(c, directory)).toList());
            if (coops.isEmpty() && said.lead() == null && unit == null) {
                coops.addAll(parentCoops);
            }
            Long leadId = lead.found() ? lead.value().unitId() : null;
            String leadName = lead.found() ? fold(lead.value().unitName()) : null;
            coops.removeIf(c -> leadId != null ? leadId.equals(c.unitId()) : fold(c.unitName()).equals(leadName));
            cooperating = coops.stream().distinct().toList();

            Proposed<Schedule> own = dueCell != null ? TaskText.schedule(dueCell, year, source, true) : null;
            if (own == null) {
                own = TaskText.schedule(text, year, source, false);
            }
            if (own != null) {
                schedule = own;
            } else if (parentSchedule != null && parentSchedule.found()) {
                schedule = parentSchedule;
            } else if (year != null && children.isEmpty()) {
                schedule = new Proposed<>(Schedule.due(LocalDate.of(year, 12, 31), ""), Confidence.LOW, -1);
            }
            // Under a heading, a task without units or schedule of its own takes the heading's (stated or inherited).
            for (Node c : children) {
                c.resolve(lead.found() ? lead : parentLead, cooperating.isEmpty() ? parentCoops : cooperating,
                        own != null ? own : parentSchedule, directory, year, followUp);
            }
        }

        ProposedTask freeze() {
            return new ProposedTask(label, text, unit, confidence, source, lead, cooperating, schedule,
                    children.stream().map(Node::freeze).toList());
        }
    }

    private static String fold(String s) {
        return TRAILING_MARKS.matcher(VnText.fold(s)).replaceAll("").strip();
    }

    private static int indexOf(List<TextParagraph> ps, int from, Predicate<TextParagraph> test) {
        for (int i = Math.max(0, from); i < ps.size(); i++) {
            if (test.test(ps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
