package vn.socongvu.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Every user-visible text comes from {@code i18n/messages.properties} (UTF-8, Vietnamese).
 * Keys are always written as string literals in the code so that {@code MessagesBundleTest}
 * can check that none is missing and none is unused.
 */
public final class Messages {
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    public static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle BUNDLE_INSTANCE = load();

    private Messages() {
    }

    /**
     * The bundle, read straight from its file in the app's jar. {@code ResourceBundle.getBundle} would first look for
     * {@code messages_vi_VN}, {@code messages_vi} and the system locale's, as classes and as files, each missing one
     * searched for through every jar of the class path (each opened for it): before the window's first frame, which
     * shows two of these texts.
     */
    private static ResourceBundle load() {
        String file = "/" + BUNDLE.replace('.', '/') + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The app's texts are missing: " + file);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResourceBundle bundle() {
        return BUNDLE_INSTANCE;
    }

    /** The text for a key; with arguments, formatted with {@link MessageFormat} ({0}, {1} …). */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE_INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return "‼" + key + "‼";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, VI).format(args);
    }

    public static boolean has(String key) {
        return BUNDLE_INSTANCE.containsKey(key);
    }
}
