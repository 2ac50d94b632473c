package org.civitas.spi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates people type, checked at the edge: the ISO form (YYYY-MM-DD), from 1900 to 2199. Java reads years up to
 * ±999,999,999, which PostgreSQL cannot store and date arithmetic overflows on; no date of the city's life is
 * outside this range.
 */
public final class DateInput {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private DateInput() {
    }

    /** The date written in {@code value}, or empty when it is not a date within range. */
    public static Optional<LocalDate> parse(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip())).filter(DateInput::inRange);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
