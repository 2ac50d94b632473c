package org.civitas.core.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformContentsTest {

    @Test
    void onlyADatabaseWithNothingButTheFirstAdministratorIsFresh() {
        assertTrue(new PlatformContents(0, 0).isFresh());
    }

    @Test
    void oneSpaceIsRealData() {
        assertFalse(new PlatformContents(1, 0).isFresh());
    }

    @Test
    void oneOtherAccountIsRealDataEvenWithoutSpaces() {
        assertFalse(new PlatformContents(0, 1).isFresh());
    }
}
