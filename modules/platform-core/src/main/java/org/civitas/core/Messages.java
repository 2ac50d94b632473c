package org.civitas.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** Core's texts (errors, e-mails) in French and English, from {@code org/civitas/core/messages*.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.civitas.core.messages";
    private static final int QUOTED = 80;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Texts people sent are quoted back in an error only in part: it never echoes a pasted page. */
    private static Object[] quoted(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String s && s.length() > QUOTED) {
                shown[i] = s.substring(0, QUOTED) + "…";
            }
        }
        return shown;
    }

    public static LocalizedText localized(String key, Object... args) {
        return new LocalizedText(text(FRENCH, key, args), text(ENGLISH, key, args));
    }

    /** A refusal whose code is the message key's last part, e.g. {@code account.email.disposable}. */
    public static Refusal refusal(Refusal.Kind kind, String key, Object... args) {
        return new Refusal(kind, key, localized(key, quoted(args)));
    }
}
