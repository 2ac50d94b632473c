package org.civitas.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aRefusalQuotesWhatWasSentOnlyInPart() {
        Refusal refusal = Messages.refusal(Refusal.Kind.BAD_INPUT, "request.field.required", "x".repeat(100_000));
        assertTrue(refusal.text().fr().length() < 200, refusal.text().fr());
        assertTrue(refusal.text().en().contains("…"));
    }

    @Test
    void aMailKeepsItsLinkWhole() {
        String link = "http://localhost:8080/account/reset.xhtml?token=" + "A".repeat(120);
        assertTrue(Messages.text(Locale.FRENCH, "request.field.required", link).contains(link));
        assertFalse(Messages.text(Locale.ENGLISH, "request.field.required", link).contains("…"));
    }
}
