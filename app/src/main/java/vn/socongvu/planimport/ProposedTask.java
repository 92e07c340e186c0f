package vn.socongvu.planimport;

import java.util.List;

/**
 * A task (or a heading grouping tasks) as the plan states it: its numbering as printed ("1.", "1.2.", "a)",
 * "-"; empty when unnumbered), its text, the unit the plan names for it when its heading is a unit (the
 * "Tổ chức thực hiện" section assigns whole areas that way), and what it contains.
 */
public record ProposedTask(String label, String text, String unitHeading, Confidence confidence, int source,
                           List<ProposedTask> children) {
    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** This task and every task under it, depth first. */
    public java.util.stream.Stream<ProposedTask> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(ProposedTask::flatten));
    }
}
