package vn.socongvu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A periodic report as kept: its period and window, what the clerk wrote, the TTHC figures entered, the signer,
 * its number once registered, the figures frozen when it was exported or numbered (null while they follow the
 * records), and the files of its last export. {@code id} null: not saved yet.
 */
public record Report(Long id, ReportPeriod period, ReportPeriod.Window window, Narrative narrative, Tthc tthc,
                     Long signerId, String number, LocalDate issuedOn, ReportFigures frozen, LocalDate frozenAsOf,
                     LocalDateTime frozenAt, String docxFile, String xlsxFile, LocalDateTime exportedAt) {

    /** The parts the clerk writes: highlights, shortcomings and their causes, next tasks, recommendations. */
    public record Narrative(String highlights, String shortcomings, String nextTasks, String recommendations) {
        public static final Narrative EMPTY = new Narrative("", "", "", "");

        public boolean blank() {
            return (highlights + shortcomings + nextTasks + recommendations).isBlank();
        }
    }

    /** What the report form saves. */
    public record Draft(ReportPeriod period, Narrative narrative, Tthc tthc, Long signerId) {
    }

    public boolean numbered() {
        return number != null;
    }
}
