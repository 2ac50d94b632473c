package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Citizens take part in a published consultation from its opening instant to (not including) its closing one. */
class ConsultationDatesTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T23:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-02-10T23:00:00Z");

    @Test
    void aPublishedConsultationIsOpenBetweenItsDatesThenClosed() {
        Consultation c = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        c.publish();
        assertFalse(c.isOpenAt(OPENS.minusSeconds(1)));
        assertFalse(c.isClosedAt(OPENS.minusSeconds(1)));
        assertTrue(c.isOpenAt(OPENS));
        assertTrue(c.isOpenAt(CLOSES.minusSeconds(1)));
        assertFalse(c.isOpenAt(CLOSES));
        assertTrue(c.isClosedAt(CLOSES));
    }

    @Test
    void aDraftIsNeverOpenNorClosed() {
        Consultation c = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        assertFalse(c.isOpenAt(OPENS.plusSeconds(60)));
        assertFalse(c.isClosedAt(CLOSES.plusSeconds(60)));
    }
}
