package vn.socongvu.planimport;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.socongvu.document.TextParagraph;
import vn.socongvu.text.VnText;

/**
 * Who leads what when the plan says it apart from the tasks, in "Tổ chức thực hiện": an item that gives a unit
 * whole areas of the plan ("1. Văn phòng HĐND và UBND xã – chủ trì, tham mưu triển khai các nhiệm vụ cải cách thể
 * chế, cải cách thủ tục hành chính") is an <em>area assignment</em>: the tasks of those areas (the headings of the
 * task sections that name them, "1. Cải cách thể chế", and everything under them) get that unit as their lead,
 * MEDIUM, unless they state their own; the item itself is no task. An item that lists a unit's own duties ("1. Phòng
 * Văn hoá – Xã hội" then its duties, "3. Trung tâm …: Đăng tải …") names no area and stays a task.
 *
 * <p>Also the plan's <em>follow-up unit</em>: the one an explicit sentence of "Tổ chức thực hiện" or of the closing
 * makes follow the whole plan up ("Chủ trì, theo dõi, đôn đốc …", "… theo dõi, … đôn đốc, tổng hợp"), the default
 * lead of a task that has none (LOW). A phrase inside one item ("báo cáo kết quả … qua phòng văn hóa, xã hội để tổng
 * hợp") is not one.
 */
final class AreaAssignments {
    /** Words that say nothing of which area is meant (folded). */
    private static final Set<String> STOP = Set.of("va", "cac", "nhiem", "vu", "cong", "tac", "linh", "vuc", "ve", "trong",
            "nen", "viec", "thuc", "hien", "day", "manh", "tang", "cuong", "nang", "cao", "xay", "dung", "phat", "trien",
            "tiep", "tuc", "hoan", "thien", "doi", "moi", "cua", "xa", "cho", "theo", "voi", "nham", "de", "tren", "dia",
            "ban", "chu", "tri", "tham", "muu", "khai", "phu", "trach", "phoi", "hop", "noi", "giai",
            "phap", "tai");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");
    /** Where a heading's areas split: its first is what an assignment names. */
    private static final Pattern AREA_SPLIT = Pattern.compile("[,;:()]| va ");
    /** An assignment's role: the unit leads, advises on or is in charge of the areas. */
    private static final Pattern ROLE = Pattern.compile("chu tri|phu trach|tham muu|dau moi|chiu trach nhiem");
    /** A unit at the start of an item, then the separator before its role ("Phòng Kinh tế – chủ trì …"). */
    private static final Pattern UNIT_THEN_ROLE = Pattern.compile("^(.{3,80}?)\\s*(?:[–:]|\\s-\\s|,)?\\s*"
            + "(?=(?:chu tri|phu trach|tham muu|la dau moi|dau moi|chiu trach nhiem)\\b)");
    private static final Pattern LEADING = Pattern.compile("^[\\s–\\-:,]+");
    /** A heading that says whom its tasks are for ("Đối với cán bộ, công chức", "Thủ trưởng các phòng"), not an area. */
    private static final Pattern AUDIENCE = Pattern.compile("(?:doi voi|thu truong|nguoi dung dau|cac |can bo|cong chuc"
            + "|vien chuc|lanh dao|uy ban nhan dan|ubnd|phong |van phong|trung tam|cong an|ban chi huy)");
    /** Among a unit's duties, an assignment says it gives areas: "… các nhiệm vụ …", "… lĩnh vực …". */
    private static final Pattern AREA_WORD = Pattern.compile("\\b(?:nhiem vu|linh vuc|noi dung|mang|khoi)\\b");
    /** "Giao Văn phòng …", "Đề nghị Ủy ban MTTQ …": the unit follows. */
    private static final Pattern GIVEN = Pattern.compile("^(?:[Gg]iao|Đề nghị|đề nghị)\\s+(?:cho\\s+)?");
    /** A sentence making a unit follow the whole plan up (folded). */
    private static final Pattern FOLLOW_UP = Pattern.compile("theo doi\\b.*\\b(?:don doc|tong hop)\\b");

    /**
     * An area assignment: the unit as written, its cooperating units as written, the text naming the areas, and
     * the paragraph it is in.
     */
    record Area(String unit, List<String> cooperating, String areas, int source) {
    }

    private final Map<PlanRecognizer.Node, Area> byHeading;

    private AreaAssignments(Map<PlanRecognizer.Node, Area> byHeading) {
        this.byHeading = byHeading;
    }

