package vn.socongvu.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a plan's text (a sample .txt) as a Word file, one paragraph a line, its headings bold as a
 * commune's plan has them: the .docx the plan-import benchmark reads. Run apart from the
 * benchmark, so that the benchmark's process finds POI as cold as the window does.
 *   SampleDocx IN.txt OUT.docx
 */
public final class SampleDocx {
    private SampleDocx() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            for (String line : lines) {
                // The samples are the plans' text as Markdown: "## **II. NỘI DUNG**" is a bold heading.
                String t = line.strip();
                boolean heading = t.startsWith("#") || t.startsWith("**");
                t = t.replaceFirst("^#+\\s*", "").replace("**", "").strip();
                if (t.isEmpty()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(14);
                r.setBold(heading);
                r.setText(t);
            }
            doc.write(out);
        }
    }
}
