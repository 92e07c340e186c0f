package vn.socongvu.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.socongvu.i18n.Messages;
import vn.socongvu.text.VnFormat;

/** The wording rules of Nghị định 30/2020 that do not depend on the file format. Pure. */
public final class DocumentText {
    /** A digit, then spaces (ordinary or not) before a "%". */
    private static final Pattern PERCENT = Pattern.compile("(\\d)[ \\t\\u00A0\\u202F]+%");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    private DocumentText() {
    }

    /**
     * Text as it goes into a file: NFC, so every diacritic is one character of the font; and a number's "%" held
     * to it ({@link #keepPercent}), whoever wrote the text, so that "85,7" and "%" never fall on two lines.
     */
    public static String nfc(String s) {
        return s == null ? "" : keepPercent(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    /** "85,7 %" with a no-break space for the space(s) between a number and its "%" ("85,7%" is left as it is). */
    public static String keepPercent(String s) {
        return s == null ? null : PERCENT.matcher(s).replaceAll("$1" + VnFormat.NBSP + "%");
    }

    /**
     * Who a file says wrote it (its Author in Word's and Excel's file properties): the issuing body on one line,
     * "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH"; the libraries would say "Apache POI".
     */
    public static String author(OfficialDocument.Issuer issuer) {
        return String.join(" ", nfc(issuer.issuingBody()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /**
     * The text with its first letter in lower case, to continue a sentence ("Kiểm tra …" → "kiểm tra …"); a first
     * word written in capitals (an abbreviation: "UBND", "TTHC") is kept.
     */
    public static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String first = s.split("\\s+", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** A line ends as a sentence does: a full stop added unless it already ends in punctuation. */
    public static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() || ".;:!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /**
     * "Bình Thành, ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 with a leading zero.
     * A null date leaves day and month blank to fill by hand, in {@code blankYear}.
     */
    public static String placeAndDate(String place, LocalDate date, int blankYear) {
        if (date == null) {
            return Messages.get("document.placeDate", nfc(place), "     ", "     ", Integer.toString(blankYear));
        }
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return Messages.get("document.placeDate", nfc(place), d < 10 ? "0" + d : Integer.toString(d),
                m <= 2 ? "0" + m : Integer.toString(m), Integer.toString(date.getYear()));
    }

    /** Each legal basis ends with ";" and the last with ".". */
    public static List<String> legalBases(List<String> lines) {
        return punctuate(lines, "", ";", ".");
    }

    /** Recipients: "- Thường trực HĐND xã;" … "- Lưu: VT, VHXH.". */
    public static List<String> recipients(List<String> lines) {
        return punctuate(lines, "- ", ";", ".");
    }

    private static List<String> punctuate(List<String> lines, String prefix, String middle, String last) {
        List<String> clean = new ArrayList<>();
        for (String l : lines) {
            String t = nfc(l).strip();
            if (t.startsWith("-")) {
                t = t.substring(1).strip();
            }
            while (!t.isEmpty() && ";.,".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            out.add(prefix + clean.get(i) + (i == clean.size() - 1 ? last : middle));
        }
        return out;
    }

    /** The automatic label of a heading: level 1 "I.", level 2 "1.", level 3 "a)". */
    public static String headingLabel(int level, int ordinal) {
        return switch (level) {
            case 1 -> (ordinal <= ROMAN.length ? ROMAN[ordinal - 1] : Integer.toString(ordinal)) + ".";
            case 2 -> ordinal + ".";
            default -> (ordinal <= 26 ? Character.toString('a' + ordinal - 1) : Integer.toString(ordinal)) + ")";
        };
    }

    /** Numbers the headings of a body: counters per level, a lower level restarting under a higher one. */
    public static List<String> headingLabels(List<Block> body) {
        int[] counters = new int[4];
        List<String> labels = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Heading h) {
                counters[h.level()]++;
                for (int l = h.level() + 1; l <= 3; l++) {
                    counters[l] = 0;
                }
                labels.add(h.label() != null ? h.label() : headingLabel(h.level(), counters[h.level()]));
            } else {
                labels.add(null);
            }
        }
        return labels;
    }
}
