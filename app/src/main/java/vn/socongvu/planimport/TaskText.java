package vn.socongvu.planimport;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.socongvu.directory.Unit;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.task.Recurrence;

/**
 * What a task's sentence says besides the work itself, in the phrasings plans use: who leads and who
 * cooperates ("Trách nhiệm thực hiện: …", "Cơ quan chủ trì: …", "… chủ trì, phối hợp với …", "Giao …"),
 * when it is due ("Thời gian hoàn thành: 15/12/2021", "trước ngày 08/12", "trong tháng 01/2021", "quý II/2026",
 * "Thường xuyên", "hằng quý", "định kỳ 6 tháng"), and the targets with a figure (100%, ≥ 90%, giảm 10%).
 * Dates of the documents a sentence cites ("Quyết định số … ngày 27/12/2018") are never read as deadlines:
 * a date counts only after words that set a deadline. Matching runs on a folded copy of the text of the same
 * length (no diacritics, lower case), so what is returned is cut from the text as written.
 */
final class TaskText {
    private static final String END = "(?=[.;\\n]|$)";
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "(?:trach nhiem thuc hien|don vi thuc hien|co quan thuc hien|phan cong)\\s*:\\s*(.+?)" + END);
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "(?:co quan|don vi)?\\s*chu tri(?: thuc hien)?\\s*:\\s*(.+?)" + END);
    private static final Pattern COOP_LABEL = Pattern.compile(
            "(?:co quan|don vi)?\\s*phoi hop(?: thuc hien)?\\s*:\\s*(.+?)" + END);
    private static final Pattern GIVEN = Pattern.compile("(?:^|[\\s(,;:])(giao) (?:cho )?");
    private static final Pattern LEADS = Pattern.compile(" chu tri(?=[,;. )]|$)");
    private static final Pattern COOPERATE_WITH = Pattern.compile("phoi hop (?:chat che )?voi ");
    /** Words that end a unit's name in running text: the verb that follows it. */
    private static final Pattern NAME_END = Pattern.compile(
            "[,;.:()]|\\s(?:chu tri|phoi hop|thuc hien|tham muu|to chuc|trien khai|xay dung|theo doi|chu dong|huong dan"
                    + "|kiem tra|ra soat|tuyen truyen|don doc|bao cao|tong hop|trong viec|trong qua trinh|de |nham "
                    + "|khan truong|tang cuong|dam bao|bao dam|co trach nhiem|chiu trach nhiem|lam|giup|cung|tiep tuc"
                    + "|day manh|nghien cuu|quan triet|phan cong|thuong xuyen|dinh ky|truoc |theo )");
    private static final Pattern UNIT_START = Pattern.compile(
            "^(?:phong(?! chong|,| ngua| hop| lam viec)|van phong|vp|ban(?!,| (?:hanh|dem|ngay|dau|bo|phat|tang|khen|hoac|va"
                    + "|voi|cua|la|nay|do|tai|cho|de|giao|tuan|thang|sang|chieu|toi)\\b)|trung tam|tt|cong an|ca xa|quan su|bch"
                    + "|hoi(?! nghi| thao| hop| dap)|doan(?! (?:ket|vien|the)\\b)"
                    + "|uy ban|ubnd|ubmttq|mttq|mat tran|tram|truong (?:mam non|mau giao|tieu hoc|thcs|trung hoc)|thon|xom"
                    + "|bo phan|to cong tac|dang uy|chi bo|hop tac xa|htx|cuu chien binh|chi cuc|hdnd|thuong truc"
                    + "|dai truyen thanh|buu dien|kho bac|ngan hang|bql|cong chuc (?:van hoa|tu phap|dia chinh|tai chinh"
                    + "|van phong|ke toan)|so (?:noi vu|tai chinh|tu phap|y te|giao duc|van hoa|nong nghiep|xay dung"
                    + "|cong thuong|khoa hoc|ke hoach|tai nguyen|lao dong|dan toc))\\b");
    /** What ends the units after "phối hợp với": punctuation or the verb that follows them. */
    private static final Pattern COOPERATION_END = Pattern.compile("[.;\\n]|\\s(?:thuc hien|tham muu|to chuc|trien khai"
            + "|xay dung|theo doi|trong viec|trong qua trinh|de |nham |kiem tra|ra soat|tuyen truyen|huong dan|bao cao"
            + "|tong hop)");
    private static final Pattern LEADING_MARKS = Pattern.compile("[-–+•\\s]*");
    private static final Pattern PIECE = Pattern.compile("[^,;]+");
    private static final Pattern AND = Pattern.compile("\\s(?:va|cung) ");
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:cac|thu truong|nguoi dung dau|toan the|can bo|lanh dao|moi|tat ca|nhung)\\b|lien quan|chuyen mon|doan the$");
    /** A kind of unit alone ("ban", "phòng", "bộ phận"): no one unit. */
    private static final Pattern KIND_ALONE = Pattern.compile(
            "(?:phong|ban|bo phan|hoi|doan|trung tam|tt|to|tram|don vi|co quan|nganh|thon|xom)(?: xa)?");
    /** What a unit does, so a phrase holding it is a clause, not a unit's name ("Phòng Kinh tế chịu trách nhiệm …"). */
    private static final Pattern CLAUSE_VERB = Pattern.compile("\\s(?:chu tri|phoi hop voi|tham muu|chiu trach nhiem"
            + "|co trach nhiem|bao cao|theo doi|don doc)\\b");
    /** "Ban" followed by a word in lower case names a unit only in these ("ban chỉ huy quân sự"), not "ban hoặc họp". */
    private static final Pattern BAN_NAMED = Pattern.compile("^ban (?:chi huy|chi dao|cong tac|quan ly|thuong vu|thanh tra"
            + "|giam sat|dai dien|nhan dan|tuyen giao|dan van|to chuc|kiem tra|phap che|kinh te|van hoa|xay dung|bch|chqs"
            + "|quan su|tiep cong dan|bao ve|an ninh)\\b");
    /** What follows a list's generic head and belongs to it ("các phòng, ban, bộ phận"): a kind, in lower case. */
    private static final Pattern KIND_IN_LIST = Pattern.compile("^(?:phong|ban|bo phan|don vi|co quan|nganh|doan the|to chuc"
            + "|hoi|doan|thon|xom|cong chuc|vien chuc|can bo|nguoi lao dong)\\b");
    /** "… và các đoàn thể", "các tổ chức chính trị - xã hội": the commune's mass organisations. */
    private static final Pattern MASS_ORGANISATIONS = Pattern.compile("doan the|to chuc chinh tri|cac hoi\\b");
    private static final Pattern AND_MASS_ORGANISATIONS = Pattern.compile(
            "^\\s*(?:,|va|cung)?\\s*cac (?:doan the|to chuc chinh tri|hoi\\b)");
    /** The chairman, a vice-chairman, the leaders or the People's Committee itself as the one responsible. */
    private static final Pattern LEADERSHIP = Pattern.compile("^(?:(?:dong chi|d/c|dc) )?(?:(?:pho )?chu tich"
            + "|lanh dao|thuong truc) (?:uy ban nhan dan|ubnd)\\b|^(?:uy ban nhan dan|ubnd)(?: xa)?$");

    // ---- when -------------------------------------------------------------------------------------------

    private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?";
    private static final String DAY_MONTH = "(?:ngay )?(\\d{1,2}) thang (\\d{1,2})(?: nam (\\d{4}))?";
    private static final String MONTH = "thang (\\d{1,2})(?:\\s*/\\s*|\\s+nam\\s+)(\\d{4})";
    private static final String QUARTER = "quy (iv|iii|ii|i|[1-4])(?:\\s*/\\s*|\\s+nam\\s+)?(\\d{4})?";
    private static final Pattern ANY_DATE = Pattern.compile(DATE + "|" + MONTH + "|" + QUARTER);
    private static final Pattern CUED_MONTH = Pattern.compile("^(?:trong |cuoi |het )?" + MONTH);
    private static final Pattern CUED_QUARTER = Pattern.compile("^(?:trong |cuoi |het )?" + QUARTER + "(?![a-z])");
    private static final Pattern CUED_YEAR = Pattern.compile("^(?:trong )?nam (\\d{4})");
    private static final Pattern[] DAY_FORMS = {Pattern.compile("^" + DATE), Pattern.compile("^" + DAY_MONTH)};
    /** Words that make the date after them a deadline, and how sure that is. */
    private static final Pattern LABELLED = Pattern.compile(
            "(thoi gian hoan thanh|thoi han hoan thanh|thoi han|thoi gian thuc hien|thoi gian|han chot)\\s*:\\s*"
                    + "(?:hoan thanh\\s+)?(?:truoc |trong |vao |den |cham nhat )?(?:ngay\\s+)?");
    private static final Pattern CUED = Pattern.compile(
            "(hoan thanh truoc|hoan thanh trong|hoan thanh xong|xong truoc|truoc|trong|cham nhat(?: la)?|den het)\\s+"
                    + "(?:ngay\\s+)?");
    private static final Pattern HALF_YEAR_FIRST = Pattern.compile("6 thang dau nam(?: (\\d{4}))?");
    private static final Pattern[] RECURRING = {
            Pattern.compile("hang thang|dinh ky (?:hang )?thang|thang mot lan"),
            Pattern.compile("hang quy|dinh ky (?:hang )?quy|quy mot lan"),
            Pattern.compile("dinh ky (?:hang )?(?:6|sau) thang|(?:6|sau) thang mot lan|bao cao (?:so ket )?(?:6|sau) thang"
                    + "|so ket (?:6|sau) thang"),
            Pattern.compile("hang nam|dinh ky (?:hang )?nam|nam mot lan|bao cao (?:tong ket )?nam(?! \\d)"),
    };
    private static final Recurrence[] RECURRING_KIND = {Recurrence.MONTHLY, Recurrence.QUARTERLY,
            Recurrence.HALF_YEARLY, Recurrence.YEARLY};
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen|lien tuc|hang ngay|hang tuan");

    // ---- targets ----------------------------------------------------------------------------------------

    private static final Pattern CLAUSE = Pattern.compile("[^;]+");
    private static final Pattern PERCENT = Pattern.compile("(≥|>=|≤|<=|>|<)?\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*%");

    private TaskText() {
    }

    /** Same length as the text: each character without its diacritics, lower case; đ → d. */
    static String folded(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) { // no diacritics to take off
                b.append(Character.toLowerCase(c));
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                b.append('d');
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            b.append(Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(base));
        }
        return b.toString();
    }

    // ---- who --------------------------------------------------------------------------------------------

    /** Who a sentence names: the lead as written (null if none) and the cooperating units as written. */
    record Assignment(String lead, Confidence confidence, List<String> cooperating) {
        static final Assignment NONE = new Assignment(null, Confidence.LOW, List.of());

        boolean isEmpty() {
            return lead == null && cooperating.isEmpty();
        }
    }

    /** Whether a phrase is the name of one unit (not "các cơ quan, đơn vị", not a clause). */
    static boolean unitLike(String phrase, UnitMatcher directory) {
        String f = folded(phrase).strip();
        if (f.isEmpty() || f.length() > 90 || GENERIC.matcher(f).find() || KIND_ALONE.matcher(f).matches()
                || CLAUSE_VERB.matcher(f).find()) {
            return false;
        }
        if (f.startsWith("ban ") && !BAN_NAMED.matcher(f).find()) {
            // "Ban Tuyên giáo" is a unit, "ban hoặc họp" (of "họp giao ban hoặc họp") is not.
            String second = phrase.strip().split("\\s+")[1];
            if (Character.isLowerCase(second.charAt(0))) {
                return false;
            }
        }
        return UNIT_START.matcher(f).find()
                || directory.match(phrase).filter(m -> m.confidence() != Confidence.LOW).isPresent();
    }

    static Assignment assignment(String text, UnitMatcher directory) {
        String f = folded(text);
        Matcher m;
        if ((m = RESPONSIBLE.matcher(f)).find()) {
            List<String> names = names(text, m.start(1), m.end(1), f, directory);
            // "Trách nhiệm thực hiện: Phòng VH-XH chủ trì, Công an xã phối hợp": the first is the lead.
            if (!names.isEmpty()) {
                List<String> coops = new ArrayList<>(names.subList(1, names.size()));
                Matcher c = COOP_LABEL.matcher(f);
                if (c.find(m.end())) {
                    names(text, c.start(1), c.end(1), f, directory).forEach(n -> add(coops, n));
                }
                return new Assignment(names.get(0), Confidence.HIGH, List.copyOf(coops));
            }
        }
        String lead = null;
        Confidence conf = Confidence.LOW;
        if ((m = LEAD_LABEL.matcher(f)).find()) {
            List<String> names = names(text, m.start(1), m.end(1), f, directory);
            if (!names.isEmpty()) {
                lead = names.get(0);
                conf = Confidence.HIGH;
            }
        }
        List<String> coops = new ArrayList<>();
        if ((m = COOP_LABEL.matcher(f)).find()) {
            coops.addAll(names(text, m.start(1), m.end(1), f, directory));
        }
        m = GIVEN.matcher(f);
        while (lead == null && m.find()) {
            // "Giao" as written: "tuyên giáo", "giáo dục" fold to the same letters.
            if (!text.substring(m.start(1), m.end(1)).equalsIgnoreCase("giao")) {
                continue;
            }
            // A unit of the directory named in full is whole; another ends at the verb after it.
            List<UnitMatcher.Found> known = directory.find(text.substring(m.end()));
            String name = !known.isEmpty() && text.substring(m.end(), m.end() + known.get(0).start()).isBlank()
                    ? text.substring(m.end() + known.get(0).start(), m.end() + known.get(0).end()) : nameFrom(text, f, m.end());
            if (name != null && unitLike(name, directory)) {
                lead = name;
                conf = Confidence.MEDIUM;
            }
        }
        if (lead == null) {
            Matcher leads = LEADS.matcher(f);
            while (lead == null && leads.find()) {
                int clause = Math.max(Math.max(f.lastIndexOf('.', leads.start()), f.lastIndexOf(';', leads.start())),
                        Math.max(f.lastIndexOf(':', leads.start()), f.lastIndexOf('\n', leads.start()))) + 1;
                String before = text.substring(clause, leads.start()).strip().replaceFirst("^[-–+•]\\s*", "")
                        .replaceFirst("(?i)^giao\\s+(cho\\s+)?", "");
                // "…, Phòng VH-XH chủ trì": the unit may open the clause or follow its last comma.
                String afterComma = before.substring(before.lastIndexOf(',') + 1).strip();
                for (String candidate : List.of(before, afterComma)) {
                    if (lead == null && !candidate.isEmpty() && unitLike(candidate, directory)) {
                        lead = candidate;
                        conf = Confidence.MEDIUM;
                    }
                }
            }
        }
        if (coops.isEmpty() && (m = COOPERATE_WITH.matcher(f)).find()) {
            int to = m.end();
            Matcher stop = COOPERATION_END.matcher(f);
            to = stop.find(m.end()) ? stop.start() : f.length();
            coops.addAll(names(text, m.end(), to, f, directory));
        }
        if (lead == null) {
            // "Công an xã tăng cường …": a sentence that opens with a unit the directory knows.
            List<UnitMatcher.Found> found = directory.find(text);
            if (!found.isEmpty() && LEADING_MARKS.matcher(text.substring(0, found.get(0).start())).matches()) {
                lead = text.substring(found.get(0).start(), found.get(0).end());
                conf = Confidence.MEDIUM;
                // "Mặt trận Tổ quốc Việt Nam và các đoàn thể tuyên truyền …": the Front leads, its organisations help.
                if (AND_MASS_ORGANISATIONS.matcher(f.substring(found.get(0).end())).find()) {
                    directory.massOrganisations().forEach(u -> coops.add(u.name()));
                }
            }
        }
        if (lead != null) {
            String l = lead;
            coops.removeIf(c -> folded(c).strip().equals(folded(l).strip()));
        }
        return lead == null && coops.isEmpty() ? Assignment.NONE : new Assignment(lead, conf, List.copyOf(coops));
    }

    /** The units named in a table's column: one per line, or a list ("Phòng VH-XH, Công an xã"). */
    static List<String> cellNames(String cell, UnitMatcher directory) {
        String oneLine = cell.replace('\n', ';');
        return names(oneLine, 0, oneLine.length(), folded(oneLine), directory);
    }

    /** The unit named from {@code from}, up to the verb or punctuation that ends it. */
    private static String nameFrom(String text, String f, int from) {
        Matcher end = NAME_END.matcher(f);
        int to = end.find(from) ? end.start() : f.length();
        String name = text.substring(from, to).strip();
        return name.isEmpty() ? null : name;
    }

    /** The units listed between two offsets ("Công an xã, Ban CHQS xã và Đoàn Thanh niên"), generic ones left out. */
    private static List<String> names(String text, int from, int to, String f, UnitMatcher directory) {
        List<String> out = new ArrayList<>();
        String part = text.substring(from, to);
        // Known units first: their names may hold commas or "và" ("Văn phòng HĐND và UBND").
        List<UnitMatcher.Found> known = directory.find(part);
        StringBuilder rest = new StringBuilder(part);
        for (int k = known.size() - 1; k >= 0; k--) {
            UnitMatcher.Found u = known.get(k);
            rest.replace(u.start(), u.end(), ",".repeat(u.end() - u.start()));
        }
        List<int[]> spans = new ArrayList<>();
        known.forEach(u -> spans.add(new int[] {u.start(), u.end(), 1}));
        String restFolded = folded(rest.toString());
        Matcher piece = PIECE.matcher(restFolded);
        while (piece.find()) {
            // "… và Đoàn Thanh niên": split at "và" when a unit's name follows it.
            int s = piece.start();
            String seg = restFolded.substring(piece.start(), piece.end());
            Matcher and = AND.matcher(seg);
            int segStart = s;
            while (and.find()) {
                if (UNIT_START.matcher(seg.substring(and.end())).find()) {
                    spans.add(new int[] {segStart, s + and.start(), 0});
                    segStart = s + and.end();
                }
            }
            spans.add(new int[] {segStart, piece.end(), 0});
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        boolean generic = false;
        for (int[] sp : spans) {
            String name = part.substring(sp[0], sp[1]).strip();
            if (sp[2] == 1) {
                add(out, name); // a name the directory knows is whole
                generic = false;
                continue;
            }
            // Another ends where the verb after it starts.
            String cut = nameFrom(name, folded(name), 0);
            if (cut == null) {
                continue;
            }
            name = cut.replaceAll("^[-–+•]\\s*", "").replaceFirst("(?i)^(?:với|và)\\s+", "").strip();
            String nf = folded(name).strip();
            if (nf.isEmpty()) {
                continue;
            }
            // "các phòng, ban, bộ phận": a generic list names no unit, its kinds in lower case included; "các đoàn
            // thể" are the directory's mass organisations.
            if (GENERIC.matcher(nf).find() || generic && Character.isLowerCase(name.charAt(0))
                    && KIND_IN_LIST.matcher(nf).find()) {
                if (MASS_ORGANISATIONS.matcher(nf).find()) {
                    directory.massOrganisations().forEach(u -> add(out, u.name()));
                }
                generic = true;
                continue;
            }
            generic = false;
            Optional<Unit> leaders = LEADERSHIP.matcher(nf).find() ? directory.leadership() : Optional.empty();
            if (leaders.isPresent()) {
                add(out, leaders.get().name());
            } else if (unitLike(name, directory)) {
                add(out, name);
            }
        }
        return out;
    }

    private static void add(List<String> names, String name) {
        String f = folded(name).strip();
        if (names.stream().noneMatch(n -> folded(n).strip().equals(f))) {
            names.add(name);
        }
    }

    /**
     * The schedule a sentence states, null when it states none. {@code year} completes "08/12" (the plan's year);
     * {@code whole} is true for a table's deadline cell, where every date is a deadline.
     */
    static Proposed<Schedule> schedule(String text, Integer year, int source, boolean whole) {
        String f = folded(text).replace('\u00a0', ' ');
        Matcher m = LABELLED.matcher(f);
        while (m.find()) {
            Proposed<Schedule> s = dateAt(text, f, m.end(), m.start(), year, source, Confidence.HIGH);
            if (s != null) {
                return s;
            }
            Proposed<Schedule> r = recurrence(text.substring(m.end()), f.substring(m.end()), source, Confidence.HIGH);
            if (r != null) {
                return r;
            }
        }
        if (whole) {
            Proposed<Schedule> s = dateAt(text, f, 0, 0, year, source, Confidence.HIGH);
            if (s == null) {
                Matcher d = ANY_DATE.matcher(f);
                if (d.find()) {
                    s = dateAt(text, f, d.start(), 0, year, source, Confidence.MEDIUM);
                }
            }
            return s != null ? s : recurrence(text, f, source, Confidence.HIGH);
        }
        Matcher c = CUED.matcher(f);
        while (c.find()) {
            Proposed<Schedule> s = dateAt(text, f, c.end(), c.start(), year, source, Confidence.MEDIUM);
            if (s != null) {
                return s;
            }
        }
        Matcher h = HALF_YEAR_FIRST.matcher(f);
        if (h.find() && year != null) {
            int y = h.group(1) != null ? Integer.parseInt(h.group(1)) : year;
            return new Proposed<>(Schedule.due(LocalDate.of(y, 6, 30), text.substring(h.start(), h.end())),
                    Confidence.LOW, source);
        }
        return recurrence(text, f, source, null);
    }

    /** A date, month or quarter starting at {@code at}; the phrase reported runs from {@code cue}. */
    private static Proposed<Schedule> dateAt(String text, String f, int at, int cue, Integer year, int source,
                                             Confidence confidence) {
        Matcher m;
        String rest = f.substring(at);
        try {
            // "15/12/2021" or "ngày 15 tháng 12 năm 2021": day, month, year (the plan's when none).
            for (Pattern form : DAY_FORMS) {
                if ((m = form.matcher(rest)).find()) {
                    Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : year;
                    if (y == null) {
                        return null;
                    }
                    LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    return new Proposed<>(Schedule.due(d, text.substring(cue, at + m.end()).strip()), confidence,
                            source);
                }
            }
            if ((m = CUED_MONTH.matcher(rest)).find()) {
                LocalDate d = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth();
                return new Proposed<>(Schedule.due(d, text.substring(cue, at + m.end()).strip()), confidence, source);
            }
            if ((m = CUED_QUARTER.matcher(rest)).find()) {
                Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : year;
                if (y == null) {
                    return null;
                }
                int q = switch (m.group(1)) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    default -> 4;
                };
                LocalDate d = YearMonth.of(y, q * 3).atEndOfMonth();
                return new Proposed<>(Schedule.due(d, text.substring(cue, at + m.end()).strip()), confidence, source);
            }
            if (confidence == Confidence.HIGH && (m = CUED_YEAR.matcher(rest)).find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
                return new Proposed<>(Schedule.due(d, text.substring(cue, at + m.end()).strip()), Confidence.LOW, source);
            }
        } catch (DateTimeException e) {
            return null; // "31/02": not a date, so not a deadline
        }
        return null;
    }

    /** A recurrence stated in the text: the shortest period named wins; "thường xuyên" only when none is. */
    private static Proposed<Schedule> recurrence(String text, String f, int source, Confidence given) {
        for (int k = 0; k < RECURRING.length; k++) {
            Matcher m = RECURRING[k].matcher(f);
            if (m.find()) {
                Confidence c = given != null ? given : m.start() < 40 || f.startsWith("dinh ky", Math.max(0, m.start()))
                        ? Confidence.MEDIUM : Confidence.LOW;
                return new Proposed<>(Schedule.recurring(RECURRING_KIND[k], text.substring(m.start(), m.end())), c,
                        source);
            }
        }
        Matcher o = ONGOING.matcher(f);
        if (o.find()) {
            Confidence c = given != null ? given : f.substring(0, o.start()).isBlank() ? Confidence.MEDIUM
                    : Confidence.LOW;
            return new Proposed<>(Schedule.recurring(Recurrence.ONGOING, text.substring(o.start(), o.end())), c, source);
        }
        return null;
    }

    /** The targets with a percentage in a sentence, one per clause. */
    static List<ProposedTarget> targets(String text, int source) {
        List<ProposedTarget> out = new ArrayList<>();
        String f = folded(text);
        Matcher clause = CLAUSE.matcher(f);
        while (clause.find()) {
            String cf = f.substring(clause.start(), clause.end());
            Matcher p = PERCENT.matcher(cf);
            if (!p.find()) {
                continue;
            }
            double value = Double.parseDouble(p.group(2).replace(',', '.'));
            if (value <= 0 || value > 100) {
                continue;
            }
            String before = cf.substring(Math.max(0, p.start() - 30), p.start());
            String after = cf.substring(p.end(), Math.min(cf.length(), p.end() + 15));
            String sign = p.group(1) == null ? "" : p.group(1);
            Comparison c;
            Confidence conf = Confidence.HIGH;
            if (before.matches(".*\\bgiam(?: it nhat| toi thieu)?(?: tu)?\\s*$") || before.matches(".*\\bgiam\\b.*")
                    && !before.contains("tang")) {
                c = Comparison.REDUCE_BY;
            } else if (sign.startsWith("≤") || sign.startsWith("<") || before.matches(".*\\b(khong qua|duoi|toi da"
                    + "|khong vuot qua|thap hon)\\s*$") || after.startsWith(" tro xuong")) {
                c = Comparison.AT_MOST;
            } else if (value == 100 && sign.isEmpty()) {
                c = Comparison.EQUAL;
            } else {
                c = Comparison.AT_LEAST;
                if (before.matches(".*\\btang\\b.*")) {
                    conf = Confidence.LOW; // "tăng 10%": against last year, which the app does not know
                } else if (!(sign.startsWith("≥") || sign.startsWith(">") || after.startsWith(" tro len")
                        || before.matches(".*\\b(dat|tu|tren|toi thieu|it nhat|dat tu|dat tren|dat it nhat)\\s*$"))) {
                    conf = Confidence.MEDIUM;
                }
            }
            String description = text.substring(clause.start(), clause.end()).strip()
                    .replaceFirst("^(?:[-–+•]|[a-zđ]\\)|\\d+(?:\\.\\d+)*\\.)\\s*", "").replaceAll("[.,:]+$", "").strip();
            if (description.length() > 500) {
                int s = Math.max(0, clause.start() + p.start() - 250);
                description = "…" + text.substring(s, Math.min(text.length(), s + 500)).strip() + "…";
            }
            String df = folded(description);
            Measure measure = df.contains("nhiem vu") && df.contains("dung han") ? Measure.TASKS_ON_TIME
                    : df.contains("nhiem vu") && df.contains("hoan thanh") ? Measure.TASKS_DONE : Measure.MANUAL;
            out.add(new ProposedTarget(description, c, value, "%", measure, conf, source));
        }
        return out;
    }
}
