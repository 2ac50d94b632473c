package org.civitas.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a reader gets: French or English, whichever they prefer, French when they accept neither. One rule
 * for the REST API and the portal, so both answer the same reader in the same language.
 */
public final class Languages {

    /** French first: the platform's language, and the answer when a reader accepts both equally. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Languages() {
    }

    /** From an {@code Accept-Language} header; a missing or malformed one gets French rather than an error. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            return lookup(Locale.LanguageRange.parse(acceptLanguage));
        } catch (IllegalArgumentException e) {
            return Locale.FRENCH;
        }
    }

    /** From languages already in order of preference, e.g. JAX-RS's {@code HttpHeaders.getAcceptableLanguages()}. */
    public static Locale of(List<Locale> acceptable) {
        if (acceptable == null) {
            return Locale.FRENCH;
        }
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (Locale locale : acceptable) {
            // JAX-RS turns "*" into a locale whose tag is "und": it matches nothing, so French stays the default.
            ranges.add(new Locale.LanguageRange(locale.toLanguageTag()));
        }
        return lookup(ranges);
    }

    private static Locale lookup(List<Locale.LanguageRange> ranges) {
        Locale found = Locale.lookup(ranges, SUPPORTED);
        return found == null ? Locale.FRENCH : found;
    }
}
