package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates and numbers as the reader writes them, in the city's time zone, for every page of the portal,
 * components' pages included: {@code #{fmt.date(x)}}, {@code #{fmt.dateTime(x)}}, {@code #{fmt.number(x)}},
 * {@code #{fmt.month('2026-12')}}, {@code #{fmt.period(from, to)}}. People never read an ISO instant.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    Portal portal;
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    /** "15 janvier 2026", "January 15, 2026"; an instant is read on the city's clock. */
    public String date(Object value) {
        return date(value, portal.getLocale(), zone());
    }

    /** "15 janvier 2026 14:30", "January 15, 2026, 2:30 PM". */
    public String dateTime(Object value) {
        return dateTime(value, portal.getLocale(), zone());
    }

    /** "1 234,5", "1,234.5". */
    public String number(Number value) {
        return number(value, portal.getLocale());
    }

    /** A search facet's month ({@code 2026-12}) as "décembre 2026", "December 2026". */
    public String month(String value) {
        return month(value, portal.getLocale());
    }

    /** "Du 15 janvier 2026 au 31 décembre 2027", or "À partir du 15 janvier 2026" without an end. */
    public String period(LocalDate from, LocalDate to) {
        return period(from, to, portal.getLocale());
    }

    /** The city's time zone, in which instants are read. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    static String date(Object value, Locale locale, ZoneId zone) {
        TemporalAccessor at = temporal(value, zone);
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at);
    }

    static String dateTime(Object value, Locale locale, ZoneId zone) {
        TemporalAccessor at = temporal(value, zone);
        if (at instanceof LocalDate) {
            return date(at, locale, zone);
        }
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(at);
    }

    static String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    static String month(String value, Locale locale) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(value));
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            return value == null ? "" : value;
        }
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.civitas.theme.messages", locale);
        return to == null
                ? new MessageFormat(texts.getString("period.from"), locale).format(new Object[] {date(from, locale, null)})
                : new MessageFormat(texts.getString("period.between"), locale)
                        .format(new Object[] {date(from, locale, null), date(to, locale, null)});
    }

    /** The value as a date-time on the city's clock (an instant), or as it is (local dates and times). */
    private static TemporalAccessor temporal(Object value, ZoneId zone) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone == null ? ZoneId.systemDefault() : zone);
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        return null;
    }
}
