package vn.socongvu.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import vn.socongvu.cli.RootCommand;

/**
 * Every key the code names exists in the bundle, and every key of the bundle is named by the code
 * (or read by picocli for a command that exists). Keys are string literals by convention.
 */
class MessagesBundleTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern SQL_FIELD_KEY = Pattern.compile("'([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*\\.field\\.[a-zA-Z]+)'");
    private static final Set<String> PICOCLI_PREFIXES = Set.of("usage", "mixinStandardHelpOptions", "socongvu");

    static Path sourceRoot() {
        return Path.of(System.getProperty("socongvu.test.basedir", ".")).resolve("src/main/java");
    }

    static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (var in = MessagesBundleTest.class.getResourceAsStream("/i18n/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode(Set<String> prefixes) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sourceRoot())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
            }
        }
        // The migrations write history rows too (schema 9 notes what it mended); the history shows their field keys.
        try (Stream<Path> files = Files.walk(sourceRoot().resolveSibling("resources").resolve("db/migration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = SQL_FIELD_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    /** The keys picocli reads: headings and the description of every command that exists. */
    private static Set<String> picocliKeys(Properties bundle) {
        Set<String> keys = new HashSet<>();
        for (String k : bundle.stringPropertyNames()) {
            if (k.startsWith("usage.") || k.startsWith("mixinStandardHelpOptions.")) {
                keys.add(k);
            }
        }
        CommandLine root = RootCommand.commandLine();
        for (String sub : root.getSubcommands().keySet()) {
            keys.add("socongvu." + sub + ".usage.description");
        }
        return keys;
    }

    @Test
    void noKeyIsMissingAndNoneIsUnused() throws IOException {
        Properties bundle = bundle();
        Set<String> prefixes = new HashSet<>();
        bundle.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        prefixes.removeAll(PICOCLI_PREFIXES);

        Set<String> used = keysUsedInCode(prefixes);
        assertTrue(used.size() > 100, "the scan found the keys (" + used.size() + "): is the source root right?");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties");

        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        unused.removeAll(picocliKeys(bundle));
        assertEquals(Set.of(), unused, "keys in messages.properties that nothing uses");
    }

    @Test
    void everyCommandHasAVietnameseDescription() throws IOException {
        Properties bundle = bundle();
        for (String k : picocliKeys(bundle)) {
            assertTrue(bundle.containsKey(k), "missing picocli key " + k);
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        Properties bundle = bundle();
        for (String k : bundle.stringPropertyNames()) {
            if (!k.startsWith("usage.") && !k.startsWith("cli.")) {
                new MessageFormat(bundle.getProperty(k), Messages.VI); // throws on a broken pattern
            }
        }
        assertEquals("Năm 2026: 3 ngày nghỉ rơi vào ngày thường; 1.234 ngày làm việc.",
                Messages.get("holiday.summary", 2026, 3, 1234), "years without a grouping dot, counts with it");
    }

    @Test
    void noMessageCallsAScreenPartATab() throws IOException {
        // "tab" is English; the clerk's words are thẻ or mục ("Tab" as the key's name on the keyboard is fine).
        Pattern tab = Pattern.compile("\\btab\\b");
        Properties bundle = bundle();
        Set<String> english = new TreeSet<>();
        for (String k : bundle.stringPropertyNames()) {
            if (!k.startsWith("usage.") && tab.matcher(bundle.getProperty(k)).find()) {
                english.add(k);
            }
        }
        assertEquals(Set.of(), english, "messages that say \"tab\"");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertEquals("‼no.such.key‼", Messages.get("no.such.key"));
    }
}
