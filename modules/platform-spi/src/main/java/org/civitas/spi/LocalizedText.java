package org.civitas.spi;

import java.util.Locale;
import java.util.Objects;

/** A short text a component shows to people, in French (first) and English. */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }
}
