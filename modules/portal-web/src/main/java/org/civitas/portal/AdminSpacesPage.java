package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** Administrators: every space, and a form to create one. */
@Named
@RequestScoped
public class AdminSpacesPage {

    @Inject
    Spaces spaces;
    @Inject
    Portal portal;

    private String slug;
    private String title;
    private String titleEn;
    private String description;
    private String descriptionEn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<SpaceView> all;

    public List<SpaceView> getSpaces() {
        if (all == null) {
            all = portal.isAdministrator() ? spaces.list(portal.getCitizen(), portal.getLocale()) : List.of();
        }
        return all;
    }

    public String create() {
        try {
            SpaceView created = spaces.create(portal.required(), slug, new LocalizedText(title, titleEn),
                    new LocalizedText(description, descriptionEn), startsOn, endsOn);
            portal.info("admin.space.created");
            return "/admin/space?faces-redirect=true&id=" + created.id();
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
