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
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.+?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
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
            for (; i < bodyEnd && (i == kind + 1 ? !fold(ps.get(i).text()).startsWith("can cu ") : !isBasis(ps.get(i)));
                 i++) {
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
            // "Nơi nhận:" alone, its list below; or, in the signature's table, the whole list in one cell.
            String[] inCell = ps.get(recipientsAt).text().split("\\n|(?<=;)\\s*(?=[-–•+]\\s)");
            for (int k = 1; k < inCell.length; k++) {
                Matcher m = BULLET.matcher(inCell[k].strip());
                if (m.matches()) {
                    recipients.add(new Proposed<>(m.group(2).replaceAll("[;.,]+$", "").strip(), Confidence.HIGH,
                            recipientsAt));
                }
            }
            after = recipientsAt + 1;
            for (Matcher m; after < ps.size() && (m = BULLET.matcher(ps.get(after).text())).matches(); after++) {
                recipients.add(new Proposed<>(m.group(2).replaceAll("[;.,]+$", "").strip(), Confidence.HIGH, after));
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