    /**
     * The entry point for one item of "Tổ chức thực hiện" (its text without its numbering): the area assignment it
     * makes, if it is one — a unit, then its role (chủ trì, tham mưu, phụ trách), then one or more of the plan's
     * areas, named as the task sections' {@code headings} name them — else empty (the item is a task: a unit's own
     * duty, a generic "các phòng, ban …", a follow-up).
     */
    static Optional<Area> assignment(String item, int source, List<String> headings, UnitMatcher directory) {
        String text = GIVEN.matcher(item.strip()).replaceFirst("");
        String f = TaskText.folded(text);
        String unit = null;
        int rest = -1;
        List<UnitMatcher.Found> known = directory.find(text);
        if (!known.isEmpty() && text.substring(0, known.get(0).start()).isBlank()) {
            unit = text.substring(known.get(0).start(), known.get(0).end());
            rest = known.get(0).end();
        } else {
            Matcher m = UNIT_THEN_ROLE.matcher(f);
            if (m.find()) {
                unit = text.substring(0, m.end(1)).strip();
                rest = m.end();
            }
        }
        if (unit == null || !TaskText.unitLike(unit, directory)) {
            return Optional.empty();
        }
        String what = LEADING.matcher(text.substring(rest)).replaceFirst("");
        String whatFolded = TaskText.folded(what);
        if (!ROLE.matcher(whatFolded).find()) {
            return Optional.empty();
        }
        String key = " " + key(what) + " ";
        if (headings.stream().map(AreaAssignments::areaKey).noneMatch(h -> !h.isEmpty() && key.contains(" " + h + " "))) {
            return Optional.empty();
        }
        List<String> cooperating = TaskText.assignment(what, directory).cooperating();
        return Optional.of(new Area(unit, cooperating, what, source));
    }

