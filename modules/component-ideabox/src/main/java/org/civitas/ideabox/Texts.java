package org.civitas.ideabox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.civitas.spi.CodeKind;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** The idea box's texts in French and English, from {@code org/civitas/ideabox/messages*.properties}. */
public final class Texts {

    private static final String BUNDLE = "org.civitas.ideabox.messages";

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public static LocalizedText localized(String key, Object... args) {
        return new LocalizedText(text(Locale.FRENCH, key, args), text(Locale.ENGLISH, key, args));
    }

    /** A status in both languages. */
    public static LocalizedText status(Status status) {
        return localized("status." + status.name());
    }

    /** A refusal that names a status, each language with its own label. */
    public static Refusal refusal(Refusal.Kind kind, String key, Status status) {
        return new Refusal(kind, "ideabox." + key, new LocalizedText(
                text(Locale.FRENCH, key, status(status).fr()), text(Locale.ENGLISH, key, status(status).en())));
    }

    public static Refusal refusal(Refusal.Kind kind, String key, Object... args) {
        return new Refusal(kind, "ideabox." + key, localized(key, args));
    }

    /** The name of a code this component shows on the platform's pages, from its {@code code.<kind>.<code>} text. */
    public static Optional<LocalizedText> code(CodeKind kind, String code) {
        String key = "code." + kind.name().toLowerCase(Locale.ROOT) + "." + code;
        return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key)
                ? Optional.of(localized(key)) : Optional.empty();
    }
}
