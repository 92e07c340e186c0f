package vn.socongvu.document;

import java.util.ArrayList;
import java.util.List;

/** A piece of a document's body. Features build these; the writers decide how they look. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Centered, Block.Table {

    /**
     * A section heading. Level 1 "I.", level 2 "1.", level 3 "a)": numbered by the writer unless
     * {@code label} is given (as in an imported plan that keeps its own numbering).
     */
    record Heading(int level, String label, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1–3: " + level);
            }
        }

        public static Heading of(int level, String text) {
            return new Heading(level, null, text);
        }
    }

    /** A body paragraph, optionally led by a label ("1.1.", "-", "a)"). */
    record Paragraph(String label, List<Span> spans) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(null, List.of(Span.plain(text)));
        }

        public static Paragraph labelled(String label, String text) {
            return new Paragraph(label, List.of(Span.plain(text)));
        }

        public static Paragraph bullet(String text) {
            return labelled("-", text);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /**
     * A line centred on the page, without indent (a decision's "ỦY BAN NHÂN DÂN XÃ …" and "QUYẾT ĐỊNH:", a công
     * văn's "Kính gửi: …"), 6 pt after; it stays on the page of what follows it.
     */
    record Centered(List<Span> spans) implements Block {
        public Centered {
            spans = List.copyOf(spans);
        }

        public static Centered of(String text) {
            return new Centered(List.of(Span.plain(text)));
        }

        public static Centered bold(String text) {
            return new Centered(List.of(Span.bold(text)));
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /**
     * A text the clerk wrote, one paragraph per line, each ending as a sentence; a line typed as "- …" or
     * "+ …" stays a dash item. Null or blank gives none.
     */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (p.isEmpty()) {
                continue;
            }
            if ((p.startsWith("-") || p.startsWith("+")) && p.length() > 1) {
                out.add(Paragraph.labelled(p.substring(0, 1), DocumentText.sentence(p.substring(1).strip())));
            } else {
                out.add(Paragraph.of(DocumentText.sentence(p)));
            }
        }
        return out;
    }

    /** A run of text with its emphasis. */
    record Span(String text, boolean bold, boolean italic) {
        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false);
        }

        public static Span italic(String text) {
            return new Span(text, false, true);
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    /** A table column: its header, its share of the width, how its cells are aligned. */
    record Column(String header, int weight, Align align) {
        public static Column text(String header, int weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column number(String header, int weight) {
            return new Column(header, weight, Align.CENTER);
        }
    }

    /** A table whose header row repeats on every page; {@code boldLastRow} for a totals row. */
    record Table(List<Column> columns, List<List<String>> rows, boolean boldLastRow) implements Block {
        public Table {
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + columns.size()
                            + " columns");
                }
            }
        }
    }
}
