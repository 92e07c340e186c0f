package vn.socongvu.evaluation;

import java.util.List;
import java.util.Optional;

/** Everyone's year, in a unit or the whole UBND (null), from the months or quarters of {@code cycle}. */
public record YearSheet(int year, Long unitId, EvaluationPeriod.Kind cycle, List<YearScore> people,
        List<CeilingWarning> warnings, EvaluationSettings settings) {

    public Optional<YearScore> person(long staffId) {
        return people.stream().filter(p -> p.staffId() == staffId).findFirst();
    }
}
