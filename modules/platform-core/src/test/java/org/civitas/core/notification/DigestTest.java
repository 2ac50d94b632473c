package org.civitas.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDailyDigestCoversTheCalendarDayInTheCitysTime() {
        // 23:30 UTC on 1 December is already 2 December in Paris.
        Digest.Period day = Digest.DAILY.period(Instant.parse("2026-12-01T23:30:00Z"), PARIS);
        assertEquals(Instant.parse("2026-12-01T23:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-12-02T23:00:00Z"), day.end());
        assertFalse(day.endedBy(Instant.parse("2026-12-02T22:59:59Z")), "not sent before the day is over");
        assertTrue(day.endedBy(Instant.parse("2026-12-02T23:00:00Z")));
        assertEquals(day, Digest.DAILY.period(Instant.parse("2026-12-02T22:59:59Z"), PARIS), "one period, one digest");
    }

    @Test
    void aWeeklyDigestRunsFromMondayToMonday() {
        Digest.Period week = Digest.WEEKLY.period(Instant.parse("2026-12-06T20:00:00Z"), PARIS); // a Sunday
        assertEquals(Instant.parse("2026-11-29T23:00:00Z"), week.start()); // Monday 30 November, midnight in Paris
        assertEquals(Duration.ofDays(7), Duration.between(week.start(), week.end()));
        assertEquals(week, Digest.WEEKLY.period(week.start(), PARIS), "Monday midnight opens the week");
        assertEquals(week.end(), Digest.WEEKLY.period(week.end(), PARIS).start(), "weeks follow each other");
    }

    @Test
    void theDayTheClocksChangeIsOneDigest() {
        Digest.Period day = Digest.DAILY.period(Instant.parse("2026-03-29T12:00:00Z"), PARIS);
        assertEquals(Duration.ofHours(23), Duration.between(day.start(), day.end()));
    }

    @Test
    void onlyDailyAndWeeklyGather() {
        assertTrue(Digest.DAILY.gathers() && Digest.WEEKLY.gathers());
        assertFalse(Digest.IMMEDIATE.gathers() || Digest.NONE.gathers());
        assertThrows(IllegalStateException.class, () -> Digest.NONE.period(Instant.now(), PARIS));
    }
}
