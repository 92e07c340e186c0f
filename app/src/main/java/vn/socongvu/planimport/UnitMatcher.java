package vn.socongvu.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.socongvu.directory.Unit;
import vn.socongvu.directory.UnitKind;
import vn.socongvu.text.VnText;

/**
 * Finds the directory's unit a plan means, the way a clerk reads a name: without regard to diacritics or case
 * ("Văn hoá" is "Văn hóa"), with abbreviations standing for the words whose initials they are ("VP HĐND-UBND"
 * is "Văn phòng HĐND và UBND", "phòng VH-XH" is "Phòng Văn hóa – Xã hội", "TT PVHCC" is "Trung tâm Phục vụ
 * hành chính công", and the other way round), and "xã", "và", punctuation ignored. A name that matches a unit
 * in full is sure; one that matches the start of exactly one unit ("Văn phòng") is likely; one that shares
 * only the first words of a single unit's name ("Văn phòng - TK", the title before 2025) is a guess.
 */
public final class UnitMatcher {
    private static final Set<String> IGNORED = Set.of("xa", "va", "cua", "thuoc");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9]+");
    /** Words that put a unit at another level of government than the commune's ("Công an tỉnh"). */
    private static final Set<String> OTHER_LEVEL = Set.of("tinh", "huyen", "tw", "TW", "DU", "TU", "HU");
    /** The kind words that alone name no unit ("các phòng, ban": not Ban Chỉ huy Quân sự). */
    private static final Set<String> KIND_WORDS = Set.of("phong", "ban", "hoi", "doan", "to", "tram", "trung", "bo",
            "don", "co", "nganh", "thon", "xom");

    /** A unit found for a name, and how sure the match is. */
    public record Match(Unit unit, Confidence confidence) {
    }

    private final List<Unit> units;
    private final List<List<String>> nameTokens = new ArrayList<>();
    private final List<List<String>> shortTokens = new ArrayList<>();

    public UnitMatcher(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : this.units) {
            nameTokens.add(tokens(u.name()));
            shortTokens.add(tokens(u.shortName()));
        }
    }

    /**
     * The words of a name as compared: without diacritics, punctuation and "xã", "và" dropped; a word written in
     * capitals ("HĐND", "VH") keeps them, for in running text only such a word may stand for initials.
     */
    static List<String> tokens(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> words = canonical(Arrays.stream(NOT_WORD.split(bare(s))).filter(t -> !t.isEmpty())
                .map(t -> abbreviation(t) ? t : t.toLowerCase(Locale.ROOT)).toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!ignorable(words, i)) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /**
     * The words with the names plans write in several ways made one (same length; a word taken into the one
     * before it becomes ""): "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "UBMTTQVN", "UB MTTQ" are
     * all MTTQ; "Hội Liên hiệp Phụ nữ" is "Hội Phụ nữ" (LHPN is PN); "Đoàn Thanh niên Cộng sản Hồ Chí Minh" is
     * "Đoàn Thanh niên" (TNCS is TN).
     */
    static List<String> canonical(List<String> words) {
        List<String> w = new ArrayList<>(words);
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            int absorbed = 0;
            if (x.equals("MTTQ") || x.equals("MTTQVN") || x.equals("UBMTTQ") || x.equals("UBMTTQVN")) {
                w.set(i, "MTTQ");
                absorbed = at(w, i + 1, "viet", "nam") ? 2 : 0;
            } else if (at(w, i, "mat", "tran", "to", "quoc")) {
                w.set(i, "MTTQ");
                absorbed = at(w, i + 4, "viet", "nam") ? 5 : 3;
            } else if (at(w, i, "mat", "tran") && !(i >= 2 && at(w, i - 2, "cong", "tac"))) {
                w.set(i, "MTTQ");
                absorbed = 1;
            } else if (at(w, i, "lien", "hiep", "phu", "nu")) {
                w.set(i, "");
                w.set(i + 1, "");
            } else if (x.equals("LHPN")) {
                w.set(i, "PN");
            } else if (at(w, i, "thanh", "nien", "cong", "san", "ho", "chi", "minh")) {
                absorbed = 0;
                for (int k = i + 2; k < i + 7; k++) {
                    w.set(k, "");
                }
            } else if (x.equals("TNCS")) {
                w.set(i, "TN");
                if (i + 1 < w.size() && w.get(i + 1).equals("HCM")) {
                    w.set(i + 1, "");
                } else if (at(w, i + 1, "ho", "chi", "minh")) {
                    w.set(i + 1, "");
                    w.set(i + 2, "");
                    w.set(i + 3, "");
                }
            }
            if (w.get(i).equals("MTTQ")) {
                for (int k = i + 1; k <= i + absorbed; k++) {
                    w.set(k, "");
                }
                if (i + 1 + absorbed < w.size() && w.get(i + 1 + absorbed).equals("VN")) {
                    w.set(i + 1 + absorbed, "");
                }
                // "Ủy ban MTTQ", "UB MTTQ": the committee is the front's.
                if (i >= 1 && w.get(i - 1).equals("UB")) {
                    w.set(i - 1, "");
                } else if (i >= 2 && at(w, i - 2, "uy", "ban")) {
                    w.set(i - 2, "");
                    w.set(i - 1, "");
                }
                i += absorbed;
            }
        }
        return w;
    }

    /** Whether the words from {@code i} are these (lower case as compared). */
    private static boolean at(List<String> w, int i, String... words) {
        if (i < 0 || i + words.length > w.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!w.get(i + k).equalsIgnoreCase(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    private static boolean abbreviation(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && word.chars().anyMatch(Character::isLetter);
    }

    /** "xã", "và" … say nothing of which unit is meant; but the "xã" of "xã hội" is part of the name. */
    private static boolean ignorable(List<String> words, int i) {
        String w = words.get(i).toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return true; // taken into the word before it (canonical)
        }
        return IGNORED.contains(w) && !(w.equals("xa") && i + 1 < words.size()
                && words.get(i + 1).equalsIgnoreCase("hoi"));
    }

    /** The unit a name means, if any. */
    public Optional<Match> match(String mention) {
        List<String> m = tokens(mention);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Unit full = null;
        List<Unit> prefixOf = new ArrayList<>();
        int bestShared = 0;
        List<Unit> sharing = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            for (List<String> name : List.of(nameTokens.get(k), shortTokens.get(k))) {
                if (name.isEmpty()) {
                    continue;
                }
                if (consumed(m, 0, name, 0, true) != null) {
                    if (full == null || !full.active() && u.active()) {
                        full = u;
                    }
                }
                if (consumed(m, 0, name, 0, false) != null && !prefixOf.contains(u)) {
                    prefixOf.add(u);
                }
                int shared = sharedPrefix(m, name);
                if (shared > bestShared) {
                    bestShared = shared;
                    sharing.clear();
                }
                if (shared == bestShared && shared > 0 && !sharing.contains(u)) {
                    sharing.add(u);
                }
            }
        }
        if (full != null) {
            return Optional.of(new Match(full, Confidence.HIGH));
        }
        // A kind word alone ("ban", "phòng") is no unit's start; a word of another level ("Công an tỉnh") or body
        // ("Văn phòng Đảng ủy") the unit's name lacks makes it another unit.
        boolean bare = m.size() == 1 && KIND_WORDS.contains(m.get(0));
        if (prefixOf.size() == 1 && !bare && !otherLevel(m, prefixOf.get(0))) {
            return Optional.of(new Match(prefixOf.get(0), Confidence.MEDIUM));
        }
        // Sharing only the first words ("Văn phòng - TK"): the rest must be initials, not words the name lacks
        // ("Ban chỉ đạo chuyển đổi số" is not "Ban Chỉ huy Quân sự").
        if (bestShared >= 2 && sharing.size() == 1 && !otherLevel(m, sharing.get(0))
                && m.stream().allMatch(t -> abbreviation(t) || tokens(sharing.get(0).name()).contains(t)
                || tokens(sharing.get(0).shortName()).contains(t))) {
            return Optional.of(new Match(sharing.get(0), Confidence.LOW));
        }
        return Optional.empty();
    }

    private static boolean otherLevel(List<String> mention, Unit u) {
        List<String> name = new ArrayList<>(tokens(u.name()));
        name.addAll(tokens(u.shortName()));
        return mention.stream().anyMatch(t -> OTHER_LEVEL.contains(t) && name.stream().noneMatch(t::equalsIgnoreCase));
    }

    /**
     * The directory's mass organisations besides the Front's committee (Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên,
     * Hội Cựu chiến binh …): what "Mặt trận Tổ quốc và các đoàn thể" brings in with the Front.
     */
    public List<Unit> massOrganisations() {
        return units.stream().filter(u -> u.active() && u.kind() == UnitKind.MASS_ORGANISATION
                && !tokens(u.name()).contains("MTTQ") && !tokens(u.shortName()).contains("MTTQ")).toList();
    }

    /** The unit of the chairman and vice-chairmen ("Lãnh đạo HĐND và UBND xã", made at setup), if any. */
    public Optional<Unit> leadership() {
        return units.stream().filter(u -> u.active() && VnText.fold(u.name()).startsWith("lanh dao")).findFirst();
    }

    /** A directory unit named in running text, where it starts and ends (character offsets). */
    public record Found(Unit unit, int start, int end) {
    }

    /** Every directory unit named in full somewhere in a text, in order, not overlapping (longest first). */
    public List<Found> find(String text) {
        List<int[]> spans = wordSpans(text);
        List<String> all = canonical(spans.stream().map(s -> {
            String w = bare(text.substring(s[0], s[1]));
            return abbreviation(w) ? w : w.toLowerCase(Locale.ROOT);
        }).toList());
        // The words compared, those taken into the word before them left out; each with its first and last span
        // ("Ủy ban Mặt trận Tổ quốc Việt Nam" is one word, MTTQ, spanning all six).
        List<String> words = new ArrayList<>();
        List<int[]> wordSpan = new ArrayList<>();
        int pending = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).isEmpty()) {
                if (wordSpan.isEmpty() || pending >= 0 || k + 1 < all.size() && isCommitteeOf(all, k)) {
                    pending = pending < 0 ? k : pending;
                } else {
                    wordSpan.get(wordSpan.size() - 1)[1] = k;
                }
                continue;
            }
            words.add(all.get(k));
            wordSpan.add(new int[] {pending >= 0 ? pending : k, k});
            pending = -1;
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (ignorable(words, i)) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Unit best = null;
            for (int k = 0; k < units.size(); k++) {
                for (List<String> name : List.of(nameTokens.get(k), shortTokens.get(k))) {
                    if (name.isEmpty()) {
                        continue;
                    }
                    Integer end = consumedIn(words, i, name, 0);
                    // "Công an tỉnh" is not the commune's "Công an (xã)".
                    if (end != null && end < words.size() && OTHER_LEVEL.contains(words.get(end))
                            && otherLevel(List.of(words.get(end)), units.get(k))) {
                        end = null;
                    }
                    if (end != null && end > bestEnd) {
                        bestEnd = end;
                        best = units.get(k);
                    }
                }
            }
            if (best != null) {
                int last = bestEnd - 1;
                // "Công an xã": the trailing "xã" belongs to the name as written.
                if (bestEnd < words.size() && words.get(bestEnd).equalsIgnoreCase("xa")) {
                    last = bestEnd;
                    bestEnd++;
                }
                out.add(new Found(best, spans.get(wordSpan.get(i)[0])[0], spans.get(wordSpan.get(last)[1])[1]));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the word at {@code k}, taken into another, is the "Ủy ban" (or "UB") of the Front's name after it. */
    private static boolean isCommitteeOf(List<String> all, int k) {
        int next = k;
        while (next < all.size() && all.get(next).isEmpty()) {
            next++;
        }
        return next < all.size() && all.get(next).equals("MTTQ") && next - k <= 2;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i))
                    == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /**
     * How far the mention's words from {@code i} go when they spell the name's words from {@code j} to the end
     * (word for word, or a word standing for the initials of several on the other side); null when they do not.
     * With {@code whole}, the mention must be used up too; else the mention must be used up and the name may go on.
     */
    private static Integer consumed(List<String> m, int i, List<String> n, int j, boolean whole) {
        if (i == m.size()) {
            return whole && j < n.size() ? null : i;
        }
        if (j == n.size()) {
            return null;
        }
        return step(m, i, n, j, false, (a, b) -> consumed(m, a, n, b, whole));
    }

    /** The name's words from {@code j} spelled by all the mention's words from {@code i}, initials in capitals only. */
    private static Integer spelled(List<String> m, int i, List<String> n, int j) {
        if (i == m.size() || j == n.size()) {
            return i == m.size() && j == n.size() ? i : null;
        }
        return step(m, i, n, j, true, (a, b) -> spelled(m, a, n, b));
    }

    /** The name from {@code j} spelled in full by the running words from {@code i}: the word index after it. */
    private static Integer consumedIn(List<String> words, int i, List<String> n, int j) {
        if (j == n.size()) {
            return i;
        }
        while (i < words.size() && ignorable(words, i)) {
            i++;
        }
        if (i == words.size()) {
            return null;
        }
        return step(words, i, n, j, true, (a, b) -> consumedIn(words, a, n, b));
    }

    private interface Next {
        Integer from(int i, int j);
    }

    /**
     * One step of spelling: a word for the same word, or a word for the initials of several. In running text
     * ({@code strict}) a name's capitals must be met by capitals and only a word in capitals stands for
     * initials, so "cá nhân" is not "CA xã".
     */
    private static Integer step(List<String> m, int i, List<String> n, int j, boolean strict, Next next) {
        boolean textAbbreviation = !strict || abbreviation(m.get(i));
        if (m.get(i).equalsIgnoreCase(n.get(j)) && (textAbbreviation || !abbreviation(n.get(j)))) {
            Integer r = next.from(i + 1, j + 1);
            if (r != null) {
                return r;
            }
        }
        // A word stands for the initials of as many words as it has letters: only that many are tried (trying
        // every length made finding the units in a task's paragraph quadratic in its words: seconds a plan).
        int k = m.get(i).length();
        if (textAbbreviation && k >= 2 && j + k <= n.size() && m.get(i).equalsIgnoreCase(initials(n, j, k))) {
            Integer r = next.from(i + 1, j + k);
            if (r != null) {
                return r;
            }
        }
        k = n.get(j).length();
        if (k >= 2 && i + k <= m.size() && n.get(j).equalsIgnoreCase(initials(m, i, k))) {
            return next.from(i + k, j + 1);
        }
        return null;
    }

    private static String initials(List<String> words, int from, int count) {
        StringBuilder b = new StringBuilder(count);
        for (int k = from; k < from + count; k++) {
            b.append(words.get(k).charAt(0));
        }
        return b.toString();
    }

    /** How many of the name's first words the mention's first words spell (word for word or by initials). */
    private static int sharedPrefix(List<String> m, List<String> n) {
        int best = 0;
        for (int len = 1; len <= n.size(); len++) {
            List<String> head = n.subList(0, len);
            for (int mi = 1; mi <= m.size(); mi++) {
                if (spelled(m.subList(0, mi), 0, head, 0) != null) {
                    best = len;
                    break;
                }
            }
        }
        return best;
    }

    /** The kind of a unit not in the directory yet, from the first words of its name. */
    public static UnitKind kindOf(String name) {
        String f = VnText.fold(name);
        if (f.startsWith("van phong")) {
            return UnitKind.OFFICE;
        }
        if (f.startsWith("phong ")) {
            return UnitKind.DEPARTMENT;
        }
        if (f.startsWith("trung tam")) {
            return UnitKind.CENTER;
        }
        if (f.startsWith("cong an")) {
            return UnitKind.POLICE;
        }
        if (f.contains("quan su")) {
            return UnitKind.MILITARY;
        }
        if (f.startsWith("hoi ") || f.startsWith("doan ") || f.contains("mat tran") || f.startsWith("ubmttq")
                || f.startsWith("uy ban mttq") || f.startsWith("cuu chien binh")) {
            return UnitKind.MASS_ORGANISATION;
        }
        if (f.startsWith("thon ") || f.startsWith("xom ") || f.startsWith("ban ") && f.contains("khu dan cu")) {
            return UnitKind.HAMLET;
        }
        return UnitKind.OTHER;
    }
}
