package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import vn.socongvu.TestServices;

class ScreenshotRendererTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // share the one JavaFX platform with the TestFX tests
    }

    @Test
    void everyMainScreenIsRenderedToARealPicture() throws Exception {
        List<Path> files = ScreenshotRenderer.render(null, tmp, 1280, 760);
        assertEquals(85, files.size());
        for (String unit : List.of("02a-don-vi-tong-quan", "02b-don-vi-nhiem-vu", "02c-don-vi-tim-kiem")) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(unit + ".png")), unit);
        }
        for (String evaluation : List.of("evaluation-products", "evaluation-deductions", "evaluation-general",
                "evaluation-cases", "evaluation-drill", "evaluation-exempt-delay", "evaluation-quality",
                "evaluation-weight", "evaluation-year", "evaluation-settings")) { // Đánh giá, xếp loại and its dialogs
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains(evaluation)), evaluation);
        }
        for (String offered : List.of("01h-mo-ban-sao-luu", "01i-thiet-lap-mo-ban-sao-luu")) { // a backup opened with the app
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(offered + ".png")), offered);
        }
        for (String paper : List.of("inspection-paper-decision", "inspection-paper-report",
                "inspection-decision-preview", "task-follow-up")) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains(paper)), paper);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("settings-data-folder")));
        for (String server : List.of("01m-may-chu-sai-mat-khau", "01n-may-chu-trong-chep-du-lieu",
                "01o-may-chu-co-du-lieu-khong-gop", "01p-sao-luu-tren-may-chu", "01q-du-lieu-tren-may-chu")) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(server + ".png")), server);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("data-menu")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("header-search")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("report-quarter")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("task-edit-conflict")));
        for (String firstDay : List.of("ke-hoach-trong", "nhiem-vu-trong", "cuoc-hop-trong", "can-bo-sau-thiet-lap",
                "can-bo-khong-khop", "can-bo-da-nhap", "ket-qua-nhap")) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("ngay-dau-" + firstDay)),
                    firstDay);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("00-dang-mo-du-lieu.png")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("meeting-calendar")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("plan-tasks")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("plan-import-errors")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("01-thiet-lap.png")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("directory-unit-errors")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("document-preview")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("inspection-violations")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("directory-inspection-items")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("report-plans")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("report-quarter")));
        for (Path f : files) {
            assertTrue(Files.size(f) > 5_000, f + " is too small to be a screen");
            BufferedImage img = ImageIO.read(f.toFile());
            // The previews and the dialogs have their own window.
            String name = f.getFileName().toString();
            if (Stream.of("document-preview", "meeting-minutes", "inspection-notice", "plan-import", "ket-qua-nhap",
                    "inspection-paper", "decision-preview", "follow-up", "meeting-invitation", "meeting-week",
                    "mo-ban-sao-luu", "evaluation-drill", "evaluation-exempt-delay", "evaluation-quality",
                    "evaluation-weight", "edit-conflict", "chep-du-lieu", "khong-gop").noneMatch(name::contains)) {
                assertEquals(1280, img.getWidth());
                assertEquals(760, img.getHeight());
            }
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) {
                for (int x = 0; x < img.getWidth(); x += 7) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, f + " looks blank (" + colours.size() + " colours)");
        }
        try (var left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".tmp")), "no temp file left behind");
        }

        // The memory benchmark's tour: the same screens on the data, but the first-start and first-day screens (eight,
        // each on a new folder of its own), the two sign-in pages, the unit's account's three (on a copy) and the five
        // of moving onto a server; no picture.
        Path data = tmp.resolve("data");
        TestServices.demo(data).close();
        assertEquals(files.size() - 18, ScreenshotRenderer.tour(data, 1280, 760));
        try (var left = Files.walk(tmp)) {
            assertEquals(files.size(), left.filter(p -> p.toString().endsWith(".png")).count(), "no new picture");
        }
    }
}
