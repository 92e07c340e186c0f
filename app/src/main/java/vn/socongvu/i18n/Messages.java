package vn.socongvu.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible text comes from {@code i18n/messages.properties} (UTF-8, Vietnamese).
 * Keys are always written as string literals in the code so that {@code MessagesBundleTest}
 * can check that none is missing and none is unused.
 */
public final class Messages {
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    public static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle BUNDLE_INSTANCE = ResourceBundle.getBundle(BUNDLE, VI);

    private Messages() {
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
