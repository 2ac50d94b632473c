package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.ProjectFiling;
import org.civitas.budget.ProjectInput;
import org.civitas.budget.RichText;
import org.civitas.budget.ProjectPhotos;
import org.civitas.budget.Views;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.Refusal;

/**
 * Filing a project. The fields are plain HTML inputs read from the request (as in the idea box's form): what
 * was typed is shown again with the reason when the service refuses it, and nothing is lost. The photo is a plain
 * file input too, read from the multipart request (an {@code h:inputFile} fails with a server error when a form is
 * posted without multipart); it is checked before the project is filed, so a refused photo files nothing (the
 * browser cannot keep a chosen file: the citizen chooses it again).
 */
@Named("budgetForm")
@RequestScoped
public class ProjectFormPage {

    @Inject
    ProjectFiling filing;
    @Inject
    ProjectPhotos photos;

    private long component;
    /** The project being completed (a draft, or a filed project before its study); 0 for a new one. */
    private long id;
    private List<String> categories;
    private boolean looked;
    private String title;
    private String description;
    private String category;
    private String envelope;
    private String cost;
    private String address;
    private String latitude;
    private String longitude;
    private String alt;

    /** The view action: the budget's categories, or why the form cannot be shown. */
    public void load() {
        looked = true;
        try {
            if (id > 0) {
                Views.ProjectView project = filing.forEditing(viewer(), id);
                component = project.componentId();
                title = project.title();
                description = RichText.editable(project.description());
                category = project.category();
                envelope = project.envelope();
                cost = Long.toString(project.cost());
                address = project.address();
                latitude = project.latitude() == null ? null : project.latitude().toString();
                longitude = project.longitude() == null ? null : project.longitude().toString();
            }
            categories = filing.categories(viewer(), component);
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        }
    }

    public void file() {
        save(false);
    }

    public void saveDraft() {
        save(true);
    }

    private void save(boolean draft) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String componentParam = form.get("component");
        component = componentParam != null && componentParam.matches("\\d{1,18}") ? Long.parseLong(componentParam) : 0;
        String idParam = form.get("id");
        id = idParam != null && idParam.matches("[1-9]\\d{0,17}") ? Long.parseLong(idParam) : 0;
        title = form.get("title");
        description = form.get("description");
        category = form.get("category");
        envelope = form.get("envelope");
        cost = form.get("cost");
        address = form.get("address");
        latitude = form.get("latitude");
        longitude = form.get("longitude");
        alt = form.get("alt");
        try {
            categories = filing.categories(viewer(), component);
            String digits = cost == null ? "" : cost.replaceAll("[\\s\\u00A0\\u202F€.]", "");
            Long euros = digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
            Part photo = Uploads.part("photo");
            byte[] picture = photo == null || photo.getSize() == 0 ? null : ProjectPhotos.read(photo.getInputStream());
            if (picture != null) {
                ProjectPhotos.check(picture, alt);
            }
            ProjectInput input = new ProjectInput(title, description, category, envelope, euros, address,
                    coordinate(latitude), coordinate(longitude));
            Views.ProjectView saved = id > 0 ? filing.edit(viewer(), id, input, !draft)
                    : filing.file(viewer(), component, input, draft);
            if (picture != null) {
                photos.put(viewer(), saved.id(), picture, alt);
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(), draft ? "form.saved" : "form.filed"));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + BudgetComponent.path(saved.id()));
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when blank; a French decimal comma is accepted; anything else is not a number, which the service refuses. */
    private static Double coordinate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private static org.civitas.spi.CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public long getComponent() { return component; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public void setComponent(long component) { this.component = component; }
    /**
     * Also on a postback, before the form is decoded: the page renders its form only when this is known, and
     * view parameters would arrive too late, so the budget's id is read from the form's hidden field.
     */
    public List<String> getCategories() {
        if (categories == null && !looked) {
            looked = true;
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("component");
            long budget = component > 0 ? component : posted != null && posted.matches("\\d{1,18}") ? Long.parseLong(posted) : 0;
            try {
                categories = filing.categories(viewer(), budget);
            } catch (Refusal refusal) {
                categories = null;
            }
        }
        return categories;
    }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCategory() { return category; }
    public String getEnvelope() { return envelope; }
    public String getCost() { return cost; }
    public String getAddress() { return address; }
    public String getLatitude() { return latitude; }
    public String getLongitude() { return longitude; }
    public String getAlt() { return alt; }

}
