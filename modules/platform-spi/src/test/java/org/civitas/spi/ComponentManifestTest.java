package org.civitas.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentManifestTest {

    private static final LocalizedText NAME = new LocalizedText("Pétitions", "Petitions");

    @Test
    void aPermissionMustNameADeclaredAction() {
        List<ActionSpec> actions = List.of(new ActionSpec("sign", NAME));
        List<PermissionRule> rules = List.of(new PermissionRule("vote", Set.of(Role.CITIZEN), Verification.EMAIL));
        assertThrows(IllegalArgumentException.class, () -> manifest("petition", actions, rules));
    }

    @Test
    void idsAreShortLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> manifest("Petition", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> manifest("pe-tition", List.of(), List.of()));
        assertTrue(manifest("petition", List.of(new ActionSpec("sign", NAME)), List.of()).action("sign").isPresent());
    }

    private static ComponentManifest manifest(String id, List<ActionSpec> actions, List<PermissionRule> rules) {
        return new ComponentManifest(id, NAME, actions, List.of(), List.of(), rules, List.of(), List.of(), List.of(),
                null, Optional.empty());
    }
}
