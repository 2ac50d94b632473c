package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.Refusal;

/** A space's public page: description, phases, components. */
@Named
@RequestScoped
public class SpacePage {

    @Inject
    Spaces spaces;
    @Inject
    Portal portal;

    private String slug;
    private SpaceView space;

    public void load() {
        try {
            space = spaces.get(portal.getCitizen(), slug, portal.getLocale());
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
    }

    /** The theme's picture for a kind of component (a city's theme can replace them), the city for the others. */
    public String image(String manifestId) {
        return pictureOf(manifestId);
    }

    static String pictureOf(String manifestId) {
        return "budget".equals(manifestId) || "ideabox".equals(manifestId) ? "img/" + manifestId + ".svg" : CITY;
    }

    static final String CITY = "img/city.svg";

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public SpaceView getSpace() { return space; }
}
