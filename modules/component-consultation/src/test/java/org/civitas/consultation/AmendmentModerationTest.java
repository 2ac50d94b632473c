package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AmendmentModerationTest {

    @Test
    void onlyThisComponentsAmendmentsAreRecounted() {
        assertEquals(1234L, AmendmentModeration.amendment("consultation", "amendment-1234"));
        assertNull(AmendmentModeration.amendment("consultation", "comment-1234"));
        assertNull(AmendmentModeration.amendment("ideabox", "amendment-1234"));
        assertNull(AmendmentModeration.amendment("consultation", "amendment-0"));
        assertNull(AmendmentModeration.amendment("consultation", "amendment-12x"));
        assertNull(AmendmentModeration.amendment("consultation", null));
    }
}
