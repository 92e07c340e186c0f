package vn.socongvu.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everyone evaluated in a period, in a unit ({@code unitId}) or the whole UBND (null), judged as of {@code asOf}.
 */
public record EvaluationSheet(EvaluationPeriod period, Long unitId, LocalDate asOf,
        List<PersonScore> people, List<CeilingWarning> warnings, EvaluationSettings settings) {

    public Optional<PersonScore> person(long staffId) {
        return people.stream().filter(p -> p.staffId() == staffId).findFirst();
    }
}
