package vn.socongvu.evaluation;

import java.time.LocalDate;

/**
 * The 30 points of general criteria as the assessor entered them: six criteria of 5 points each (political
 * quality; ethics and way of life; discipline; public-service culture; attitude to citizens and businesses;
 * innovation and responsibility).
 */
public record GeneralCriteria(double politics, double ethics, double discipline, double culture,
        double citizens, double innovation, String note, String assessedBy, LocalDate assessedOn) {
    public static final double CRITERION_MAX = 5;

    public double total() {
        return politics + ethics + discipline + culture + citizens + innovation;
    }
}
