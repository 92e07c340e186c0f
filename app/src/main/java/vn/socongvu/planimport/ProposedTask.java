package vn.socongvu.planimport;

import java.util.List;
import java.util.stream.Stream;

/**
 * A task (or a heading grouping tasks) as the plan states it: its numbering as printed ("1.", "1.2.", "a)",
 * "-"; empty when unnumbered), its text, what it must achieve when the plan states that as a field of the task
 * ("Yêu cầu: …", "Kết quả/Sản phẩm: …"; empty when it does not), the unit its heading names when it is one (the
 * "Tổ chức thực hiện" section assigns whole areas that way), its lead unit, cooperating units and schedule —
 * each stated by the task, inherited from its heading, or guessed (LOW, source -1) — and what it contains.
 */
public record ProposedTask(String label, String text, String expectedResult, String unitHeading,
                           Confidence confidence, int source, Proposed<UnitRef> lead, List<UnitRef> cooperating,
                           Proposed<Schedule> schedule, List<ProposedTask> children) {
    public ProposedTask {
        expectedResult = expectedResult == null ? "" : expectedResult;
        cooperating = List.copyOf(cooperating);
        children = List.copyOf(children);
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** The units this task names: its cooperating units, then its lead unit if it has one. */
    public List<UnitRef> unitsNamed() {
        return lead.found() ? Stream.concat(cooperating.stream(), Stream.of(lead.value())).toList() : cooperating;
    }

    /** This task and every task under it, depth first. */
    public Stream<ProposedTask> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ProposedTask::flatten));
    }
}
