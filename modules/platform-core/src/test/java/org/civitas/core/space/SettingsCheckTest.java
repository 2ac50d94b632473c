package org.civitas.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.civitas.spi.SettingSpec;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static final LocalizedText L = new LocalizedText("l", "l");
    private static final List<SettingSpec> SPECS = List.of(
            SettingSpec.integer("threshold", 5000, 1, 1_000_000, L),
            SettingSpec.choice("scope", "city", List.of("city", "district"), L));

    @Test
    void defaultsAreFilledIn() {
        Map<String, String> valid = SettingsCheck.validate(SPECS, Map.of("scope", "district"), Set.of("sign"));
        assertEquals("5000", valid.get("threshold"));
        assertEquals("district", valid.get("scope"));
    }

    @Test
    void everyProblemIsReportedAtOnceInBothLanguages() {
        Refusal r = assertThrows(Refusal.class, () -> SettingsCheck.validate(SPECS,
                Map.of("threshold", "0", "scope", "region", "colour", "red", "actions", "sign,fly"), Set.of("sign")));
        assertEquals(Refusal.Kind.BAD_INPUT, r.kind());
        assertTrue(r.text().fr().contains("« threshold » doit être compris entre 1 et"), r.text().fr());
        assertTrue(r.text().fr().contains("region") || r.text().fr().contains("scope"), r.text().fr());
        assertTrue(r.text().en().contains("Unknown setting: \"colour\""), r.text().en());
        assertTrue(r.text().en().contains("fly"), r.text().en());
    }

    @Test
    void openActionsAreNormalised() {
        Map<String, String> valid = SettingsCheck.validate(SPECS, Map.of("actions", " sign , "), Set.of("sign"));
        assertEquals("sign", valid.get("actions"));
    }
}
