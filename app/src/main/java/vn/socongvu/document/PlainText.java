package vn.socongvu.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a document given as plain text: a .txt file, or text pasted from an e-mail or a web page.
 * Marks left by a conversion to Markdown ("## II. …", "**bold**", "| cell |") are read as headings, bold and
 * table cells, and a line that starts in lower case (not "a) …") continues the paragraph before it: such
 * breaks come from copying out of a page.
 */
public final class PlainText {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\.\\-*_#()\\[\\]+!])");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1|(?<![\\w*])\\*(?!\\s)([^*]+?)\\*");
    /** "a) …", "đ. …": a lettered item, not a continuation. */
    private static final Pattern LETTER_ITEM = Pattern.compile("^\\p{Ll}[).]\\s");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*");

    /**
     * The largest text file read: 4 MB. A commune's plan is 5–30 pages, 20–150 KB of UTF-8 text (Vietnamese takes
     * 1–3 bytes a letter); the longest official text a clerk would paste whole (a 200-page report) is under 1 MB.
     * Four times that still reads in a moment and within the window's heap (the bytes, the text twice over).
     */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private PlainText() {
    }

    /**
     * Reads a UTF-8 text file (a byte-order mark is skipped). @throws DocumentReadException when it is missing,
     * not a file, empty, over {@link #MAX_BYTES} (refused before it is read) or not UTF-8 text
     */
    public static List<TextParagraph> read(Path file) {
        byte[] bytes = DocumentFile.readAtMost(file, MAX_BYTES);
        for (byte b : bytes) {
            if (b == 0) {
                throw new DocumentReadException("document.read.notText", null, file.getFileName());
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentReadException("document.read.notUtf8", e, file.getFileName());
        }
        return paragraphs(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    public static List<TextParagraph> paragraphs(String text) {
        List<TextParagraph> out = new ArrayList<>();
        int tableRow = -1;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("|")) {
                if (TABLE_RULE.matcher(line).matches()) {
                    continue;
                }
                tableRow++;
                String[] cells = line.replaceAll("^\\||\\|$", "").split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    Clean cell = clean(cells[c]);
                    if (!cell.text.isEmpty()) {
                        out.add(new TextParagraph(out.size(), cell.text, null, -1, cell.bold, false, tableRow, c));
                    }
                }
                continue;
            }
            tableRow = -1;
            boolean heading = HEADING.matcher(line).find();
            Clean c = clean(HEADING.matcher(line).replaceFirst(""));
            if (c.text.isEmpty()) {
                continue;
            }
            TextParagraph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.inTable() && !heading && continues(c.text)) {
                out.set(out.size() - 1, new TextParagraph(last.index(), last.text() + " " + c.text, null, -1,
                        last.bold() && c.bold, last.heading(), -1, -1));
                continue;
            }
            out.add(new TextParagraph(out.size(), c.text, null, -1, c.bold, heading, -1, -1));
        }
        return out;
    }

    private static boolean continues(String text) {
        return Character.isLowerCase(text.codePointAt(0)) && !LETTER_ITEM.matcher(text).find();
    }

    private record Clean(String text, boolean bold) {
    }

    private static Clean clean(String s) {
        String t = s.strip();
        boolean bold = t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"));
        for (int pass = 0; pass < 3; pass++) { // "***x***" is bold inside italic: one mark at a time
            t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(2) != null ? m.group(2) : m.group(3)));
        }
        t = ESCAPE.matcher(t).replaceAll("$1");
        t = t.replace("**", "").replaceAll("\\s+", " ").strip();
        return new Clean(t, bold);
    }
}
