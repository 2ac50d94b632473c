package org.civitas.budget;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** The budget's texts in French and English, from {@code org/civitas/budget/messages*.properties}. */
final class Texts {

    private static final String BUNDLE = "org.civitas.budget.messages";

    private Texts() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    static LocalizedText localized(String key, Object... args) {
        return new LocalizedText(text(Locale.FRENCH, key, args), text(Locale.ENGLISH, key, args));
    }

    static Refusal refusal(Refusal.Kind kind, String key, Object... args) {
        return new Refusal(kind, "budget." + key, localized(key, args));
    }
}