    /** The words of a text that name an area: folded, without the words any area's name may have. */
    private static String key(String s) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_LETTERS.split(VnText.fold(s))) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** The area a heading names: its first part that says something ("Xây dựng và phát triển chính quyền số, …"). */
    private static String areaKey(String heading) {
        for (String part : AREA_SPLIT.split(" " + VnText.fold(heading) + " ")) {
            String k = key(part);
            if (k.split(" ").length >= 2) {
                return k;
            }
        }
        return "";
    }

    /**
     * Takes the area assignments out of the "Tổ chức thực hiện" sections (an assignment with duties under it stays
     * as their heading; a section left empty goes) and remembers which task headings they name.
     */
    static AreaAssignments take(List<PlanRecognizer.Node> sections, List<TextParagraph> ps, UnitMatcher directory) {
        List<PlanRecognizer.Node> candidates = new ArrayList<>();
        for (PlanRecognizer.Node s : sections) {
            if (!isOrganisation(s)) {
                collect(s, candidates); // a section may be an area itself ("II. CẢI CÁCH THỂ CHẾ")
            }
        }
        List<String> headings = candidates.stream().map(n -> n.text).toList();
        Map<PlanRecognizer.Node, Area> byHeading = new IdentityHashMap<>();
        if (candidates.isEmpty()) {
            return new AreaAssignments(byHeading);
        }
        for (PlanRecognizer.Node s : sections) {
            if (!isOrganisation(s)) {
                continue;
            }
            s.children.removeIf(item -> {
                if (item.source < 0 || item.source >= ps.size()) {
                    return false;
                }
                Optional<Area> area = assignment(PlanRecognizer.numbering(ps.get(item.source)).text(), item.source,
                        headings, directory);
                if (area.isEmpty()) {
                    // "1. Văn phòng HĐND và UBND xã", then "- Chủ trì, tham mưu … cải cách thể chế" among its duties.
                    if (item.unit != null && TaskText.unitLike(item.unit, directory)) {
                        item.children.removeIf(c -> {
                            if (c.source == item.source || c.source < 0 || c.source >= ps.size() || !c.children.isEmpty()) {
                                return false;
                            }
                            String duty = PlanRecognizer.numbering(ps.get(c.source)).text();
                            return AREA_WORD.matcher(TaskText.folded(duty)).find() && assign(assignment(item.unit + " – "
                                    + duty, c.source, headings, directory), candidates, byHeading);
                        });
                    }
                    return false;
                }
                assign(area, candidates, byHeading);
                // "1. Phòng Kinh tế: chủ trì … tài chính công", then its duties: they are still tasks, the assignment
                // (the text after the unit, read from the same paragraph) is not.
                item.children.removeIf(c -> c.source == item.source && c.children.isEmpty());
                return item.children.isEmpty();
            });
        }
        sections.removeIf(s -> isOrganisation(s) && s.children.isEmpty());
        return new AreaAssignments(byHeading);
    }

    /** Gives the headings an assignment names its unit (the first assignment naming one wins); false if none. */
    private static boolean assign(Optional<Area> area, List<PlanRecognizer.Node> candidates,
                                  Map<PlanRecognizer.Node, Area> byHeading) {
        if (area.isEmpty()) {
            return false;
        }
        String key = " " + key(area.get().areas()) + " ";
        for (PlanRecognizer.Node n : candidates) {
            String h = areaKey(n.text);
            if (!h.isEmpty() && key.contains(" " + h + " ") && !byHeading.containsKey(n)) {
                byHeading.put(n, area.get());
            }
        }
        return true;
    }

    /** The headings (items with items under them) of a task section: what an area can be. */
    private static void collect(PlanRecognizer.Node n, List<PlanRecognizer.Node> out) {
        if (n.text.length() <= 160 && !n.children.isEmpty() && !AUDIENCE.matcher(VnText.fold(n.text)).lookingAt()) {
            out.add(n);
        }
        n.children.forEach(c -> collect(c, out));
    }

    private static boolean isOrganisation(PlanRecognizer.Node section) {
        return VnText.fold(section.text).contains("to chuc thuc hien");
    }

    /** Whether any item assigned areas. */
    boolean isEmpty() {
        return byHeading.isEmpty();
    }

    /**
     * Carries each area's unit to the tasks of its area, once every task's own units are read: a task (or heading)
     * that states its own lead keeps it, and so does everything under it; the others get the area's unit, MEDIUM,
     * with the assignment's paragraph as the source, and its cooperating units when they have none.
     */
    void carry(List<PlanRecognizer.Node> sections, UnitMatcher directory) {
        if (byHeading.isEmpty()) {
            return;
        }
        for (PlanRecognizer.Node s : sections) {
            if (!isOrganisation(s)) {
                carry(s, null, directory);
            }
        }
    }

    private void carry(PlanRecognizer.Node n, Area inherited, UnitMatcher directory) {
        Area area = byHeading.getOrDefault(n, inherited);
        boolean own = n.lead.found() && n.lead.source() >= 0
                && (n.lead.confidence() == Confidence.HIGH || n.lead.source() == n.source);
        if (own) {
            area = null; // what it states holds for what it contains
        } else if (area != null) {
            Area a = area;
            n.lead = new Proposed<>(PlanRecognizer.ref(a.unit(), directory), Confidence.MEDIUM, a.source());
            if (n.cooperating.isEmpty()) {
                Long leadId = n.lead.value().unitId();
                n.cooperating = a.cooperating().stream().map(c -> PlanRecognizer.ref(c, directory))
                        .filter(c -> leadId == null || !leadId.equals(c.unitId())).distinct().toList();
            }
        }
        for (PlanRecognizer.Node c : n.children) {
            carry(c, area, directory);
        }
    }

    /**
     * The unit the plan makes follow it up, by an explicit sentence ("Chủ trì, theo dõi, đôn đốc …", "theo dõi,
     * giúp lãnh đạo xã đôn đốc …, tổng hợp"): in "Tổ chức thực hiện", a sentence under a unit's heading or one that
     * names its unit ("Văn phòng … chủ trì, theo dõi, đôn đốc …"); in the closing (after the sections, before the
     * recipients at {@code end}), one that names its unit. Null when the plan names none: a unit written inside one
     * item ("qua phòng văn hóa, xã hội để tổng hợp") is no follow-up of the whole plan.
     */
    static UnitRef followUp(List<PlanRecognizer.Node> sections, List<TextParagraph> ps, int end, UnitMatcher directory) {
        int last = -1;
        for (PlanRecognizer.Node s : sections) {
            last = Math.max(last, lastSource(s));
            if (!isOrganisation(s)) {
                continue;
            }
            for (PlanRecognizer.Node item : s.children) {
                String heading = item.unit != null && TaskText.unitLike(item.unit, directory) ? item.unit : null;
                String unit = followedUpBy(item, heading, directory);
                if (unit != null) {
                    return PlanRecognizer.ref(unit, directory);
                }
            }
        }
        for (int i = last + 1; i < Math.min(end, ps.size()); i++) {
            String unit = sentenceNaming(ps.get(i).text(), directory);
            if (unit != null) {
                return PlanRecognizer.ref(unit, directory);
            }
        }
        return null;
    }

    private static String followedUpBy(PlanRecognizer.Node n, String heading, UnitMatcher directory) {
        if (heading != null && FOLLOW_UP.matcher(VnText.fold(n.text)).find()) {
            return heading;
        }
        String named = sentenceNaming(n.text, directory);
        if (named != null) {
            return named;
        }
        for (PlanRecognizer.Node c : n.children) {
            String u = followedUpBy(c, heading, directory);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    /** The unit a follow-up sentence names as the one doing it ("Giao Phòng VH-XH chủ trì, theo dõi, đôn đốc …"). */
    private static String sentenceNaming(String text, UnitMatcher directory) {
        for (String sentence : text.split("(?<=[.;])\\s+")) {
            if (FOLLOW_UP.matcher(VnText.fold(sentence)).find()) {
                TaskText.Assignment a = TaskText.assignment(sentence, directory);
                if (a.lead() != null && TaskText.unitLike(a.lead(), directory)) {
                    return a.lead();
                }
            }
        }
        return null;
    }

    private static int lastSource(PlanRecognizer.Node n) {
        int last = n.source;
        for (PlanRecognizer.Node c : n.children) {
            last = Math.max(last, lastSource(c));
        }
        return last;
    }
}
