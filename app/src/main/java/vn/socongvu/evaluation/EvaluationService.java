package vn.socongvu.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import vn.socongvu.audit.AuditLog;
import vn.socongvu.directory.DirectoryService;
import vn.socongvu.storage.Database;

/**
 * The evaluation of civil servants (Nghị định 335/2025): a period's sheet and the year read in one snapshot, and the
 * assessor's inputs — weights, quality marks, exemptions, general criteria, legal cases, the settings — each written
 * in one transaction with its audit rows.
 */
public final class EvaluationService {
    public static final String ENTITY = "evaluation";

    private final Database db;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final Supplier<LocalDate> today;

    public EvaluationService(Database db, AuditLog audit, DirectoryService directory, Supplier<LocalDate> today) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.today = today;
    }

    /** Everyone evaluated in a month or quarter, in a unit or the whole UBND (null), as of today. */
    public EvaluationSheet sheet(EvaluationPeriod p, Long unitId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Everyone's year from the months or quarters of the settings' cycle. */
    public YearSheet year(int year, Long unitId) {
        throw new UnsupportedOperationException("not yet");
    }

    public EvaluationSettings settings() {
        return EvaluationSettings.defaults();
    }

    public void saveSettings(EvaluationSettings s) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A task's own weight (quy đổi); null: back to its source's weight. */
    public void setTaskWeight(long taskId, Double weight) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The failed quality assessments of a completed product, with the reason; 0 clears the mark. */
    public void markQuality(long occurrenceId, int failedAssessments, String reason) {
        throw new UnsupportedOperationException("not yet");
    }

    /** An objective cause for a product's quality failures; null removes it. */
    public void exemptQuality(long occurrenceId, Exemption e) {
        throw new UnsupportedOperationException("not yet");
    }

    /** An objective cause for a product's delay; null removes it. */
    public void exemptDelay(long occurrenceId, Exemption e) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The general criteria of a person for a month or quarter; null clears them. */
    public void saveGeneral(long staffId, EvaluationPeriod p, GeneralCriteria g) {
        throw new UnsupportedOperationException("not yet");
    }

    public LegalCase addCase(long staffId, int year, String description, String reference) {
        throw new UnsupportedOperationException("not yet");
    }

    public void removeCase(long caseId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The periods of the settings' cycle that have products or entries, newest first. */
    public List<EvaluationPeriod> periodsWithData() {
        throw new UnsupportedOperationException("not yet");
    }
}
