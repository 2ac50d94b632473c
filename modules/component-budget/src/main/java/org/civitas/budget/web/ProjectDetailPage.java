package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.CoConstruction;
import org.civitas.budget.ProjectFiling;
import org.civitas.budget.ProjectPhotos;
import org.civitas.budget.RichText;
import org.civitas.budget.Views;
import org.civitas.spi.Refusal;

/** A project's page: the project, its credited authors, where it went if merged, its history, and following it. */
@Named("budgetProject")
@RequestScoped
public class ProjectDetailPage {

    @Inject
    ProjectFiling filing;
    @Inject
    CoConstruction coConstruction;
    @Inject
    ProjectPhotos photos;

    private long id;
    private Views.ProjectPage page;
    private boolean looked;

    /** The view action. */
    public void load() {
        page();
    }

    /**
     * Also on a postback, before the form is decoded: the follow form is rendered only when the project is known,
     * and the view parameter would arrive too late, so the project's id is read from the form's hidden field.
     */
    public Views.ProjectPage getPage() {
        return page();
    }

    private Views.ProjectPage page() {
        if (!looked) {
            looked = true;
            try {
                page = filing.page(BudgetPages.viewer(), projectId());
            } catch (Refusal refusal) {
                BudgetPages.refused(refusal);
            }
        }
        return page;
    }

    /** The description as HTML, sanitised again here because the page writes it unescaped. */
    public String getDescription() {
        return page() == null ? "" : RichText.html(page.project().description());
    }

    /**
     * Where the photo is read from: the API for a filed project (its address changes with each new photo, so it may
     * be cached); inside the page for a draft, whose author the API would not recognise from the portal's session.
     */
    public String getPhotoSource() {
        Views.ProjectView project = page() == null ? null : page.project();
        if (project == null || project.photo() == null) {
            return null;
        }
        if (!"DRAFT".equals(project.status())) {
            return "/api/v1/budget/projects/" + project.id() + "/photo?v=" + project.photo().uploadedAt().toEpochMilli();
        }
        try {
            ProjectPhotos.Stored photo = photos.get(BudgetPages.viewer(), project.id());
            return "data:" + photo.mediaType() + ";base64," + java.util.Base64.getEncoder().encodeToString(photo.bytes());
        } catch (Refusal gone) {
            return null;
        }
    }

    public boolean isSignedIn() {
        return BudgetPages.viewer() != null;
    }

    public void follow() {
        follow(true);
    }

    public void unfollow() {
        follow(false);
    }

    private void follow(boolean on) {
        long project = projectId();
        try {
            coConstruction.follow(BudgetPages.viewer(), project, on);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(BudgetPages.locale(), on ? "project.followed" : "project.unfollowed"), null));
            external.redirect(external.getRequestContextPath() + BudgetComponent.path(project));
        } catch (Refusal refusal) {
            BudgetPages.refused(refusal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long projectId() {
        if (id > 0) {
            return id;
        }
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        return posted != null && posted.matches("\\d{1,18}") ? Long.parseLong(posted) : 0;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
