package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void ordinaryFrenchTextPasses() {
        assertEquals(Optional.empty(), TextInput.check("Végétaliser la rue Gay-Lussac — « vite » ! 🌳", false, 200));
        assertEquals(Optional.empty(), TextInput.check("Ligne 1\nLigne 2\r\n\tfin", true, 200));
        assertEquals(Optional.empty(), TextInput.check("شارع الجمهورية", false, 200));
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("a\u0000b@example.org", true, 200));
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("bell\u0007", true, 200));
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("del\u007f", true, 200));
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("c1\u0085", true, 200));
    }

    @Test
    void lineBreaksAreForSingleLineValuesRefused() {
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("a\nb", false, 200));
    }

    @Test
    void unpairedSurrogatesAreRefusedButPairsPass() {
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("x\uD800y", true, 200));
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("x\uDC00", true, 200));
        assertEquals(Optional.of(TextInput.Problem.CONTROL_CHARACTER), TextInput.check("end\uD83C", true, 200));
        assertEquals(Optional.empty(), TextInput.check("\uD83C\uDF33", true, 200));
    }

    @Test
    void lengthIsCountedAgainstTheLimit() {
        assertEquals(Optional.empty(), TextInput.check("a".repeat(10), false, 10));
        assertEquals(Optional.of(TextInput.Problem.TOO_LONG), TextInput.check("a".repeat(11), false, 10));
    }

    @Test
    void bidiControlsAreFoundInIdentifiers() {
        assertTrue(TextInput.hasBidiControl("admin\u202E@gro.elpmaxe"));
        assertTrue(TextInput.hasBidiControl("x\u2066y"));
        assertFalse(TextInput.hasBidiControl("marie@example.org"));
    }
}
