package org.civitas.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Role;
import org.junit.jupiter.api.Test;

class ReportWeightTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final CitizenRef CITIZEN = new CitizenRef(1, "camille", Set.of(Role.CITIZEN), true, null, null, null, null);
    private static final CitizenRef MODERATOR = new CitizenRef(2, "dominique", Set.of(Role.CITIZEN, Role.MODERATOR), true, null, null, null, null);

    @Test
    void aNewAccountsReportCountsHalf() {
        assertEquals(1, ReportWeight.points(CITIZEN, NOW.minus(Duration.ofHours(2)), NOW, WEEK));
        assertEquals(2, ReportWeight.points(CITIZEN, NOW.minus(Duration.ofDays(8)), NOW, WEEK));
    }

    @Test
    void aModeratorsReportCountsInFullWhateverTheAccountsAge() {
        assertEquals(2, ReportWeight.points(MODERATOR, NOW.minus(Duration.ofMinutes(5)), NOW, WEEK));
    }

    @Test
    void threeNewAccountsCannotHideWhatThreeEstablishedOnesDo() {
        int fresh = 3 * ReportWeight.points(CITIZEN, NOW.minusSeconds(60), NOW, WEEK);
        int established = 3 * ReportWeight.points(CITIZEN, NOW.minus(Duration.ofDays(30)), NOW, WEEK);
        assertFalse(ReportWeight.hides(fresh, 3));
        assertTrue(ReportWeight.hides(established, 3));
        assertTrue(ReportWeight.hides(6 * ReportWeight.points(CITIZEN, NOW.minusSeconds(60), NOW, WEEK), 3));
    }
}
