package vn.socongvu.plan;

import java.util.List;

import vn.socongvu.text.VnFormat;
import vn.socongvu.text.VnText;

/** A target (chỉ tiêu) of a plan: "≥ 90 % hài lòng", "100 % nhiệm vụ đúng hạn", "giảm 10 % số hội nghị". */
public record Target(long id, long planId, int position, String description, Comparison comparison, double value,
                     String unit, Measure measure) {

    /** Words (folded) that name the files of administrative procedures in a target's text. */
    private static final List<String> TTHC = List.of("thu tuc hanh chinh", "tthc", "ho so");
    private static final List<String> ONLINE = List.of("truc tuyen", "moi truong so", "moi truong dien tu",
            "dich vu cong");
    private static final List<String> IN_TIME = List.of("dung han", "truoc han");

    public record Draft(Long id, long planId, String description, Comparison comparison, Double value, String unit,
                        Measure measure) {
    }

    /**
     * What a target's figure is. One rule, for the plan screen and the periodic report alike: a target the app
     * computes measures the plan's own tasks; a target the clerk enters is one of the report's TTHC figures when
     * its text names one (satisfaction, the online share of TTHC files, TTHC files resolved in time) and is a
     * share in percent, else the value the clerk enters for each period.
     */
    public enum Indicator {
        /** Share (%) of the plan's tasks done on time (Measure.TASKS_ON_TIME). */
        PLAN_TASKS_ON_TIME,
        /** Share (%) of the plan's tasks done (Measure.TASKS_DONE). */
        PLAN_TASKS_DONE,
        /** The citizens' satisfaction (%) the report's TTHC figures give. */
        TTHC_SATISFACTION,
        /** The share (%) of TTHC files received online. */
        TTHC_ONLINE_SHARE,
        /** The share (%) of TTHC files resolved early or on time. */
        TTHC_IN_TIME_SHARE,
        /** The value the clerk enters for each period. */
        ENTERED;

        /** Whether the report's TTHC figures give this figure. */
        public boolean tthc() {
            return this == TTHC_SATISFACTION || this == TTHC_ONLINE_SHARE || this == TTHC_IN_TIME_SHARE;
        }
    }

    /** What this target's figure is (see {@link Indicator}). */
    public Indicator indicator() {
        return indicator(measure, description, unit);
    }

    /** The rule of {@link Indicator} on a target's parts (a target proposed by the plan import is judged alike). */
    public static Indicator indicator(Measure measure, String description, String unit) {
        switch (measure) {
            case TASKS_ON_TIME:
                return Indicator.PLAN_TASKS_ON_TIME;
            case TASKS_DONE:
                return Indicator.PLAN_TASKS_DONE;
            default:
                break;
        }
        boolean percent = unit == null || unit.isBlank() || "%".equals(unit.strip());
        String text = VnText.fold(description);
        if (!percent) {
            return Indicator.ENTERED;
        }
        if (text.contains("hai long")) {
            return Indicator.TTHC_SATISFACTION;
        }
        if (TTHC.stream().anyMatch(text::contains)) {
            if (ONLINE.stream().anyMatch(text::contains)) {
                return Indicator.TTHC_ONLINE_SHARE;
            }
            if (IN_TIME.stream().anyMatch(text::contains)) {
                return Indicator.TTHC_IN_TIME_SHARE;
            }
        }
        return Indicator.ENTERED;
    }

    /** Whether the target is a share in percent (its results are printed "87,5 %"). */
    public boolean percent() {
        return measure != Measure.MANUAL || (unit != null && "%".equals(unit.strip())) || indicator().tthc();
    }

    /**
     * The goal as printed: "≥ 90 %", "≤ 5 %", "↓ 10 %", and "100 %" alone for at least (or exactly) 100 %, which
     * cannot be exceeded ("≥ 100 %" reads oddly); the signs and the unit held to the number by no-break spaces.
     */
    public String goal() {
        String v = VnFormat.withUnit(value, 2, unit);
        boolean whole = percent() && Math.abs(value - 100) < 1e-9;
        return switch (comparison) {
            case AT_LEAST -> whole ? v : "≥" + VnFormat.NBSP + v;
            case AT_MOST -> "≤" + VnFormat.NBSP + v;
            case EQUAL -> v;
            case REDUCE_BY -> "↓" + VnFormat.NBSP + v;
        };
    }

    /** A measured (or entered) value as printed with this target's unit: "87,5 %", "12 cuộc". */
    public String result(double measured) {
        return VnFormat.withUnit(measured, percent() ? 1 : 2, unit == null && percent() ? "%" : unit);
    }

    /**
     * The value as it is printed (percentages to one decimal, other figures to two), on which whether the target
     * is met is judged: what the page shows and its "Đạt" never disagree.
     */
    public double shown(double measured) {
        double scale = percent() ? 10 : 100;
        return Math.round(measured * scale) / scale;
    }

    /** Whether a measured value, as printed, meets the target. */
    public boolean met(double measured) {
        return comparison.met(shown(measured), value);
    }

    /** This target standing at a value (null: nothing to judge yet), with how the value was found. */
    public Standing standing(Double measured, String basis) {
        return new Standing(this, measured == null ? null : shown(measured), measured != null && met(measured), basis);
    }

    /**
     * The value measured (or entered) for a period, and whether it meets the target;
     * {@code value} null when there is nothing to measure yet.
     */
    public record Standing(Target target, Double value, boolean met, String basis) {
        /** The value as printed ("87,5 %"), "" with none. */
        public String result() {
            return value == null ? "" : target.result(value);
        }
    }
}
