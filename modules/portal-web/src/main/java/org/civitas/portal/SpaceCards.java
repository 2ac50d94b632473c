package org.civitas.portal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.civitas.core.space.SpaceView;

/**
 * The home page's cards: each space with its picture, its current step and that step's dates in the reader's
 * language, and where it stands among its steps. Pure, so it is tested alone.
 */
public final class SpaceCards {

    /** When a space runs, seen from the city's today. */
    public enum When { OPEN, UPCOMING, CLOSED }

    /** One step of the progress line; {@code state} is {@code done}, {@code current} or {@code upcoming}. */
    public record Step(String title, String state, String stateLabel) {
    }

    public record Card(String slug, String title, String description, String image, When when, String phase,
                       String phaseDates, String spaceDates, List<Step> steps) {
    }

    private final Locale locale;
    private final LocalDate today;
    private final ResourceBundle texts;
    private final DateTimeFormatter dates;

    public SpaceCards(Locale locale, LocalDate today) {
        this.locale = locale;
        this.today = today;
        this.texts = ResourceBundle.getBundle("org.civitas.theme.messages", locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public Card card(SpaceView space) {
        SpaceView.PhaseView current = space.phases().stream().filter(SpaceView.PhaseView::current).findFirst().orElse(null);
        List<Step> steps = new ArrayList<>();
        String state = current == null ? "upcoming" : "done";
        for (SpaceView.PhaseView p : space.phases()) {
            if (p.current()) {
                state = "current";
            }
            steps.add(new Step(p.title(), state, texts.getString("home.step." + state)));
            if (p.current()) {
                state = "upcoming";
            }
        }
        return new Card(space.slug(), space.title(), space.description(), image(space), when(space),
                current == null ? null : current.title(),
                current == null ? null : period(current.startsOn(), current.endsOn()),
                period(space.startsOn(), space.endsOn()), steps);
    }

    When when(SpaceView space) {
        if (space.startsOn() != null && space.startsOn().isAfter(today)) {
            return When.UPCOMING;
        }
        return space.endsOn() != null && space.endsOn().isBefore(today) ? When.CLOSED : When.OPEN;
    }

    /** "du 15 janvier 2026 au 31 décembre 2027", "from 15 January 2026", or null without dates. */
    String period(LocalDate from, LocalDate to) {
        if (from == null) {
            return null;
        }
        String key = to == null ? "home.dates.from" : "home.dates.between";
        return new MessageFormat(texts.getString(key), locale)
                .format(new Object[] {dates.format(from), to == null ? "" : dates.format(to)});
    }

    /** The theme's picture for the space's first component with one of its own, else the city's. */
    private static String image(SpaceView space) {
        return space.components().stream().map(c -> SpacePage.pictureOf(c.manifestId()))
                .filter(image -> !image.equals(SpacePage.CITY)).findFirst().orElse(SpacePage.CITY);
    }
}
