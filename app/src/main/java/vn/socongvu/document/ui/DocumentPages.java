package vn.socongvu.document.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

import vn.socongvu.document.Block;
import vn.socongvu.document.DocumentKind;
import vn.socongvu.document.DocumentText;
import vn.socongvu.document.DocxWriter;
import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.Signature;
import vn.socongvu.i18n.Messages;

/**
 * Lays an {@link OfficialDocument} out on A4 pages of JavaFX nodes, for the print preview and for
 * printing: the same page, margins, fonts and order as the .docx writer. Units are points (1/72 inch).
 * Blocks flow onto pages by their measured height; a table that does not fit continues on the next
 * page under its repeated header row; the closing block (recipients and signature) is never split.
 */
public final class DocumentPages {
    public static final double PAGE_W = 595.3;
    public static final double PAGE_H = 841.9;
    static final double MM = 72 / 25.4;
    static final double TOP = 20 * MM;
    static final double BOTTOM = 20 * MM;
    static final double LEFT = 30 * MM;
    static final double RIGHT = 15 * MM;
    static final double TEXT_W = PAGE_W - LEFT - RIGHT;
    static final double TEXT_H = PAGE_H - TOP - BOTTOM;
    private static final double INDENT = 36;
 // 1.27 cm
    private static final double AFTER = 6;
   // points after a body paragraph

    private static final String FAMILY = pickFamily();

    private static final String KEEP_WITH_NEXT = "keepWithNext";
    /** A block that never splits (the recipients and signature): what keeps with it needs its whole height. */
    private static final String WHOLE = "whole";

    private DocumentPages() {
    }

    /** Times New Roman where the system has it, else its metric twin, else any serif. */
    private static String pickFamily() {
        List<String> families = Font.getFamilies();
        for (String f : List.of("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif")) {
            if (families.contains(f)) {
                return f;
            }
        }
        return "Serif";
    }

