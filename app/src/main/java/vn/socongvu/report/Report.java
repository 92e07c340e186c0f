package vn.socongvu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A periodic report as kept: its period and window, what the clerk wrote, the TTHC figures entered, the signer,
 * its number once registered, the figures frozen when it was exported or numbered (null while they follow the
 * records), and the files of its last export. {@code id} null: not saved yet.
 */
public record Report(Long id, ReportPeriod period, ReportPeriod.Window window, Narrative narrative, Tthc tthc,
                     Long signerId, String number, LocalDate issuedOn, ReportFigures frozen, LocalDate frozenAsOf,
                     LocalDateTime frozenAt, String docxFile, String xlsxFile, LocalDateTime exportedAt) {

    /**
     * What the clerk wrote, part by part ({@link ReportPart}: the communication work, each area of part II, the
     * assessment, the next tasks, the recommendations); a part not written is "".
     */
    public record Narrative(Map<ReportPart, String> parts) {
        public static final Narrative EMPTY = new Narrative(Map.of());

        public Narrative {
            Map<ReportPart, String> all = new EnumMap<>(ReportPart.class);
            for (ReportPart p : ReportPart.values()) {
                String t = parts == null ? null : parts.get(p);
                all.put(p, t == null ? "" : t);
            }
            parts = Collections.unmodifiableMap(all);
        }

        /** The assessment, the next tasks and the recommendations; no area written. */
        public Narrative(String highlights, String shortcomings, String nextTasks, String recommendations) {
            this(parts(highlights, shortcomings, nextTasks, recommendations));
        }

        private static Map<ReportPart, String> parts(String highlights, String shortcomings, String nextTasks,
                                                     String recommendations) {
            Map<ReportPart, String> m = new EnumMap<>(ReportPart.class);
            m.put(ReportPart.HIGHLIGHTS, highlights);
            m.put(ReportPart.SHORTCOMINGS, shortcomings);
            m.put(ReportPart.NEXT_TASKS, nextTasks);
            m.put(ReportPart.RECOMMENDATIONS, recommendations);
            return m;
        }

        /** The text of one part ("" when not written). */
        public String text(ReportPart p) {
            return parts.get(p);
        }

        /** This text with one part replaced. */
        public Narrative with(ReportPart p, String text) {
            Map<ReportPart, String> m = new EnumMap<>(parts);
            m.put(p, text);
            return new Narrative(m);
        }

        public String highlights() {
            return text(ReportPart.HIGHLIGHTS);
        }

        public String shortcomings() {
            return text(ReportPart.SHORTCOMINGS);
        }

        public String nextTasks() {
            return text(ReportPart.NEXT_TASKS);
        }

        public String recommendations() {
            return text(ReportPart.RECOMMENDATIONS);
        }

        /** Whether nothing is written in any part. */
        public boolean blank() {
            return parts.values().stream().allMatch(String::isBlank);
        }
    }

    /** What the report form saves. */
    public record Draft(ReportPeriod period, Narrative narrative, Tthc tthc, Long signerId) {
    }

    public boolean numbered() {
        return number != null;
    }

    /** This report with the text, TTHC figures and signer of a form not saved yet (to see what it would print). */
    public Report edited(Draft d) {
        return new Report(id, period, window, d.narrative() == null ? Narrative.EMPTY : d.narrative(),
                d.tthc() == null ? Tthc.NONE : d.tthc(), d.signerId(), number, issuedOn, frozen, frozenAsOf, frozenAt,
                docxFile, xlsxFile, exportedAt);
    }
}
