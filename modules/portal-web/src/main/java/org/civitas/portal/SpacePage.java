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

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public SpaceView getSpace() { return space; }
}
