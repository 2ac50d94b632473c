package org.civitas.ideabox.web;

import org.civitas.ideabox.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.ideabox.IdeaInput;
import org.civitas.ideabox.IdeaBoxComponent;
import org.civitas.ideabox.IdeaFiling;
import org.civitas.ideabox.IdeaReading;
import org.civitas.ideabox.Status;
import org.civitas.ideabox.Views;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/**
 * Filing an idea, or editing one's draft or waiting idea ({@code id}, at the {@code version} shown); what was typed
 * stays in the form when it is refused.
 */
@Named("ideaForm")
@RequestScoped
public class IdeaFormPage {

    @Inject
    IdeaReading reading;
    @Inject
    IdeaFiling filing;
    @Inject
    ComponentAccess access;

    private long component;
    private Long id;
    private String title;
    private String body;
    private String category;
    private String district;
    private String address;
    private Double latitude;
    private Double longitude;
    private List<String> categories = List.of();
    private boolean loaded;
    /** Set when editing a filed idea: the version its author saw, and that it is filed (no draft button then). */
    private Integer version;
    private boolean filed;

    /** On first display: the box's categories, and the idea's content when editing a draft or a waiting idea. */
    public void load() {
        CitizenRef viewer = Faces.viewer();
        try {
            if (id != null) {
                Views.IdeaView draft = reading.get(viewer, id);
                if (!draft.mine() || (draft.status() != Status.DRAFT && !draft.status().isChangeableByAuthor())) {
                    Faces.redirect(IdeaBoxComponent.path(id));
                    return;
                }
                component = draft.componentId();
                filed = draft.status() != Status.DRAFT;
                if (title == null) {
                    version = draft.version();
                    title = draft.title();
                    body = draft.body();
                    category = draft.category();
                    district = draft.district();
                    address = draft.address();
                    latitude = draft.latitude();
                    longitude = draft.longitude();
                }
            }
            categories = IdeaBoxComponent.categories(access.component(IdeaBoxComponent.ID, component, viewer));
            loaded = true;
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    public void file() {
        save(false);
    }

    public void saveDraft() {
        save(true);
    }

    /**
     * The fields are plain HTML inputs read here, not Faces inputs: a Faces select would check the submitted
     * category against its options before the view parameters say which box they come from.
     */
    private void save(boolean draft) {
        CitizenRef viewer = Faces.viewer();
        component = Faces.id(component, "component");
        long draftId = Faces.id(id == null ? 0 : id, "id");
        id = draftId > 0 ? draftId : null;
        title = Faces.param("title");
        body = Faces.param("body");
        category = Faces.param("category");
        district = Faces.param("district");
        address = Faces.param("address");
        String seen = Faces.param("version");
        version = seen == null || !seen.matches("\\d{1,9}") ? null : Integer.valueOf(seen);
        load();
        try {
            latitude = coordinate(Faces.param("latitude"));
            longitude = coordinate(Faces.param("longitude"));
            IdeaInput input = new IdeaInput(title, body, category, district, address, latitude, longitude);
            Views.IdeaView saved = id == null ? filing.file(viewer, component, input, draft)
                    : filing.edit(viewer, id, input, !draft, version);
            Faces.done(Faces.text(filed ? "form.changed" : draft ? "form.saved" : "form.filed"));
            Faces.redirect(IdeaBoxComponent.path(saved.id()));
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    /** Null when blank; a French decimal comma is accepted. */
    private static Double coordinate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.place.invalid");
        }
    }


    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public List<String> getCategories() { return categories; }
    public boolean isLoaded() { return loaded; }
    public Integer getVersion() { return version; }
    public boolean isFiled() { return filed; }
}
