package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.civitas.core.space.Spaces;

/** The home page: what is open now, what comes next, and what has closed, as cards. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Spaces spaces;
    @Inject
    Portal portal;
    @Inject
    Formats fmt;

    private List<SpaceCards.Card> cards;

    public List<SpaceCards.Card> getSpaces() {
        if (cards == null) {
            SpaceCards make = new SpaceCards(portal.getLocale(), LocalDate.now(fmt.zone()));
            cards = spaces.list(null, portal.getLocale()).stream().map(make::card).toList();
        }
        return cards;
    }

    public List<SpaceCards.Card> getOpen() {
        return getSpaces().stream().filter(c -> c.when() == SpaceCards.When.OPEN).toList();
    }

    public List<SpaceCards.Card> getUpcoming() {
        return getSpaces().stream().filter(c -> c.when() == SpaceCards.When.UPCOMING).toList();
    }

    public List<SpaceCards.Card> getClosed() {
        return getSpaces().stream().filter(c -> c.when() == SpaceCards.When.CLOSED).toList();
    }
}
