package org.civitas.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and numbers as a French or an English reader writes them, on the city's clock. */
class FormatsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 1, 15);
        assertEquals("15 janvier 2026", Formats.date(day, Locale.FRENCH, PARIS));
        assertEquals("January 15, 2026", Formats.date(day, Locale.ENGLISH, PARIS));
        assertEquals("", Formats.date(null, Locale.FRENCH, PARIS));
    }

    @Test
    void instantsAreReadOnTheCitysClockNotUtc() {
        // 23:30 UTC on 31 December is already New Year's Day in Paris
        Instant late = Instant.parse("2026-12-31T23:30:00.123456789Z");
        assertEquals("1 janvier 2027", Formats.date(late, Locale.FRENCH, PARIS));
        assertEquals("1 janvier 2027 00:30", Formats.dateTime(late, Locale.FRENCH, PARIS));
        // the space before AM is a narrow no-break one from JDK 20 on
        assertEquals("January 1, 2027, 12:30 AM", Formats.dateTime(late, Locale.ENGLISH, PARIS).replace('\u202F', ' '));
    }

    @Test
    void numbersAndMonthsAreWrittenInTheReadersLanguage() {
        assertEquals("1\u202F234,5", Formats.number(1234.5, Locale.FRENCH));
        assertEquals("1,234.5", Formats.number(1234.5, Locale.ENGLISH));
        assertEquals("décembre 2026", Formats.month("2026-12", Locale.FRENCH));
        assertEquals("December 2026", Formats.month("2026-12", Locale.ENGLISH));
        assertEquals("not a month", Formats.month("not a month", Locale.FRENCH));
    }

    @Test
    void periodsReadAsASentence() {
        LocalDate from = LocalDate.of(2026, 1, 15);
        LocalDate to = LocalDate.of(2027, 12, 31);
        assertEquals("Du 15 janvier 2026 au 31 décembre 2027", Formats.period(from, to, Locale.FRENCH));
        assertEquals("From January 15, 2026 to December 31, 2027", Formats.period(from, to, Locale.ENGLISH));
        assertEquals("À partir du 15 janvier 2026", Formats.period(from, null, Locale.FRENCH));
    }
}
