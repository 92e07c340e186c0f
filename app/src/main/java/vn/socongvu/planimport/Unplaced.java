package vn.socongvu.planimport;

/**
 * A paragraph of a plan's task part that the reader did not place in the proposal — prose between the tasks
 * ("Các cơ quan, đơn vị căn cứ …"), a section that holds no tasks, a pointer to an appendix the file does not
 * hold — listed so that nothing is dropped without the clerk seeing it.
 *
 * @param paragraph the paragraph's index (as a proposal's sources)
 * @param text      the paragraph as written
 * @param reason    why it was not placed: a message key (planImport.unplaced.*)
 */
public record Unplaced(int paragraph, String text, String reason) {
}
