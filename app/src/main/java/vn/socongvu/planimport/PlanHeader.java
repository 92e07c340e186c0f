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
 * The fixed parts of a plan around its tasks, as Nghị định 30 lays them out: the header ("Số: …/KH-…", "…, ngày …
 * tháng … năm …", the issuing body in capitals), the title after "KẾ HOẠCH", the legal bases ("Căn cứ …",
 * "Thực hiện …"), and the closing (the recipients under "Nơi nhận:", the signer's title and name). Pure: no
 * JavaFX, no database.
 *
 * @param bases the legal bases in the order the plan cites them
 */
record PlanHeader(Proposed<String> number, Proposed<String> place, Proposed<LocalDate> date, Proposed<Integer> year,
                  Proposed<String> issuer, Proposed<String> title, List<Proposed<String>> bases) {
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)Số\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+)*)",
            Pattern.CASE_INSENSITIVE);
    /** "An Phú, ngày 05 tháng 3 năm 2026", also a form not filled in yet ("……, ngày … tháng … năm …"). */
    private static final Pattern PLACE_DATE = Pattern.compile("^(.+?),[\\s.…]*ngày[\\s.…_]*(\\d{1,2})?[\\s.…_]*tháng"
            + "[\\s.…_]*(\\d{1,2})?[\\s.…_]*năm[\\s.…_]*(\\d{4})?", Pattern.CASE_INSENSITIVE);
    /** A commune named in running text or a heading (folded): "xã Bình Thành", "PHƯỜNG AN PHÚ", not "xã hội". */
    private static final Pattern COMMUNE = Pattern.compile("(?:^|[^a-z])(xa|phuong|thi tran|dac khu) (?!hoi\\b)");
    /** Where the name of a commune in capitals ends: the words after it in a title. */
    private static final Pattern NAME_STOP = Pattern.compile("NĂM|GIAI|ĐẾN|TRÊN|VỀ|TẠI|TRONG|THEO|\\d.*");
    /** "(Kèm theo Quyết định số … của …)" under the title: the decision the plan is issued with. */
    private static final Pattern ATTACHED_TO = Pattern.compile("^\\(?\\s*(?:ban hanh )?kem theo ");
    /**
     * Where a list of bases splits (folded): at a ";" followed by another document ("…; Kế hoạch số …",
     * "…; căn cứ …"), not at one inside a document's own title.
     */
    private static final Pattern NEXT_DOCUMENT = Pattern.compile(";\\s*(?=(?:(?:can cu|thuc hien|theo)\\s+)?"
            + "(?:luat|bo luat|hien phap|phap lenh|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu|ke hoach|cong van"
            + "|van ban|huong dan|ket luan|quy dinh|chuong trinh|de an|thong bao|thong tri|chi dao)\\b)");
    /** The words after the bases that introduce the plan ("…; UBND xã xây dựng Kế hoạch … như sau:"), folded. */
    private static final Pattern INTRODUCTION = Pattern.compile("[,;.]\\s*(?:uy ban nhan dan|ubnd)\\b[^;]*?"
            + "(?:xay dung|ban hanh|trien khai)\\b[^;]*?\\bke hoach\\b.*$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*:]+$");
    private static final Pattern BULLET = Pattern.compile("^([-–•+])\\s*(.*)");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{Ll}*)(\\s+\\p{Lu}\\p{Ll}*){1,4}$");
    /** The line naming a commune, ward, district or province under its People's Committee (folded). */
    private static final Pattern PLACE_LINE = Pattern.compile("(xa|phuong|thi tran|huyen|tinh|thanh pho|quan|thi xa) ");

    /** The closing: who the plan is sent to, and who signs it. */
    record Closing(List<Proposed<String>> recipients, Proposed<String> signerTitle, Proposed<String> signer) {
    }

    public PlanHeader {
        bases = List.copyOf(bases);
    }

    /**
     * The header, title and bases of a plan whose "KẾ HOẠCH" line is at {@code kind} (-1 when it has none: then the
     * first eight paragraphs are read as the header) and whose body (first section, else the recipients) starts at
     * {@code bodyEnd}.
     */
    static PlanHeader read(List<TextParagraph> ps, int kind, int bodyEnd) {
        Proposed<String> number = Proposed.none();
        Proposed<String> place = Proposed.none();
        Proposed<LocalDate> date = Proposed.none();
        Proposed<Integer> year = Proposed.none();
        Proposed<String> issuer = Proposed.none();
        // The header's lines, a table cell's own lines each apart, with the paragraph each is in.
        List<String> lines = new ArrayList<>();
        List<Integer> lineSource = new ArrayList<>();
        for (int i = 0; i < (kind < 0 ? Math.min(8, ps.size()) : kind); i++) {
            for (String t : ps.get(i).text().split("\n")) {
                lines.add(t);
                lineSource.add(i);
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            String t = lines.get(l);
            int i = lineSource.get(l);
            Matcher m;
            if ((m = NUMBER.matcher(t)).find()) {
                String symbol = m.group(2).replaceAll("\\s+", "");
                number = m.group(1).isEmpty() ? new Proposed<>("/" + symbol, Confidence.LOW, i)
                        : new Proposed<>(m.group(1) + "/" + symbol, Confidence.HIGH, i);
            } else if ((m = PLACE_DATE.matcher(t)).find()) {
                // "……, ngày … tháng … năm …": a form not filled in names no place (nor year).
                String where = m.group(1).strip();
                if (where.chars().anyMatch(Character::isLetter)) {
                    place = new Proposed<>(where, Confidence.HIGH, i);
                }
                if (m.group(4) == null) {
                    continue;
                }
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
            } else if ((!issuer.found() || COMMUNE.matcher(fold(t)).find()) && isUpper(t)
                    && (fold(t).contains("uy ban nhan dan") || fold(t).startsWith("ubnd"))) {
                // "UBND HUYỆN …" over "UBND XÃ …": the commune's is the body issuing the plan.
                // "ỦY BAN NHÂN DÂN" over "XÃ BÌNH THÀNH": the body's name goes on the next line.
                String name = t.strip();
                if (l + 1 < lines.size() && isUpper(lines.get(l + 1))
                        && PLACE_LINE.matcher(fold(lines.get(l + 1).strip())).lookingAt()) {
                    name += " " + lines.get(l + 1).strip();
                }
                issuer = new Proposed<>(name, Confidence.MEDIUM, i);
            }
        }

        // The title: right after "KẾ HOẠCH", up to the bases or the first section.
        Proposed<String> title = Proposed.none();
        List<Proposed<String>> bases = new ArrayList<>();
        if (kind >= 0) {
            StringBuilder t = new StringBuilder();
            int i = kind + 1;
            // The first line after "KẾ HOẠCH" is the title even when it reads "Thực hiện …" (only "Căn cứ" is not).
            for (; i < bodyEnd && !attachedTo(ps.get(i))
                    && (i == kind + 1 ? !fold(ps.get(i).text()).startsWith("can cu ") : !isBasis(ps.get(i))); i++) {
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
                if (attachedTo(ps.get(i))) {
                    String ref = ps.get(i).text().strip().replaceAll("^\\(\\s*|\\s*\\)[.;,]*$", "");
                    bases.add(new Proposed<>(capitalised(ref), Confidence.MEDIUM, i));
                } else if (isBasis(ps.get(i))) {
                    for (String basis : bases(ps.get(i).text())) {
                        bases.add(new Proposed<>(basis, Confidence.HIGH, i));
                    }
                }
            }
        }
        if (!place.found()) {
            place = communeIn(issuer, Confidence.MEDIUM);
        }
        if (!place.found()) {
            place = communeIn(title, Confidence.LOW);
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
        return new PlanHeader(number, place, date, year, issuer, title, bases);
    }

    /**
     * The recipients listed under "Nơi nhận:" at {@code recipientsAt} (-1 when the plan has none; then the closing
     * is read from {@code end}), and the signer's title and name after them.
     */
    static Closing closing(List<TextParagraph> ps, int recipientsAt, int end) {
        List<Proposed<String>> recipients = new ArrayList<>();
        int after = end;
        if (recipientsAt >= 0) {
            // "Nơi nhận:" alone, its list below; or, in the signature's table, the whole list in one cell (each line
            // a recipient, with its dash or Word's bullet, or none).
            String[] inCell = ps.get(recipientsAt).text().split("\\n|(?<=;)\\s*(?=[-–•+]\\s)");
            for (int k = 1; k < inCell.length; k++) {
                String line = inCell[k].strip();
                Matcher m = BULLET.matcher(line);
                if (m.matches() || ps.get(recipientsAt).inTable() && !line.isEmpty() && !isUpper(line)) {
                    recipients.add(new Proposed<>(recipient(m.matches() ? m.group(2) : line), Confidence.HIGH,
                            recipientsAt));
                }
            }
            // Below it: the lines with a typed dash, "+" or "•", or in a Word list (its bullet not in the text).
            after = recipientsAt + 1;
            for (; after < ps.size(); after++) {
                TextParagraph p = ps.get(after);
                Matcher m = BULLET.matcher(p.text());
                if (m.matches()) {
                    recipients.add(new Proposed<>(recipient(m.group(2)), Confidence.HIGH, after));
                } else if (p.listLabel() != null && !p.listLabel().isEmpty() && !isUpper(p.text())) {
                    recipients.add(new Proposed<>(recipient(p.text()), Confidence.HIGH, after));
                } else {
                    break;
                }
            }
        }
        Proposed<String> signerTitle = Proposed.none();
        Proposed<String> signer = Proposed.none();
        for (int i = after; i < ps.size() && !signer.found(); i++) {
            if (fold(ps.get(i).text()).startsWith("phu luc")) {
                break;
            }
            for (String t : ps.get(i).text().split("\\n")) {
                t = t.strip();
                if (isUpper(t) && !signer.found()) {
                    // "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" may be two lines of one title.
                    signerTitle = signerTitle.found() ? new Proposed<>(signerTitle.value() + " " + t, Confidence.HIGH,
                            signerTitle.source()) : new Proposed<>(t, Confidence.HIGH, i);
                } else if (signerTitle.found() && PERSON.matcher(t).matches()) {
                    signer = new Proposed<>(t, Confidence.HIGH, i);
                    break;
                }
            }
        }
        return new Closing(recipients, signerTitle, signer);
    }

    /**
     * The documents one basis paragraph cites: "Thực hiện Quyết định số …; Kế hoạch số …" is two, "Căn cứ …; căn cứ
     * …" too; a ";" inside one document's title does not split it, and the words that then introduce the plan
     * ("…; UBND xã xây dựng Kế hoạch … như sau:") are no basis.
     */
    static List<String> bases(String paragraph) {
        String text = paragraph.strip();
        String f = TaskText.folded(text);
        Matcher intro = INTRODUCTION.matcher(f);
        if (intro.find() && intro.start() > 0) {
            text = text.substring(0, intro.start());
            f = f.substring(0, intro.start());
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        Matcher next = NEXT_DOCUMENT.matcher(f);
        while (next.find()) {
            out.add(text.substring(from, next.start()));
            from = next.end();
        }
        out.add(text.substring(from));
        return out.stream().map(b -> capitalised(b.strip().replaceAll("[;.,:]+$", "").strip()))
                .filter(b -> !b.isEmpty()).toList();
    }

    /** "(Kèm theo Quyết định số 12/QĐ-UBND ngày … của UBND xã)": the decision the plan goes with. */
    static boolean attachedTo(TextParagraph p) {
        return ATTACHED_TO.matcher(TaskText.folded(p.text().strip())).find();
    }

    /**
     * The commune an issuer or a title names ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "… trên địa bàn xã Bình Thành năm
     * 2026"): the place of a plan whose date line leaves it blank, less sure than one written there.
     */
    private static Proposed<String> communeIn(Proposed<String> where, Confidence confidence) {
        if (!where.found()) {
            return Proposed.none();
        }
        String text = where.value();
        Matcher m = COMMUNE.matcher(TaskText.folded(text));
        while (m.find()) {
            List<String> name = new ArrayList<>();
            for (String w : text.substring(m.end()).strip().split("\\s+")) {
                String word = w.replaceAll("[^\\p{L}\\d]+$", "");
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || isUpper(word) && NAME_STOP.matcher(word)
                        .matches() || name.size() == 4) {
                    break;
                }
                name.add(isUpper(word) ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
                if (!word.equals(w)) {
                    break; // "xã Bình Thành, …": the name ends at its punctuation
                }
            }
            if (!name.isEmpty()) {
                return new Proposed<>(String.join(" ", name), confidence, where.source());
            }
        }
        return Proposed.none();
    }

    /** A recipient as listed, without the list's punctuation ("Sở Nội vụ;" → "Sở Nội vụ"). */
    private static String recipient(String listed) {
        return listed.replaceAll("[;.,]+$", "").strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Whether a paragraph cites a basis of the plan ("Căn cứ …", "Thực hiện …"). */
    static boolean isBasis(TextParagraph p) {
        String f = fold(p.text());
        return f.startsWith("can cu ") || f.startsWith("thuc hien ");
    }

    private static boolean isUpper(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static String fold(String s) {
        return TRAILING_MARKS.matcher(VnText.fold(s)).replaceAll("").strip();
    }
}
