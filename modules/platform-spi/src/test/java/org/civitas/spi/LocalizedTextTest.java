package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void theReaderSeesTheirLanguageAndFrenchWhenNoEnglishWasWritten() {
        LocalizedText both = new LocalizedText("Dépôt des idées", "Filing ideas");
        assertEquals("Dépôt des idées", both.in(Locale.FRENCH));
        assertEquals("Filing ideas", both.in(Locale.ENGLISH));
        assertEquals("Dépôt des idées", both.in(Locale.GERMAN));
        assertEquals("Dépôt des idées", LocalizedText.french("Dépôt des idées").in(Locale.ENGLISH));
        assertEquals("Dépôt des idées", new LocalizedText("Dépôt des idées", "  ").in(Locale.ENGLISH));
    }
}
