package vn.socongvu.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import vn.socongvu.i18n.Messages;

/** Dates dd/MM/yyyy, date-times dd/MM/yyyy HH:mm, numbers 1.234,5, percentages 85,7 %. */
public final class VnFormat {
    /**
     * The space between a number and its "%" (or its unit): a no-break space, so that "85,7" and "%" never
     * fall on two lines of a printed page.
     */
    public static final String NBSP = "\u00A0";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private VnFormat() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** Parses "5/1/2026" or "05/01/2026"; null if the text is not a valid date. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] p = s.strip().split("[/.-]");
        if (p.length != 3) {
            return null;
        }
        try {
            String normal = String.format("%02d/%02d/%04d",
                    Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            return LocalDate.parse(normal, DATE);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    public static String number(double value, int maxFractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.VI);
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(value);
    }

    /** "85,7 %" (one decimal at most: "60 %"), the number and "%" held together by a no-break space. */
    public static String percent(double value) {
        return percent(value, 1);
    }

    /** A percentage with up to {@code maxFractionDigits} decimals, the number and "%" held together. */
    public static String percent(double value, int maxFractionDigits) {
        return number(value, maxFractionDigits) + NBSP + "%";
    }

    /**
     * A number with its unit as it is printed: "87,5 %", "12 cuộc"; the number and the unit held together by a
     * no-break space; the number alone without a unit.
     */
    public static String withUnit(double value, int maxFractionDigits, String unit) {
        String n = number(value, maxFractionDigits);
        return unit == null || unit.isBlank() ? n : n + NBSP + unit.strip();
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(Messages.VI).format(value);
    }

    /** Monday → "Thứ Hai" … Sunday → "Chủ nhật". */
    public static String weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> Messages.get("weekday.mon");
            case TUESDAY -> Messages.get("weekday.tue");
            case WEDNESDAY -> Messages.get("weekday.wed");
            case THURSDAY -> Messages.get("weekday.thu");
            case FRIDAY -> Messages.get("weekday.fri");
            case SATURDAY -> Messages.get("weekday.sat");
            case SUNDAY -> Messages.get("weekday.sun");
        };
    }
}
