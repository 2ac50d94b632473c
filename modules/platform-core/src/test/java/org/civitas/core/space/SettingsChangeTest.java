package org.civitas.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the audit log keeps of a change of settings. */
class SettingsChangeTest {

    @Test
    void onlyTheSettingsThatChangedAreKeptWithTheirValueBeforeAndAfter() {
        SettingsChange change = SettingsChange.between("ideabox", null,
                Map.of("target_days", "30", "categories", "Propreté, Voirie", "map", "true"),
                Map.of("target_days", "45", "categories", "Propreté, Voirie", "categories_en", "Cleanliness, Roads"));
        assertEquals(Map.of("target_days", List.of("30", "45"), "map", List.of("true", ""),
                "categories_en", List.of("", "Cleanliness, Roads")), change.changed());
        assertEquals(List.of("categories_en", "map", "target_days"), List.copyOf(change.changed().keySet()),
                "in the order of their keys, so that an entry reads the same each time");
    }
}
