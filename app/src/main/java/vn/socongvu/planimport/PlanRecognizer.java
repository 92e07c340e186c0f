package vn.socongvu.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.socongvu.document.TextParagraph;
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
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.+?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]+)\\.\\s*(.*)");
    private static final Pattern MULTI = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?\\s+(.*)");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d+)[.)]\\s*(.*)");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])[).]\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("^([-–•+])\\s*(.*)");
    /** "3. Trung tâm Dịch vụ tổng hợp xã: Đăng tải …": a unit, then what it does. */
    private static final Pattern UNIT_AND_TASK = Pattern.compile("^([^:]{3,80}):\\s*(.+)");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{Ll}*)(\\s+\\p{Lu}\\p{Ll}*){1,4}$");

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

    public static PlanProposal recognize(List<TextParagraph> paragraphs) {
        List<TextParagraph> ps = paragraphs;
        int kind = indexOf(ps, 0, p -> fold(p.text()).equals("ke hoach"));
        int recipientsAt = indexOf(ps, Math.max(kind, 0), p -> fold(p.text()).startsWith("noi nhan"));
        int end = recipientsAt < 0 ? ps.size() : recipientsAt;

        Proposed<String> number = Proposed.none();
        Proposed<String> place = Proposed.none();
        Proposed<LocalDate> date = Proposed.none();
        Proposed<Integer> year = Proposed.none();
        Proposed<String> issuer = Proposed.none();
        for (int i = 0; i < (kind < 0 ? Math.min(8, ps.size()) : kind); i++) {
            String t = ps.get(i).text();
            Matcher m;
            if ((m = NUMBER.matcher(t)).find()) {
                String symbol = m.group(2).replaceAll("\\s+", "");
                number = m.group(1).isEmpty() ? new Proposed<>("/" + symbol, Confidence.LOW, i)
                        : new Proposed<>(m.group(1) + "/" + symbol, Confidence.HIGH, i);
            } else if ((m = PLACE_DATE.matcher(t)).find()) {
                place = new Proposed<>(m.group(1).strip(), Confidence.HIGH, i);
                int y = Integer.parseInt(m.group(4));
                year = new Proposed<>(y, Confidence.HIGH, i);
                if (m.group(2) != null && m.group(3) != null) {
                    try {
                        date = new Proposed<>(LocalDate.of(y, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))),
                                Confidence.HIGH, i);
                    } catch (DateTimeException e) {
                        date = Proposed.none(); // "ngày 31 tháng 2": left for the clerk
                    }
                }
            } else if (!issuer.found() && isUpper(t) && (fold(t).contains("uy ban nhan dan") || fold(t).startsWith("ubnd"))) {
                issuer = new Proposed<>(t, Confidence.MEDIUM, i);
            }
        }

        // The title: right after "KẾ HOẠCH", up to the bases or the first section.
        int firstSection = indexOf(ps, kind + 1, p -> numbering(p).kind().equals("R"));
        int bodyEnd = firstSection < 0 ? end : firstSection;
        Proposed<String> title = Proposed.none();
        List<Proposed<String>> bases = new ArrayList<>();
        if (kind >= 0) {
            StringBuilder t = new StringBuilder();
            int i = kind + 1;
            for (; i < bodyEnd && !isBasis(ps.get(i)); i++) {
                t.append(t.isEmpty() ? "" : " ").append(ps.get(i).text());
                if (!ps.get(i).bold() && !ps.get(i).heading()) {
                    i++;
                    break;
                }
            }
            if (!t.isEmpty()) {
                title = new Proposed<>(t.toString(), Confidence.MEDIUM, kind + 1);
            }
            for (; i < bodyEnd; i++) {
                if (isBasis(ps.get(i))) {
                    bases.add(new Proposed<>(ps.get(i).text().replaceAll("[;.,]+$", ""), Confidence.HIGH, i));
                }
            }
        }
        if (!year.found() && title.found()) {
            Matcher y = Pattern.compile("năm (\\d{4})").matcher(title.value());
            if (y.find()) {
                year = new Proposed<>(Integer.parseInt(y.group(1)), Confidence.MEDIUM, title.source());
            } else {
                // No "năm …": the plan is not older than the documents it carries out; their latest year is a guess.
                Matcher d = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{4})").matcher(title.value() + " "
                        + String.join(" ", bases.stream().map(Proposed::value).toList()));
                int latest = 0;
                while (d.find()) {
                    latest = Math.max(latest, Integer.parseInt(d.group(1)));
                }
                if (latest > 0) {
                    year = new Proposed<>(latest, Confidence.LOW, title.source());
                }
            }
        }

        List<ProposedTask> sections = new ArrayList<>();
        int s = firstSection;
        while (s >= 0 && s < end) {
            int next = indexOf(ps, s + 1, p -> numbering(p).kind().equals("R"));
            int sectionEnd = next < 0 || next > end ? end : next;
            Numbered heading = numbering(ps.get(s));
            String f = fold(heading.text());
            boolean assignment = f.contains("to chuc thuc hien");
            if (assignment || f.contains("nhiem vu") || f.contains("noi dung") || f.contains("giai phap")) {
                sections.add(new ProposedTask(heading.label(), heading.text(), null, Confidence.HIGH, s,
                        items(ps, s + 1, sectionEnd, assignment)));
            }
            s = next < 0 || next >= end ? -1 : next;
        }

        List<Proposed<String>> recipients = new ArrayList<>();
        int after = end;
        if (recipientsAt >= 0) {
            after = recipientsAt + 1;
            for (Matcher m; after < ps.size() && (m = BULLET.matcher(ps.get(after).text())).matches(); after++) {
                recipients.add(new Proposed<>(m.group(2).replaceAll("[;.,]+$", "").strip(), Confidence.HIGH, after));
            }
        }
        Proposed<String> signerTitle = Proposed.none();
        Proposed<String> signer = Proposed.none();
        for (int i = after; i < ps.size(); i++) {
            String t = ps.get(i).text();
            if (isUpper(t) && !signer.found()) {
                // "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" may be two lines of one title.
                signerTitle = signerTitle.found() ? new Proposed<>(signerTitle.value() + " " + t, Confidence.HIGH,
                        signerTitle.source()) : new Proposed<>(t, Confidence.HIGH, i);
            } else if (signerTitle.found() && PERSON.matcher(t).matches()) {
                signer = new Proposed<>(t, Confidence.HIGH, i);
            }
        }
        return new PlanProposal(number, place, date, year, issuer, title, bases, sections, recipients, signerTitle,
                signer);
    }

    /** The items of a section: numbering styles nest in the order they first appear. */
    private static List<ProposedTask> items(List<TextParagraph> ps, int from, int to, boolean assignment) {
        Node root = new Node("", "", null, Confidence.HIGH, -1);
        List<Node> open = new ArrayList<>(); // the open item at each level
        List<String> kinds = new ArrayList<>(); // the numbering style of each level
        for (int i = from; i < to; i++) {
            TextParagraph p = ps.get(i);
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
            // In "Tổ chức thực hiện" the first level names a unit, perhaps followed by its task: "Unit: task".
            Matcher unitAndTask = assignment && level == 0 ? UNIT_AND_TASK.matcher(n.text()) : null;
            boolean split = unitAndTask != null && unitAndTask.matches();
            String unit = unitAndTask == null ? null : split ? unitAndTask.group(1).strip() : n.text();
            Node node = new Node(n.label(), split ? unit : n.text(), unit, Confidence.HIGH, i);
            parent.children.add(node);
            if (split) {
                node.children.add(new Node("", unitAndTask.group(2).strip(), null, Confidence.MEDIUM, i));
            }
            open.add(node);
        }
        return root.children.stream().map(Node::freeze).toList();
    }

    private static final class Node {
        final String label;
        final String text;
        final String unit;
        final Confidence confidence;
        final int source;
        final List<Node> children = new ArrayList<>();

        Node(String label, String text, String unit, Confidence confidence, int source) {
            this.label = label;
            this.text = text;
            this.unit = unit;
            this.confidence = confidence;
            this.source = source;
        }

        ProposedTask freeze() {
            return new ProposedTask(label, text, unit, confidence, source, children.stream().map(Node::freeze).toList());
        }
    }

    private static boolean isBasis(TextParagraph p) {
        String f = fold(p.text());
        return f.startsWith("can cu ") || f.startsWith("thuc hien ");
    }

    private static boolean isUpper(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static String fold(String s) {
        return VnText.fold(s).replaceAll("[*:]+$", "").strip();
    }

    private static int indexOf(List<TextParagraph> ps, int from, java.util.function.Predicate<TextParagraph> test) {
        for (int i = Math.max(0, from); i < ps.size(); i++) {
            if (test.test(ps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
