package org.civitas.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text shown to people, in French (first) and English. The English may be left out (null or blank) when
 * an administrator wrote only French: readers of English then see the French.
 */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
    }

    /** Only French, for now. */
    public static LocalizedText french(String fr) {
        return new LocalizedText(fr, null);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : fr;
    }
}
