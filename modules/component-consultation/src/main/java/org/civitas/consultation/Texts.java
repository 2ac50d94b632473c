package org.civitas.consultation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.civitas.spi.CodeKind;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** The consultation's texts in French and English, from {@code org.civitas.consultation/messages*.properties}. */
final class Texts {

    private static final String BUNDLE = "org.civitas.consultation.messages";

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
        return new Refusal(kind, "consultation." + key, localized(key, args));
    }

    /** The name of a code this component shows on the platform's pages, from its {@code code.<kind>.<code>} text. */
    static Optional<LocalizedText> code(CodeKind kind, String code) {
        String key = "code." + kind.name().toLowerCase(Locale.ROOT) + "." + code;
        return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key)
                ? Optional.of(localized(key)) : Optional.empty();
    }
}
