package vn.socongvu.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * Every screen the screenshots show (each section of the window on the demo data, the key forms, the plan review,
 * the print previews), at the office screens' sizes: no text the clerk needs to read is cut off, and none is left
 * in JavaFX's English.
 */
class ScreenFitFxTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // share the one JavaFX platform with the TestFX tests
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1280, 720"})
    void noTextIsCutOffOrInEnglish(int width, int height) throws Exception {
        List<String> cut = new ArrayList<>();
        List<String> english = new ArrayList<>();
        int screens = ScreenshotRenderer.check(null, width, height, (name, stage) -> {
            ScreenText.truncated(name, stage.getScene().getRoot(), cut);
            ScreenText.english(name, stage.getScene().getRoot(), english);
        });
        assertTrue(screens >= 40, "every screen walked: " + screens);
        Set<String> all = new LinkedHashSet<>(cut);
        all.addAll(english);
        assertTrue(all.isEmpty(), all.size() + " texts cut off or in English at " + width + "×" + height + ":\n"
                + String.join("\n", all));
    }
}
