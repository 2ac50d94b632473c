package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void datesAreHistoryOnceTheSynthesisOrTheDecisionIsPublished() {
        Instant after = CLOSES.plusSeconds(86_400);
        Consultation c = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        c.publish();
        assertNull(c.refusedDates(OPENS, CLOSES.minusSeconds(86_400), after, true), "closing early is allowed");
        c.synthesise("<p>Synthèse</p>", after);
        assertEquals("consultation.dates-outcome", c.refusedDates(OPENS, after.plusSeconds(864_000), after, true));
        assertEquals("consultation.dates-outcome", c.refusedDates(OPENS.minusSeconds(86_400), CLOSES, after, false));
        assertNull(c.refusedDates(OPENS, CLOSES, after, true), "the same dates, with a corrected title");
        Consultation decided = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        decided.publish();
        decided.decide("<p>Décision</p>", 1, after);
        assertEquals("consultation.dates-outcome", decided.refusedDates(OPENS, after.plusSeconds(864_000), after, false));
    }

    @Test
    void theOpeningIsNotPutOffPastTodayOnceSomeoneTookPart() {
        Instant now = OPENS.plusSeconds(5 * 86_400);
        Instant tomorrow = now.plusSeconds(86_400);
        Consultation c = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        c.publish();
        assertEquals("consultation.dates-participation", c.refusedDates(tomorrow, CLOSES, now, true));
        assertNull(c.refusedDates(tomorrow, CLOSES, now, false), "nobody took part yet");
        assertNull(c.refusedDates(OPENS.minusSeconds(86_400), CLOSES, now, true), "an earlier opening hides nothing");
        assertNull(c.refusedDates(OPENS, CLOSES.plusSeconds(86_400), now, true), "a later closing hides nothing");
        Consultation draft = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", OPENS, CLOSES, 1, OPENS);
        assertNull(draft.refusedDates(tomorrow, CLOSES, now, true));
    }
}
