package org.ruraltalent.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's own texts (problem titles and details, field messages) in zh-CN and en, from
 * {@code i18n/messages*.properties}. The caller's language comes from {@code Accept-Language};
 * Chinese is the default.
 */
public final class Messages {

    /** A message key used as an argument of another message, rendered in the same language. */
    public record Key(String key) {
    }

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static Key resource(String name) {
        return new Key("resource." + name);
    }

    /** The supported language that best fits the caller's acceptable languages, in their order. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        Object[] rendered = Arrays.stream(args)
                .map(a -> a instanceof Key k ? get(locale, k.key()) : a)
                .toArray();
        return rendered.length == 0 ? pattern : new MessageFormat(pattern, locale).format(rendered);
    }
}
