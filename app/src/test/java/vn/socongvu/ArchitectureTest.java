package vn.socongvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Core code (records, rules, services, repositories, writers) has no JavaFX in it and does not
 * reach into the screens, so it works from the command line and from tests. Screens live in
 * {@code ui} packages.
 */
class ArchitectureTest {
    private static final Pattern JAVAFX = Pattern.compile("(?m)^import\\s+(static\\s+)?javafx\\.|\\bjavafx\\.[a-z]+\\.[A-Z]");
    private static final Pattern UI_IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?vn\\.socongvu\\.([a-z]+\\.)*ui\\.|vn\\.socongvu\\.([a-z]+\\.)*ui\\.[A-Z]");

    private static List<Path> sources() throws IOException {
        Path root = Path.of(System.getProperty("socongvu.test.basedir", ".")).resolve("src/main/java");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static boolean inUiPackage(Path p) {
        return p.toString().replace('\\', '/').contains("/ui/") || p.toString().replace('\\', '/').contains("/shell/");
    }

    @Test
    void coreCodeHasNoJavaFx() throws IOException {
        List<Path> offenders = sources().stream().filter(p -> !inUiPackage(p))
                .filter(p -> JAVAFX.matcher(read(p)).find()).toList();
        assertEquals(List.of(), offenders);
        assertTrue(sources().size() > 40);
    }

    @Test
    void coreCodeDoesNotDependOnScreens() throws IOException {
        // Only the command line may start the window or the screenshot renderer.
        List<Path> offenders = sources().stream().filter(p -> !inUiPackage(p))
                .filter(p -> !p.toString().replace('\\', '/').contains("/cli/"))
                .filter(p -> UI_IMPORT.matcher(read(p)).find()).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyTheDocumentEngineTouchesPoi() throws IOException {
        Pattern poi = Pattern.compile("(?m)^import\\s+(static\\s+)?org\\.(apache\\.poi|openxmlformats)\\.");
        List<Path> offenders = sources().stream()
                .filter(p -> !p.toString().replace('\\', '/').contains("/vn/socongvu/document/"))
                .filter(p -> poi.matcher(read(p)).find()).toList();
        assertEquals(List.of(), offenders, "features describe content; the writers in vn.socongvu.document use POI");
    }

    @Test
    void everyViewHasAViewModelOrIsAPlainComponent() throws IOException {
        List<String> names = sources().stream().map(p -> p.getFileName().toString()).toList();
        for (String n : names) {
            if (n.endsWith("View.java") && !n.equals("DirectoryView.java")
                    && !n.equals("SettingsView.java")) { // tab containers hold no state
                String vm = n.replace("View.java", "ViewModel.java");
                assertTrue(names.contains(vm), n + " has no " + vm);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
