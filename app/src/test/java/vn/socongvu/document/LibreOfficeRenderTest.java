package vn.socongvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.socongvu.TestServices;
import vn.socongvu.app.Services;
import vn.socongvu.storage.SafeFiles;

/**
 * Renders the samples through LibreOffice, when it is installed, and checks that they open and lay out
 * on the expected number of pages with no font but Times New Roman (or its metric twin) used.
 */
class LibreOfficeRenderTest {
    @TempDir
    Path tmp;

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Path toPdf(Path docx) throws Exception {
        // A profile of its own, so that a LibreOffice the user has open does not get in the way.
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString())
                .redirectErrorStream(true);
        pb.environment().put("HOME", tmp.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice timed out");
        Path pdf = tmp.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.exists(pdf), "LibreOffice could not convert " + docx + ": " + out);
        return pdf;
    }

    /** Page count read from the PDF's page tree ("/Type /Pages … /Count n"). */
    static int pages(Path pdf) throws IOException {
        String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
                .matcher(s);
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return max;
    }

    @Test
    void samplesRenderToTheirPageCounts() throws Exception {
        assumeTrue(installed(), "LibreOffice (soffice) is not installed: rendering check skipped");
        try (Services s = TestServices.demo(tmp.resolve("data"))) {
            SampleDocuments samples = new SampleDocuments(s.settings(), s.directory(), LocalDate.of(2026, 1, 5));
            Path plan = SafeFiles.write(tmp.resolve("ke-hoach.docx"), o -> DocxWriter.write(samples.plan(), o));
            Path minutes = SafeFiles.write(tmp.resolve("bien-ban.docx"), o -> DocxWriter.write(samples.minutes(), o));
            assertEquals(2, pages(toPdf(plan)), "the sample plan fills two pages");
            assertEquals(1, pages(toPdf(minutes)), "the sample minutes fit on one page");
            String pdf = new String(Files.readAllBytes(tmp.resolve("ke-hoach.pdf")), StandardCharsets.ISO_8859_1);
            Matcher fonts = Pattern.compile("/BaseFont\\s*/([A-Z]{6}\\+)?([A-Za-z0-9-]+)").matcher(pdf);
            while (fonts.find()) {
                String f = fonts.group(2);
                assertTrue(f.startsWith("TimesNewRoman") || f.startsWith("LiberationSerif"),
                        "only Times New Roman (or Liberation Serif, its metric twin) is used, found " + f);
            }
        }
    }
}
