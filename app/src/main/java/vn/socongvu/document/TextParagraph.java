package vn.socongvu.document;

/**
 * One paragraph of a document as read from its file, before any recognition: its text (line breaks inside
 * the paragraph joined; a table cell is one paragraph, its own paragraphs on lines of their own), the label
 * Word's automatic numbering gives it ("1.", "a)", "II.", "-"; null when any numbering is typed in the text
 * itself), that list's level, whether all its text is bold or it carries a heading style, and, for a table
 * cell, the row and column.
 *
 * @param index     position in the document, from 0 (what a review screen highlights)
 * @param listLevel 0 for a list's first level; -1 when the paragraph is not in a Word list
 * @param row       table row from 0; -1 outside a table
 */
public record TextParagraph(int index, String text, String listLabel, int listLevel, boolean bold, boolean heading,
                            int row, int column) {
    public boolean inTable() {
        return row >= 0;
    }

    /** The text as the reader sees it: Word's automatic label, then the paragraph. */
    public String displayed() {
        return listLabel == null || listLabel.isEmpty() ? text : listLabel + " " + text;
    }
}
