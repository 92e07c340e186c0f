package vn.socongvu.planimport;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    /**
     * A labelled field of a task (folded): its content, what it must achieve, who does it, when — "a) Nội dung: …",
     * "b) Yêu cầu: …", "c) Trách nhiệm thực hiện: …", "d) Thời gian hoàn thành: …" and their usual variants.
     */
    private static final Pattern FIELD = Pattern.compile("\\s*(noi dung(?: cong viec| thuc hien| nhiem vu)?"
            + "|yeu cau(?: dat duoc| can dat)?|ket qua(?: dat duoc| du kien| can dat| dau ra)?(?:\\s*[/,]\\s*san pham"
            + "(?: dau ra)?)?|san pham(?: dau ra)?(?:\\s*[/,]\\s*ket qua)?|trach nhiem(?: thuc hien)?"
            + "|(?:co quan|don vi|bo phan)(?: chu tri| thuc hien| phoi hop)(?: thuc hien)?|chu tri(?: thuc hien)?"
            + "|phoi hop(?: thuc hien)?|nguoi thuc hien|thoi gian(?: thuc hien| hoan thanh)?"
            + "|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?)\\s*:");
    /** A paragraph (folded) that sends the reader to an appendix: "(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)". */
    private static final Pattern POINTER = Pattern.compile("\\s*\\(?\\s*(?:(?:danh muc|chi tiet|cac nhiem vu|nhiem vu"
            + "|noi dung|cu the)[^()]{0,160}?(?:tai|theo|o|trong) (?:cac )?phu luc|(?:co )?phu luc kem theo)[^()]{0,100}"
            + "\\)?[.;]?\\s*");
    /** The same pointer in brackets at the end of an item: "1. Cải cách thể chế (chi tiết tại Phụ lục I)". */
    private static final Pattern INLINE_POINTER = Pattern.compile(
            "\\s*\\([^()]{0,160}?(?:tai|theo|o|trong) (?:cac )?phu luc[^()]{0,100}\\)");
    /** The first words (folded) of a sentence that states work to do. */
    private static final Pattern TASK_VERB = Pattern.compile("(?:tiep tuc|thuc hien|to chuc|trien khai|xay dung"
            + "|nang cao|day manh|tang cuong|ra soat|kiem tra|tuyen truyen|quan triet|hoan thien|duy tri|phat huy|chi dao"
            + "|tham muu|theo doi|don doc|bao cao|so ket|tong ket|danh gia|cong khai|niem yet|cap nhat|ban hanh|sua doi"
            + "|bo sung|phoi hop|chu dong|dam bao|bao dam|ung dung|nghien cuu|lap |huong dan|giai quyet|tiep nhan|xu ly"
            + "|phat dong|khen thuong|boi duong|dao tao|cu |van hanh|nang cap|so hoa|rut ngan|cai thien|khuyen khich"
            + "|van dong|hoan thanh|lanh dao|giam sat|ap dung|tap trung|thanh lap|kien toan|sap xep|dau tu|mua sam"
            + "|cung co|thong ke|tiep cong dan|doi moi|siet chat|chan chinh|thuc thi)\\b");
    /** The first words (folded) of a paragraph that goes on with the item above: "Trong đó …", "Cụ thể …". */
    private static final Pattern CONTINUATION = Pattern.compile("(?:trong do|cu the|dong thoi|rieng|gom|bao gom"
            + "|chu trong|uu tien|phan dau|qua do|tu do|trong truong hop|truong hop|luu y|chu y)\\b");
    private static final Pattern CLOSING_ASK = Pattern.compile("(?:uy ban nhan dan|ubnd) xa (?:yeu cau|de nghi)");
    /** Where a date, a month, a quarter or a year may start in a deadline field (folded). */
    private static final Pattern DATE_START = Pattern.compile(
            "(?<![\\d/])\\d{1,2}\\s*/\\s*\\d|(?<![a-z])(?:ngay \\d|thang \\d|quy [ivx\\d]|nam \\d{4})");
    private static final Pattern DECIMAL_LABEL = Pattern.compile("(\\d+)[.)]?");
    /** Titles of a person: "Chủ tịch UBND xã", "Trưởng Công an xã" (folded), the unit after it being the one led. */
    private static final Pattern PERSON_TITLE = Pattern.compile("(?:dong chi |d/c )?(?:pho )?(?:chu tich|truong(?! mam| mau"
            + "| tieu| thcs| trung)|giam doc|chanh van phong|bi thu|thu truong|chi huy truong|chu nhiem)\\b\\s*");
    private static final Pattern PERSON_ROLE_END = Pattern.compile(
            "\\s(?:chi dao|phu trach|truc tiep|chiu trach nhiem|theo doi|lanh dao|xa:)|[,;:(]");


    private PlanRecognizer() {
    }

    /** A numbered (or bulleted) paragraph: the style of its numbering, the label as printed, the rest. */
    record Numbered(String kind, String label, String text) {
    }

    /**
     * A paragraph's numbering: Word's own (its list label) or typed. Word's styles are kept apart from typed ones
     * and by list level ("W0D" is a Word "1." at the first level), so that a Word-numbered "1." under a typed "1."
     * nests under it; a Roman number is a section either way.
     */
    static Numbered numbering(TextParagraph p) {
        if (p.listLabel() != null && !p.listLabel().isEmpty()) {
            Numbered n = numbering(p.listLabel() + " x");
            String kind = n == null ? "W" + p.listLevel() : n.kind().equals("R") ? "R" : "W" + p.listLevel() + n.kind();
            return new Numbered(kind, p.listLabel(), p.text());
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
        Sections read = new Sections(ps, directory, tables, placed, closingAt(ps, firstSection, end));
        int s = indexOf(ps, Math.max(firstSection, 0), p -> !p.inTable() && numbering(p).kind().equals("R")
                && isTaskSection(fold(numbering(p).text())));
        // The task part runs from the first task section to the closing words: every Roman part on the way is read,
        // the tasks of task sections placed, anything else listed as not placed.
        while (firstSection >= 0 && s >= 0 && s < end && !read.closed) {
            int next = indexOf(ps, s + 1, p -> !p.inTable() && numbering(p).kind().equals("R"));
            int sectionEnd = next < 0 || next > end ? end : next;
            Numbered heading = numbering(ps.get(s));
            String f = fold(heading.text());
            if (isTaskSection(f)) {
                Node section = new Node(heading.label(), heading.text(), null, Confidence.HIGH, s);
                read.items(section, s + 1, sectionEnd, f.contains("to chuc thuc hien"));
                if (!section.children.isEmpty()) {
                    sectionNodes.add(section);
                }
            } else {
                read.notTasks(s + 1, sectionEnd);
            }
            s = next < 0 || next >= end ? -1 : next;
        }
        read.followPointers();
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

        Set<Integer> withTargets = new HashSet<>();
        targets.forEach(t -> withTargets.add(t.source()));
        List<Unplaced> unplaced = read.unplaced.stream().filter(u -> !withTargets.contains(u.paragraph()))
                .sorted(Comparator.comparingInt(Unplaced::paragraph)).toList();
        PlanHeader.Closing closing = PlanHeader.closing(ps, recipientsAt, end);
        return new PlanProposal(header.number(), header.place(), header.date(), header.year(), header.issuer(),
                header.title(), header.bases(), targets, sections, closing.recipients(), closing.signerTitle(),
                closing.signer(), unplaced);
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

    /**
     * A task made of one paragraph the clerk adds from those not placed: its own units and schedule read from its
     * words, else the given ones (the task beside it, a guess: LOW), else the end of the plan's year (LOW).
     */
    static ProposedTask task(String text, int source, Proposed<UnitRef> lead, List<UnitRef> cooperating,
                             Proposed<Schedule> schedule, List<Unit> units, Integer year) {
        Node node = new Node("", text.strip(), null, Confidence.HIGH, source);
        node.resolve(lead.found() ? new Proposed<>(lead.value(), Confidence.LOW, -1) : null, cooperating,
                schedule.found() ? new Proposed<>(schedule.value(), Confidence.LOW, -1) : null, new UnitMatcher(units),
                year, null);
        return node.freeze();
    }

    static UnitRef ref(String mention, UnitMatcher directory) {
        String name = mention.strip().replaceAll("[:;,.]+$", "").strip();
        return directory.match(name).map(m -> new UnitRef(name, m.unit().id(), m.unit().name(), m.confidence()))
                .orElseGet(() -> new UnitRef(name, null, name, Confidence.HIGH));
    }

    /** Whether a Roman part's heading (folded) makes it a part of tasks. */
    private static boolean isTaskSection(String heading) {
        return heading.contains("to chuc thuc hien") || heading.contains("nhiem vu") || heading.contains("noi dung")
                || heading.contains("giai phap");
    }

    /**
     * Where the plan's closing words start: the first paragraph reading as them ({@link #isClosing}) after which no
     * numbered item or part comes before the recipients. Words of that kind inside a section ("Trong quá trình
     * chuẩn bị, nếu có vướng mắc, … báo cáo") are prose there, listed as not placed; they never end the tasks.
     */
    private static int closingAt(List<TextParagraph> ps, int from, int end) {
        int closing = end;
        for (int i = end - 1; i >= Math.max(from, 0); i--) {
            TextParagraph p = ps.get(i);
            if (p.inTable()) {
                continue;
            }
            Numbered n = numbering(p);
            String f = fold(n.text());
            if (f.startsWith("tren day la") || n.kind().isEmpty() && isClosing(f)) {
                closing = i;
            } else if (!n.kind().isEmpty() && !n.kind().endsWith("B")) {
                break;
            }
        }
        return closing;
    }

    /** The closing words after the tasks: "Trên đây là …", "Trong quá trình thực hiện, nếu có khó khăn …". */
    private static boolean isClosing(String folded) {
        return folded.startsWith("tren day la") || folded.contains("trong qua trinh") && (folded.contains("kho khan")
                || folded.contains("vuong mac")) || CLOSING_ASK.matcher(folded).lookingAt();
    }

    /** The number of a decimal label ("3." → 3), or -1. */
    private static int number(String label) {
        Matcher m = DECIMAL_LABEL.matcher(label == null ? "" : label);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The reading of a plan's task part, section by section: the items into a tree, the paragraphs not placed,
     * and the items whose tasks an appendix lists.
     */
    private static final class Sections {
        final List<TextParagraph> ps;
        final UnitMatcher directory;
        final List<TaskTable> tables;
        final Set<TaskTable> placed;
        final List<Unplaced> unplaced = new ArrayList<>();
        /** Items pointing at an appendix ("(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)"), and where each says so. */
        final List<Node> pointing = new ArrayList<>();
        final List<Integer> pointers = new ArrayList<>();
        /** Where the closing words start ({@link #closingAt}): the task part ends there. */
        final int closing;
        /** True once the closing words are reached. */
        boolean closed;

        Sections(List<TextParagraph> ps, UnitMatcher directory, List<TaskTable> tables, Set<TaskTable> placed,
                 int closing) {
            this.closing = closing;
            this.ps = ps;
            this.directory = directory;
            this.tables = tables;
            this.placed = placed;
        }

        /** A Roman part holding no tasks (Kinh phí, Chế độ báo cáo …) inside the task part: its paragraphs listed. */
        void notTasks(int from, int to) {
            for (int i = from; i < to; i++) {
                TextParagraph p = ps.get(i);
                if (p.inTable()) {
                    continue;
                }
                if (i >= closing) {
                    closed = true;
                    return;
                }
                unplaced.add(new Unplaced(i, p.displayed(), "planImport.unplaced.otherPart"));
            }
        }

        /**
         * The items of a section, under {@code root}: numbering styles nest in the order they first appear (typed
         * and Word's own are different styles, so that a Word-numbered "1." under a typed "1." is its child); a
         * labelled field ("a) Nội dung: …", "Thời gian hoàn thành: …") is part of the item holding it; an unnumbered
         * paragraph is the task of a heading just above, the continuation of the task above, or listed as not placed.
         */
        void items(Node root, int from, int to, boolean assignment) {
            List<Node> open = new ArrayList<>(); // the open item at each level
            List<String> kinds = new ArrayList<>(); // the numbering style of each level
            List<Node> holders = new ArrayList<>();
            Node fieldHolder = null; // the item whose labelled field is open (bullets and plain text continue it)
            char fieldKind = 0;
            boolean fieldIntroduces = false;
            for (int i = from; i < to; i++) {
                TextParagraph p = ps.get(i);
                if (p.inTable()) {
                    // A table of tasks goes under the item open above it; any other table is not read as tasks.
                    int at = i;
                    TaskTable table = tables.stream().filter(t -> t.first() <= at && at <= t.last()).findFirst()
                            .orElse(null);
                    if (table != null) {
                        (open.isEmpty() ? root : open.get(open.size() - 1)).children.addAll(table.nodes());
                        placed.add(table);
                        i = table.last();
                    }
                    fieldHolder = null;
                    continue;
                }
                Numbered n = numbering(p);
                String f = fold(n.text());
                boolean bullet = n.kind().endsWith("B");
                if (i >= closing) {
                    closed = true;
                    break;
                }
                Node last = open.isEmpty() ? root : open.get(open.size() - 1);
                String folded = TaskText.folded(n.text());
                Matcher field = FIELD.matcher(folded);
                if (field.lookingAt()) {
                    Node holder;
                    if (n.kind().isEmpty() || bullet) {
                        holder = fieldHolder != null ? fieldHolder : last;
                    } else {
                        int level = level(kinds, open, n, p);
                        holder = level == 0 ? root : open.get(level - 1);
                    }
                    if (holder == root) {
                        holder = new Node("", "", null, Confidence.MEDIUM, i);
                        root.children.add(holder);
                        open.clear();
                        open.add(holder);
                    }
                    fieldKind = holder.field(fieldKind(field.group(1)), n.text(), field.end(), i);
                    String body = n.text().substring(field.end()).strip();
                    fieldIntroduces = body.isEmpty() || body.endsWith(":");
                    fieldHolder = holder;
                    if (!holders.contains(holder)) {
                        holders.add(holder);
                    }
                    continue;
                }
                // A field goes on in bullets, and in plain paragraphs after a label that introduces them
                // ("c) Trách nhiệm thực hiện:"); a plain sentence after a complete field is not part of it.
                if (fieldHolder != null && (bullet || n.kind().isEmpty() && fieldIntroduces)) {
                    fieldHolder.fieldMore(fieldKind, n.text(), i);
                    continue;
                }
                fieldHolder = null;
                Matcher pointer = POINTER.matcher(folded);
                if (n.kind().isEmpty() && pointer.matches()) {
                    pointing.add(last);
                    pointers.add(i);
                    continue;
                }
                if (n.kind().isEmpty()) {
                    unnumbered(root, last, assignment, n.text(), i);
                    continue;
                }
                int level = level(kinds, open, n, p);
                Node parent = level == 0 ? root : open.get(level - 1);
                String text = n.text();
                Matcher inline = INLINE_POINTER.matcher(TaskText.folded(text));
                boolean points = inline.find();
                if (points) {
                    text = (text.substring(0, inline.start()) + text.substring(inline.end())).strip();
                }
                // A heading may name a unit, perhaps followed by its task: "3. Trung tâm Dịch vụ tổng hợp xã: Đăng tải
                // …". In "Tổ chức thực hiện" the first level always does; elsewhere only a name that reads as a unit's.
                Matcher unitAndTask = UNIT_AND_TASK.matcher(text);
                boolean split = unitAndTask.matches() && (assignment && level == 0
                        || unitName(unitAndTask.group(1)));
                String unit = split ? unitAndTask.group(1).strip()
                        : assignment && level == 0 || text.length() < 80 && directory.match(text).isPresent()
                        && TaskText.unitLike(text, directory) ? text.replaceAll("[:;.]+$", "").strip() : null;
                Node node = new Node(n.label(), split ? unit : text, unit, Confidence.HIGH, i);
                // A unit heading of "Tổ chức thực hiện" heads what follows it, as a bold heading does.
                node.bold = p.bold() || p.heading() || assignment && level == 0;
                parent.children.add(node);
                if (split) {
                    node.children.add(new Node("", unitAndTask.group(2).strip(), null, Confidence.MEDIUM, i));
                }
                if (points) {
                    pointing.add(node);
                    pointers.add(i);
                }
                open.add(node);
            }
            holders.forEach(Node::takeFields);
        }

        /**
         * The level of a numbered item in the section's styles, the items deeper than it closed. A Word-numbered
         * "3." right after a typed "2." (or the other way round) goes on that list; any other new style nests.
         */
        private static int level(List<String> kinds, List<Node> open, Numbered n, TextParagraph p) {
            String kind = n.kind();
            int k = number(n.label());
            if (k > 1 && !kinds.contains(kind) && kind.endsWith("D")) {
                for (int l = 0; l < Math.min(kinds.size(), open.size()); l++) {
                    if (kinds.get(l).endsWith("D") && number(open.get(l).label) == k - 1) {
                        kind = kinds.get(l);
                        break;
                    }
                }
            }
            int level = kinds.indexOf(kind);
            if (level < 0) {
                level = kinds.size();
                kinds.add(kind);
            }
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            while (kinds.size() > level + 1) {
                kinds.remove(kinds.size() - 1);
            }
            // A style first met deeper than the items open (a Word list starting at its second level): under the last.
            return Math.min(level, open.size());
        }

        /**
         * An unnumbered paragraph among the items: the task of the heading just above (or one more of its tasks
         * when it already has unnumbered ones), the continuation of the task just above when it reads as that
         * task's detail ("Trong đó, …"), else listed as not placed — as work the plan did not number when it
         * opens like a task, else as prose.
         */
        private void unnumbered(Node root, Node last, boolean assignment, String text, int i) {
            if (last.hasFields()) {
                // After an item's labelled fields: not one of them, and not a task of the item (its task is the fields).
                unplaced.add(new Unplaced(i, text, taskLike(text) ? "planImport.unplaced.unnumberedTask"
                        : "planImport.unplaced.prose"));
                return;
            }
            boolean unnumberedRun = !last.children.isEmpty()
                    && last.children.stream().allMatch(c -> c.label.isEmpty() && c.source != last.source);
            if (last != root && (last.children.isEmpty() && last.headingLike() || unnumberedRun)) {
                last.children.add(new Node("", text, null, Confidence.MEDIUM, i));
                return;
            }
            if (last == root) {
                // Before the section's first item: its opening words, or tasks written without numbers.
                if (root.children.isEmpty() && text.strip().endsWith(":")) {
                    return; // "… UBND xã đề ra các nhiệm vụ sau:": introduces the items below
                }
                // Tasks written without numbers; not in "Tổ chức thực hiện", whose unnumbered paragraphs assign areas
                // to units ("Văn phòng … chủ trì … cải cách thể chế"): those are listed for the clerk.
                if (!assignment && taskLike(text) && root.children.stream().allMatch(c -> c.label.isEmpty())) {
                    root.children.add(new Node("", text, null, Confidence.MEDIUM, i));
                    return;
                }
            } else if (last.children.isEmpty() && CONTINUATION.matcher(fold(text)).lookingAt()) {
                // "Trong đó, …", "Cụ thể: …": the detail of the task above, part of its text.
                last.text = last.text.strip() + " " + text.strip();
                last.more.add(i);
                return;
            }
            // New work the plan did not number, or prose: the clerk decides (one click adds it as a task).
            unplaced.add(new Unplaced(i, text, taskLike(text) ? "planImport.unplaced.unnumberedTask"
                    : "planImport.unplaced.prose"));
        }

        /**
         * Whether the words before a colon name a unit ("Trung tâm Dịch vụ tổng hợp xã: Đăng tải …"), not a clause
         * that happens to open with one ("Công an xã rà soát dữ liệu dân cư; thời hạn: 30/6/2026").
         */
        private boolean unitName(String words) {
            String w = words.strip();
            return !w.contains(";") && TaskText.unitLike(w, directory) && (w.split("\\s+").length <= 7
                    || directory.match(w).filter(m -> m.confidence() == Confidence.HIGH).isPresent());
        }

        /** Whether a sentence opens like a task: with the work to do, or with the unit that does it. */
        private boolean taskLike(String text) {
            if (TASK_VERB.matcher(fold(text)).lookingAt()) {
                return true;
            }
            List<UnitMatcher.Found> found = directory.find(text);
            return !found.isEmpty() && text.substring(0, found.get(0).start()).isBlank();
        }

        /**
         * Follows each pointer to an appendix into the table of tasks the file holds after it (its group whose title
         * is the item's, when it has groups): those tasks become the item's; a pointer with no table is listed.
         */
        void followPointers() {
            for (int k = 0; k < pointing.size(); k++) {
                Node item = pointing.get(k);
                int at = pointers.get(k);
                TaskTable table = tables.stream().filter(t -> !placed.contains(t) && t.first() > at).findFirst()
                        .orElse(null);
                if (table == null) {
                    unplaced.add(new Unplaced(at, ps.get(at).displayed(), "planImport.unplaced.pointer"));
                    continue;
                }
                String title = fold(item.text);
                Node group = table.nodes().stream().filter(g -> !g.children.isEmpty() && !title.isEmpty()
                        && (fold(g.text).contains(title) || title.contains(fold(g.text)))).findFirst().orElse(null);
                if (group != null) {
                    item.children.addAll(group.children);
                    table.nodes().remove(group);
                    if (table.nodes().isEmpty()) {
                        placed.add(table);
                    }
                } else {
                    item.children.addAll(table.nodes());
                    placed.add(table);
                }
            }
        }
    }

    /** The field a label (folded) opens: C content, R required result, W who, T when. */
    private static char fieldKind(String label) {
        if (label.startsWith("noi dung")) {
            return 'C';
        }
        if (label.startsWith("yeu cau") || label.startsWith("ket qua") || label.startsWith("san pham")) {
            return 'R';
        }
        return label.startsWith("thoi") || label.startsWith("tien do") ? 'T' : 'W';
    }

    /**
     * Who a task's "Trách nhiệm thực hiện" field (and its "Cơ quan chủ trì/phối hợp" variants) names, each line as
     * written: the unit that "chủ trì" leads ("Chủ tịch UBND xã chỉ đạo; Văn phòng … chủ trì, phối hợp với …"),
     * else the first unit named; a person ("Chủ tịch UBND xã", "Trưởng Công an xã") stands for the unit they head
     * when the directory knows it; the other units named cooperate.
     */
    static TaskText.Assignment fieldAssignment(List<String> lines, UnitMatcher directory) {
        List<String> pieces = new ArrayList<>();
        StringBuilder labelled = new StringBuilder();
        for (String line : lines) {
            Matcher field = FIELD.matcher(TaskText.folded(line));
            String body = field.lookingAt() ? line.substring(field.end()) : line;
            for (String piece : body.split("[;\n]")) {
                String t = piece.strip().replaceFirst("^[-–+•]\\s*", "").strip();
                if (!t.isEmpty()) {
                    pieces.add(t);
                }
            }
            labelled.append(field.lookingAt() ? (labelled.isEmpty() ? "" : "\n") + line.strip()
                    : ", " + line.strip().replaceFirst("^[-–+•]\\s*", ""));
        }
        String lead = null;
        Confidence confidence = Confidence.LOW;
        List<String> coops = new ArrayList<>();
        for (String piece : pieces) {
            TaskText.Assignment a = TaskText.assignment(piece, directory);
            if (lead == null && a.lead() != null && TaskText.folded(piece).contains("chu tri") && !person(a.lead())) {
                lead = a.lead();
                confidence = Confidence.HIGH;
                coops.addAll(a.cooperating());
            }
        }
        if (lead == null) {
            TaskText.Assignment a = TaskText.assignment(labelled.toString(), directory);
            if (a.lead() != null && !person(a.lead())) {
                lead = a.lead();
                confidence = a.confidence();
            }
            coops.addAll(a.cooperating());
        }
        if (lead == null) {
            for (String piece : pieces) {
                String headed = headedUnit(piece, directory);
                if (headed != null) {
                    lead = headed;
                    confidence = Confidence.MEDIUM;
                    break;
                }
            }
        }
        for (String piece : pieces) {
            TaskText.Assignment a = TaskText.assignment(piece, directory);
            if (a.lead() != null && !person(a.lead())) {
                coops.add(a.lead());
            }
            coops.addAll(a.cooperating());
        }
        String l = lead;
        List<String> others = new ArrayList<>();
        for (String c : coops) {
            String f = fold(c);
            if (!person(c) && (l == null || !f.equals(fold(l))) && others.stream().noneMatch(o -> fold(o).equals(f))) {
                others.add(c);
            }
        }
        return lead == null && others.isEmpty() ? TaskText.Assignment.NONE
                : new TaskText.Assignment(lead, confidence, List.copyOf(others));
    }

    private static boolean person(String name) {
        return PERSON_TITLE.matcher(TaskText.folded(name.strip())).lookingAt();
    }

    /** "Trưởng Công an xã chỉ đạo …" → "Công an xã", when the directory knows it; else null. */
    private static String headedUnit(String piece, UnitMatcher directory) {
        String f = TaskText.folded(piece);
        Matcher title = PERSON_TITLE.matcher(f);
        if (!title.lookingAt()) {
            return null;
        }
        Matcher end = PERSON_ROLE_END.matcher(f);
        int to = end.find(title.end()) ? end.start() : f.length();
        String unit = piece.substring(title.end(), to).strip();
        return !unit.isEmpty() && directory.match(unit).filter(m -> m.confidence() != Confidence.LOW).isPresent()
                ? unit : null;
    }

    /** When a task's "Thời gian thực hiện/hoàn thành" field says it is due (the field's lines as written). */
    static Proposed<Schedule> fieldSchedule(List<String> lines, Integer year, int source) {
        StringBuilder bodies = new StringBuilder();
        for (String line : lines) {
            Matcher field = FIELD.matcher(TaskText.folded(line));
            bodies.append(bodies.isEmpty() ? "" : "\n").append(field.lookingAt() ? line.substring(field.end()) : line);
        }
        // "Tháng 3/2022, hoàn thành tháng 6/2022", "từ quý II đến quý IV/2022": the field's last date is the deadline.
        String body = bodies.toString().strip();
        Matcher at = DATE_START.matcher(TaskText.folded(body));
        Proposed<Schedule> latest = null;
        while (at.find()) {
            Proposed<Schedule> s = TaskText.schedule(body.substring(at.start()), year, source, true);
            if (s != null && s.value().deadline() != null && (latest == null
                    || s.value().deadline().isAfter(latest.value().deadline()))) {
                latest = s;
            }
        }
        if (latest != null) {
            return latest;
        }
        Proposed<Schedule> s = TaskText.schedule(String.join("\n", lines), year, source, false);
        return s != null ? s : TaskText.schedule(body, year, source, true);
    }

    static final class Node {
        final String label;
        String text;
        final String unit;
        final Confidence confidence;
        final int source;
        final List<Node> children = new ArrayList<>();
        /** Bold or a heading's style, as a heading is written. */
        boolean bold;
        /** The paragraphs after its own that are part of it: its text continued, its labelled fields. */
        final List<Integer> more = new ArrayList<>();
        /** What it must achieve ("Yêu cầu: …"), and its fields as read, each line as written. */
        String expectedResult = "";
        private StringBuilder content;
        private int contentSource = -1;
        private StringBuilder result;
        private final List<String> who = new ArrayList<>();
        private final List<String> when = new ArrayList<>();
        private int whoSource = -1;
        private int whenSource = -1;
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

        /** A labelled field of this item, as written; its body starts at {@code bodyStart}. @return its kind */
        char field(char kind, String text, int bodyStart, int at) {
            String body = text.substring(bodyStart).strip();
            switch (kind) {
                case 'C' -> {
                    content = content == null ? new StringBuilder(body) : content.append(' ').append(body);
                    contentSource = contentSource < 0 ? at : contentSource;
                }
                case 'R' -> result = result == null ? new StringBuilder(body) : result.append(' ').append(body);
                case 'W' -> {
                    who.add(text.strip());
                    whoSource = whoSource < 0 ? at : whoSource;
                }
                default -> {
                    when.add(text.strip());
                    whenSource = whenSource < 0 ? at : whenSource;
                }
            }
            more.add(at);
            return kind;
        }

        /** A bullet or a plain paragraph going on with the field of {@code kind} ("- Chủ tịch UBND xã chỉ đạo …"). */
        void fieldMore(char kind, String text, int at) {
            switch (kind) {
                case 'C' -> content.append(' ').append(text.strip());
                case 'R' -> result.append(' ').append(text.strip());
                case 'W' -> who.add("- " + text.strip());
                default -> when.add(text.strip());
            }
            more.add(at);
        }

        /**
         * Its labelled fields made into one task: with a "Nội dung" field, the item stays the heading and its
         * content is the task under it (the fields' who, when and required result going with it); without one,
         * the item itself is the task they describe.
         */
        void takeFields() {
            String required = result == null ? "" : result.toString().strip();
            if (content == null) {
                expectedResult = required;
                return;
            }
            if (text.isBlank()) {
                text = content.toString().strip();
                expectedResult = required;
                return;
            }
            Node task = new Node("", content.toString().strip(), null, Confidence.HIGH, contentSource);
            task.expectedResult = required;
            task.who.addAll(who);
            task.whoSource = whoSource;
            task.when.addAll(when);
            task.whenSource = whenSource;
            task.more.addAll(more);
            who.clear();
            when.clear();
            children.add(task);
        }

        boolean hasFields() {
            return content != null || result != null || !who.isEmpty() || !when.isEmpty();
        }

        /** Whether it reads as a heading: a unit, bold, introducing what follows, or a title (no sentence). */
        boolean headingLike() {
            String t = text.strip();
            return bold || t.endsWith(":") || t.length() < 150 && !SENTENCE_END.matcher(t).matches();
        }

        String flatText() {
            StringBuilder b = new StringBuilder(text);
            children.forEach(c -> b.append(' ').append(c.flatText()));
            return b.toString();
        }

        /** Fills in who and when from the task's own words, else from what its heading stated. */
        void resolve(Proposed<UnitRef> parentLead, List<UnitRef> parentCoops, Proposed<Schedule> parentSchedule,
                     UnitMatcher directory, Integer year, UnitRef followUp) {
            TaskText.Assignment said = who.isEmpty() ? TaskText.Assignment.NONE : fieldAssignment(who, directory);
            int saidAt = said.isEmpty() ? source : whoSource;
            if (said.isEmpty()) {
                said = TaskText.assignment(text, directory);
            }
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
                lead = new Proposed<>(ref(said.lead(), directory), said.confidence(), saidAt);
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
            if (own == null && !when.isEmpty()) {
                own = fieldSchedule(when, year, whenSource);
            }
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
            return new ProposedTask(label, text, expectedResult, unit, confidence, source, lead, cooperating, schedule,
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
