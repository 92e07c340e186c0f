package vn.socongvu.evaluation;

import java.time.LocalDate;

/**
 * A legal case the assessor recorded that makes the person "không hoàn thành nhiệm vụ" for the year whatever the
 * points (e.g. a criminal conviction, a conclusion of corruption, a violation under review) — {@code reference}
 * names the document that establishes it.
 */
public record LegalCase(long id, long staffId, int year, String description, String reference, String recordedBy,
        LocalDate recordedOn) {
}
