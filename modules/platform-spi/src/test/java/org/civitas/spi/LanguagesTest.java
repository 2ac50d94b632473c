package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theReadersFirstSupportedLanguageWins() {
        assertEquals(Locale.ENGLISH, Languages.of("en-US,en;q=0.9,fr;q=0.8"));
        assertEquals(Locale.FRENCH, Languages.of("fr-CA"));
        assertEquals(Locale.ENGLISH, Languages.of("de, en;q=0.5, fr;q=0.4"), "an unsupported first choice is skipped");
        assertEquals(Locale.FRENCH, Languages.of("en-GB;q=0.8, fr;q=0.9"), "weights, not the order written");
        assertEquals(Locale.ENGLISH, Languages.of("fr;q=0, en"), "q=0 means not French");
    }

    @Test
    void frenchWhenNothingSupportedIsAccepted() {
        assertEquals(Locale.FRENCH, Languages.of((String) null));
        assertEquals(Locale.FRENCH, Languages.of(""));
        assertEquals(Locale.FRENCH, Languages.of("*"));
        assertEquals(Locale.FRENCH, Languages.of("de-DE, it"));
    }

    @Test
    void aMalformedHeaderGetsFrenchNotAnError() {
        assertEquals(Locale.FRENCH, Languages.of("en;q=abc"));
        assertEquals(Locale.FRENCH, Languages.of("@@@"));
        assertEquals(Locale.FRENCH, Languages.of("en;q=2"));
    }

    @Test
    void fromAListInOrderOfPreference() {
        assertEquals(Locale.ENGLISH, Languages.of(List.of(Locale.GERMAN, Locale.US, Locale.FRENCH)));
        assertEquals(Locale.FRENCH, Languages.of(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)));
        assertEquals(Locale.FRENCH, Languages.of(List.of(new Locale("*"))));
        assertEquals(Locale.FRENCH, Languages.of(List.of()));
        assertEquals(Locale.FRENCH, Languages.of((List<Locale>) null));
    }
}
