package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingSpecTest {

    private static final LocalizedText LABEL = new LocalizedText("Étiquette", "Label");

    @Test
    void integerOutsideItsRangeIsRefusedWithTheBounds() {
        SettingSpec votes = SettingSpec.integer("max_votes", 5, 1, 10, LABEL);
        assertTrue(votes.check("7").isEmpty());
        SettingProblem problem = votes.check("11").orElseThrow();
        assertEquals("setting.range", problem.messageKey());
        assertEquals(List.of(1L, 10L), problem.arguments());
        assertEquals("setting.integer", votes.check("cinq").orElseThrow().messageKey());
    }

    @Test
    void booleanChoiceAndDateAreTyped() {
        assertEquals("setting.boolean", SettingSpec.bool("open", true, LABEL).check("oui").orElseThrow().messageKey());
        SettingSpec scope = SettingSpec.choice("scope", "city", List.of("city", "district"), LABEL);
        assertTrue(scope.check("district").isEmpty());
        assertEquals("setting.choice", scope.check("region").orElseThrow().messageKey());
        assertEquals("setting.date", SettingSpec.date("closes", true, LABEL).check("31/12/2027").orElseThrow().messageKey());
        assertTrue(SettingSpec.date("closes", true, LABEL).check("2027-12-31").isEmpty());
    }

    @Test
    void requiredWithoutDefaultMustBeGiven() {
        assertEquals("setting.required", SettingSpec.text("url", true, null, LABEL).check(" ").orElseThrow().messageKey());
        assertTrue(SettingSpec.text("url", true, "https://paris.fr", LABEL).check(null).isEmpty());
        assertTrue(SettingSpec.text("note", false, null, LABEL).check("").isEmpty());
    }

    @Test
    void aChoiceSettingWithoutChoicesIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new SettingSpec("x", SettingType.CHOICE, true, null, null, null, List.of(), LABEL));
    }
}
