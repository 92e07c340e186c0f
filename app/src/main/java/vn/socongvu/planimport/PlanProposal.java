package vn.socongvu.planimport;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reader found in a plan, each part with its confidence and source paragraph: the header (number and
 * symbol, place and date, issuing body), the title, the legal bases ("Căn cứ …", "Thực hiện …"), the targets
 * with a figure, the tasks by
 * section (the sections' Roman headings as the top level), the recipients and the signature, and the paragraphs
 * of the task part it did not place ({@link Unplaced}: shown to the clerk, never dropped silently).
 */
public record PlanProposal(Proposed<String> number, Proposed<String> place, Proposed<LocalDate> date,
                           Proposed<Integer> year, Proposed<String> issuer, Proposed<String> title,
                           List<Proposed<String>> legalBases, List<ProposedTarget> targets, List<ProposedTask> sections,
                           List<Proposed<String>> recipients, Proposed<String> signerTitle, Proposed<String> signer,
                           List<Unplaced> unplaced) {
    public PlanProposal {
        unplaced = List.copyOf(unplaced);
    }

    /** Every task that is not a heading, in document order. */
    public List<ProposedTask> leafTasks() {
        return sections.stream().flatMap(s -> s.children().stream()).flatMap(ProposedTask::flatten)
                .filter(t -> !t.isGroup()).toList();
    }
}
