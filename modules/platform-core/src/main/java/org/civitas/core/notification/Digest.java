package org.civitas.core.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** How a citizen's notices reach them by e-mail: one mail each, a daily or weekly digest, or none. */
public enum Digest {
    IMMEDIATE, DAILY, WEEKLY, NONE;

    /** The span a digest covers: notices from {@code start} (included) to {@code end} (excluded). */
    public record Period(Instant start, Instant end) {

        public boolean endedBy(Instant now) {
            return !end.isAfter(now);
        }
    }

    /** Whether the notices wait for a digest rather than going out one by one (or not at all). */
    public boolean gathers() {
        return this == DAILY || this == WEEKLY;
    }

    /**
     * The period holding {@code at}, in the city's time: a calendar day from midnight, or a week from Monday
     * midnight. One digest per person and period is ever sent (its start is the key in {@code core_digest}),
     * once the period has ended; a day that changes clock time lasts 23 or 25 hours.
     */
    public Period period(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        LocalDate first = switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> throw new IllegalStateException(this + " gathers nothing");
        };
        LocalDate next = this == DAILY ? first.plusDays(1) : first.plusWeeks(1);
        return new Period(first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
    }
}
