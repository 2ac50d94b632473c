package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** Titles and texts that show nothing, or read other than they are written, are refused. */
class LegibleTest {

    @Test
    void zeroWidthAndFormatCharactersShowNothing() {
        assertFalse(Legible.visible("\u200B".repeat(6)));
        assertFalse(Legible.visible("\u200B\u2060\uFEFF"));
        assertFalse(Legible.visible(" \u00A0\u3000\t\n\u3164"));
        assertFalse(Legible.visible(""));
        assertFalse(Legible.visible(null));
    }

    @Test
    void lettersDigitsPunctuationAndSymbolsShow() {
        assertTrue(Legible.visible("\u200BÉcole"));
        assertTrue(Legible.visible("2027"));
        assertTrue(Legible.visible("?"));
        assertTrue(Legible.visible("€"));
        assertTrue(Legible.visible("🚲"));
        assertTrue(Legible.visible("自転車"));
    }

    @Test
    void aTitleWithNothingVisibleOrABidiOverrideIsRefused() {
        assertEquals(Refusal.Kind.BAD_INPUT, assertThrows(Refusal.class, () -> Legible.requireTitle("\u200B".repeat(6))).kind());
        assertThrows(Refusal.class, () -> Legible.requireTitle("Des pistes \u202Egnol\u202C"));
        assertThrows(Refusal.class, () -> Legible.requireTitle("Des pistes \u2067larges\u2069"));
        assertDoesNotThrow(() -> Legible.requireTitle("Des pistes plus larges"));
        assertThrows(Refusal.class, () -> Legible.requireText("\u200B\u2060\uFEFF"));
        assertDoesNotThrow(() -> Legible.requireText("Deux mètres."));
    }
}