    static Font font(double size, boolean bold, boolean italic) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, size);
    }

    /** The pages of a document, each a white A4 pane. */
    public static List<Pane> pages(OfficialDocument d) {
        List<Node> flow = new ArrayList<>();
        flow.add(header(d));
        if (d.kind().hasTypeHeading()) {
            flow.add(keepWithNext(typeAndTitle(d)));
        }
        for (String basis : DocumentText.legalBases(d.legalBases())) {
            flow.add(paragraph(null, List.of(new Block.Span(basis, false, true))));
        }
        List<String> labels = DocumentText.headingLabels(d.body());
        for (int i = 0; i < d.body().size(); i++) {
            switch (d.body().get(i)) {
                case Block.Heading h -> {
                    String text = DocumentText.nfc(h.text()).strip();
                    flow.add(keepWithNext(paragraph(null, List.of(new Block.Span(labels.get(i) + " "
                            + (h.level() == 1 ? text.toUpperCase(Messages.VI) : text), true, h.level() == 3)))));
                }
                case Block.Paragraph p -> {
                    List<Block.Span> spans = new ArrayList<>();
                    if (p.label() != null && !p.label().isBlank()) {
                        spans.add(Block.Span.plain(p.label().strip() + " "));
                    }
                    spans.addAll(p.spans());
                    Node para = paragraph(null, spans);
                    if (DocxWriter.hasLongToken(p.text())) {
                        ((TextFlow) para).setTextAlignment(TextAlignment.LEFT); // a link would stretch the line
                    }
                    flow.add(para);
                }
                case Block.Centered c -> {
                    TextFlow f = new TextFlow();
                    c.spans().forEach(s -> f.getChildren().add(text(s.text(), 14, s.bold(), s.italic())));
                    f.setTextAlignment(TextAlignment.CENTER);
                    f.setLineSpacing(2);
                    f.setPadding(new Insets(AFTER, 0, AFTER, 0));
                    f.setPrefWidth(TEXT_W);
                    flow.add(keepWithNext(f));
                }
                case Block.Table t -> flow.addAll(tableChunks(t));
            }
        }
        // As in the .docx: the body's last two paragraphs go to the page of the signature, never left behind it.
        int kept = 0;
        for (int i = flow.size() - 1; i > 0 && kept < 2 && flow.get(i) instanceof TextFlow; i--, kept++) {
            keepWithNext(flow.get(i));
        }
        Node closing = closing(d);
        closing.getProperties().put(WHOLE, Boolean.TRUE);
        flow.add(closing);
        return paginate(flow);
    }

    /** A heading (or title) never ends a page: it moves to the next page with what follows it. */
    private static Node keepWithNext(Node n) {
        n.getProperties().put(KEEP_WITH_NEXT, Boolean.TRUE);
        return n;
    }

    private static List<Pane> paginate(List<Node> flow) {
        List<Pane> pages = new ArrayList<>();
        VBox content = newContent();
        double used = 0;
        for (int i = 0; i < flow.size(); i++) {
            Node n = flow.get(i);
            double h = height(n);
            // A run of headings needs room for itself and the start of what follows it.
            double needed = h;
            for (int j = i; j + 1 < flow.size() && flow.get(j).getProperties().containsKey(KEEP_WITH_NEXT); j++) {
                Node next = flow.get(j + 1);
                needed += next.getProperties().containsKey(KEEP_WITH_NEXT) || next.getProperties().containsKey(WHOLE)
                        ? height(next) : Math.min(height(next), TEXT_H / 4);
            }
            if (used > 0 && used + needed > TEXT_H) {
                pages.add(page(content, pages.size() + 1));
                content = newContent();
                used = 0;
                if (n instanceof TableChunk chunk) {
                    n = chunk.withHeader();
                    h = height(n);
                }
            }
            content.getChildren().add(n);
            used += h;
        }
        pages.add(page(content, pages.size() + 1));
        return pages;
    }

    private static VBox newContent() {
        VBox v = new VBox();
        v.setPrefWidth(TEXT_W);
        v.setMaxWidth(TEXT_W);
        return v;
    }

    private static double height(Node n) {
        return n.prefHeight(TEXT_W);
    }

    private static Pane page(VBox content, int number) {
        Pane page = new Pane();
        page.getStyleClass().add("document-page");
        page.setPrefSize(PAGE_W, PAGE_H);
        page.setMinSize(PAGE_W, PAGE_H);
        page.setMaxSize(PAGE_W, PAGE_H);
        page.setStyle("-fx-background-color: white;");
        content.relocate(LEFT, TOP);
        content.resize(TEXT_W, TEXT_H);
        page.getChildren().add(content);
        if (number > 1) {
            Text n = text(Integer.toString(number), 14, false, false);
            double w = n.getLayoutBounds().getWidth();
            n.relocate(LEFT + (TEXT_W - w) / 2, 10 * MM);
            page.getChildren().add(n);
        }
        return page;
    }

    // ---- blocks ----

    static Text text(String s, double size, boolean bold, boolean italic) {
        Text t = new Text(DocumentText.nfc(s));
        t.setFont(font(size, bold, italic));
        t.setFill(Color.BLACK);
        return t;
    }

    private static TextFlow centred(double size, boolean bold, boolean italic, String s) {
        TextFlow f = new TextFlow(text(s, size, bold, italic));
        f.setTextAlignment(TextAlignment.CENTER);
        return f;
    }

    /** A justified body paragraph with a first-line indent and 6 pt after. */
    private static Node paragraph(String label, List<Block.Span> spans) {
        TextFlow f = new TextFlow();
        Region indent = new Region();
        indent.setPrefWidth(INDENT);
        indent.setMinWidth(INDENT);
        f.getChildren().add(indent);
        for (Block.Span s : spans) {
            f.getChildren().add(text(s.text(), 14, s.bold(), s.italic()));
        }
        f.setTextAlignment(TextAlignment.JUSTIFY);
        f.setLineSpacing(2);
        f.setPadding(new Insets(0, 0, AFTER, 0));
        f.setPrefWidth(TEXT_W);
        return f;
    }

    private static Node rule(double width) {
        Line l = new Line(0, 0, width, 0);
        l.setStrokeWidth(0.6);
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(1, 0, 2, 0));
        return box;
    }

    private static Node header(OfficialDocument d) {
        double leftW = TEXT_W * 0.42;
        VBox left = new VBox();
        left.setAlignment(Pos.TOP_CENTER);
        String superior = DocumentText.nfc(d.issuer().superiorBody()).strip();
        if (!superior.isEmpty()) {
            left.getChildren().add(centred(13, false, false, superior.toUpperCase(Messages.VI)));
        }
        DocumentText.nfc(d.issuer().issuingBody()).lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> left.getChildren().add(centred(13, true, false, l.toUpperCase(Messages.VI))));
        left.getChildren().add(rule(65));
        if (d.kind().numbered()) {
            TextFlow number = centred(13, false, false, Messages.get("document.numberLine", d.numberLine()));
            number.setPadding(new Insets(6, 0, 0, 0));
            left.getChildren().add(number);
        }
        if (d.kind() == DocumentKind.CONG_VAN && d.title() != null) {
            left.getChildren().add(centred(12, false, false, Messages.get("document.congVan.about", d.title())));
        }
        VBox right = new VBox();
        right.setAlignment(Pos.TOP_CENTER);
        right.getChildren().addAll(centred(12, true, false, Messages.get("document.nationalTitle")),
                centred(13, true, false, Messages.get("document.motto")), rule(165));
        TextFlow date = centred(14, false, true,
                DocumentText.placeAndDate(d.issuer().placeName(), d.date(), LocalDate.now().getYear()));
        date.setPadding(new Insets(6, 0, 0, 0));
        right.getChildren().add(date);
        return twoColumns(left, right, leftW);
    }

    private static GridPane twoColumns(Node left, Node right, double leftW) {
        GridPane g = new GridPane();
        ColumnConstraints a = new ColumnConstraints(leftW);
        ColumnConstraints b = new ColumnConstraints(TEXT_W - leftW);
        a.setHalignment(HPos.CENTER);
        b.setHalignment(HPos.CENTER);
        g.getColumnConstraints().addAll(a, b);
        g.add(left, 0, 0);
        g.add(right, 1, 0);
        g.setPrefWidth(TEXT_W);
        return g;
    }

    private static Node typeAndTitle(OfficialDocument d) {
        VBox v = new VBox();
        v.setAlignment(Pos.TOP_CENTER);
        v.setPadding(new Insets(18, 0, 12, 0));
        v.getChildren().add(centred(14, true, false, Messages.get(d.kind().labelKey())));
        if (d.title() != null && !d.title().isBlank()) {
            TextFlow title = centred(14, true, false, DocumentText.nfc(d.title()).strip());
            title.setPrefWidth(TEXT_W);
            v.getChildren().add(title);
        }
        v.getChildren().add(rule(110));
        return v;
    }

    /** A table cut into one chunk per row, so that pagination can break between rows. */
    private static List<Node> tableChunks(Block.Table t) {
        double total = t.columns().stream().mapToInt(Block.Column::weight).sum();
        double[] widths = t.columns().stream().mapToDouble(c -> Math.max(38, TEXT_W * c.weight() / total)).toArray();
        List<Node> chunks = new ArrayList<>();
        GridPane head = row(t, widths, t.columns().stream().map(Block.Column::header).toList(), true, null);
        for (int r = 0; r < t.rows().size(); r++) {
            boolean bold = t.boldLastRow() && r == t.rows().size() - 1;
            GridPane row = row(t, widths, t.rows().get(r), bold, t.columns());
            chunks.add(r == 0 ? new TableChunk(head, row, t, widths) : new TableChunk(null, row, t, widths));
        }
        if (t.rows().isEmpty()) {
            chunks.add(new TableChunk(head, null, t, widths));
        }
        return chunks;
    }

    private static GridPane row(Block.Table t, double[] widths, List<String> cells, boolean bold,
                                List<Block.Column> align) {
        GridPane g = new GridPane();
        for (int c = 0; c < cells.size(); c++) {
            g.getColumnConstraints().add(new ColumnConstraints(widths[c]));
            TextFlow f = new TextFlow(text(cells.get(c), 13, bold, false));
            f.setTextAlignment(align == null ? TextAlignment.CENTER : switch (align.get(c).align()) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
            f.setPadding(new Insets(2, 4, 2, 4));
            f.setStyle("-fx-border-color: black; -fx-border-width: 0.5;");
            f.setPrefWidth(widths[c]);
            GridPane.setVgrow(f, Priority.ALWAYS);
            f.setMaxHeight(Double.MAX_VALUE);
            g.add(f, c, 0);
        }
        return g;
    }

    /** One row of a table, with the header row above it when it starts the table or a page. */
    private static final class TableChunk extends VBox {
        private final Block.Table table;
        private final double[] widths;
        private final GridPane row;

        TableChunk(GridPane header, GridPane row, Block.Table table, double[] widths) {
            this.table = table;
            this.widths = widths;
            this.row = row;
            if (header != null) {
                getChildren().add(header);
            }
            if (row != null) {
                getChildren().add(row);
            }
        }

        /** The same row under a repeated header, for the top of a new page. */
        Node withHeader() {
            if (getChildren().size() == 2 || row == null) {
                return this;
            }
            getChildren().clear();
            return new TableChunk(row(table, widths, table.columns().stream().map(Block.Column::header).toList(), true,
                    null), row, table, widths);
        }
    }

    private static Node closing(OfficialDocument d) {
        double leftW = TEXT_W * 0.46;
        VBox left = new VBox();
        left.setAlignment(Pos.TOP_LEFT);
        if (d.leftSignature() != null) {
            // The recipients, if any, under the left signature (minutes, Mẫu 1.9), as the Word file has them.
            VBox sign = signature(d.leftSignature());
            sign.setMaxWidth(Double.MAX_VALUE);
            left.setMaxWidth(Double.MAX_VALUE);
            left.getChildren().add(sign);
        }
        if (!d.recipients().isEmpty()) {
            if (d.leftSignature() != null) {
                Region gap = new Region();
                gap.setMinHeight(18);
                left.getChildren().add(gap);
            }
            left.getChildren().add(text(Messages.get("document.recipients"), 12, true, true));
            for (String r : DocumentText.recipients(d.recipients())) {
                TextFlow f = new TextFlow(text(r, 11, false, false));
                f.setPrefWidth(leftW - 8);
                left.getChildren().add(f);
            }
        }
        Node right = d.signature() == null ? new VBox() : signature(d.signature());
        GridPane g = twoColumns(left, right, leftW);
        g.setPadding(new Insets(12, 0, 0, 0));
        GridPane.setHalignment(left, d.leftSignature() != null ? HPos.CENTER : HPos.LEFT);
        return g;
    }

    private static VBox signature(Signature s) {
        VBox v = new VBox();
        v.setAlignment(Pos.TOP_CENTER);
        for (String line : s.authorityLines()) {
            v.getChildren().add(text(line.toUpperCase(Messages.VI), 14, true, false));
        }
        v.getChildren().add(text(DocumentText.nfc(s.title()).toUpperCase(Messages.VI), 14, true, false));
        Region space = new Region();
        space.setPrefHeight(70);
        space.setMinHeight(70);
        v.getChildren().addAll(space, text(s.name(), 14, true, false));
        return v;
    }
}
