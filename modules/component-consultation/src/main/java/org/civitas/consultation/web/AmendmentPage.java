package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import org.civitas.consultation.AmendmentDecisions;
import org.civitas.consultation.AmendmentDesk;
import org.civitas.consultation.AmendmentViews;
import org.civitas.consultation.ConsultationComponent;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * An amendment's page: the differences from the version it was written on, its state in words, and what its reader
 * may do — decide it (a reason is required to reject), or, for its author, submit, withdraw, rewrite or promote it.
 * Each action reads the amendment's id from a hidden field, and shows the page again with the result.
 */
@Named("consultationAmendment")
@RequestScoped
public class AmendmentPage {

    @Inject
    AmendmentDesk desk;
    @Inject
    AmendmentDecisions decisions;

    private long id;
    private AmendmentViews.AmendmentView amendment;
    private boolean loaded;
    private String reason;
    private String reasonError;

    /** The view action, and on a postback before the forms are rendered: the id from the hidden field. */
    public void load() {
        getAmendment();
    }

    public AmendmentViews.AmendmentView getAmendment() {
        if (!loaded) {
            loaded = true;
            if (id == 0) {
                String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
                id = typed != null && typed.matches("\\d{1,18}") ? Long.parseLong(typed) : 0;
            }
            try {
                amendment = desk.get(Faces.viewer(), id);
            } catch (Refusal refusal) {
                Faces.refused(null, refusal);
            }
        }
        return amendment;
    }

    public void accept() {
        act(who -> decisions.accept(who, id), "amendment.done.accepted");
    }

    public void reject() {
        reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reason");
        try {
            if (getAmendment() != null) {
                amendment = decisions.reject(Faces.viewer(), id, reason);
                done("amendment.done.rejected");
            }
        } catch (Refusal refusal) {
            if ("consultation.amendment.reason".equals(refusal.code())) {
                reasonError = refusal.text().in(Faces.locale());
            } else {
                Faces.refused(null, refusal);
            }
        }
    }

    public void submit() {
        act(who -> desk.submit(who, id), "amendment.done.submitted");
    }

    public void withdraw() {
        act(who -> desk.withdraw(who, id), "amendment.done.withdrawn");
    }

    public void promote() {
        act(who -> desk.promote(who, id), "amendment.done.promoted");
    }

    private void act(Function<CitizenRef, AmendmentViews.AmendmentView> action, String done) {
        try {
            if (getAmendment() != null) {
                amendment = action.apply(Faces.viewer());
                done(done);
            }
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    private void done(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, PageTexts.text(Faces.locale(), key), null));
    }

    /** The state in the reader's words. */
    public String state() {
        return PageTexts.text(Faces.locale(), "amendment.state." + amendment.state());
    }

    public String proposalPath() {
        return amendment.proposalId() == null ? null : ConsultationComponent.proposalPath(amendment.proposalId());
    }

    public String consultationPath() {
        return ConsultationComponent.path(amendment.consultationId());
    }

    public String promotedPath() {
        return amendment.promotedTo() == null ? null : ConsultationComponent.proposalPath(amendment.promotedTo());
    }

    public boolean isActionable() {
        AmendmentViews.AmendmentView a = getAmendment();
        return a != null && (a.maySubmit() || a.mayWithdraw() || a.mayPromote());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getReason() { return reason; }
    public String getReasonError() { return reasonError; }
    /** The words a screen reader says before each removed or added run of a diff: not colour alone. */
    public Map<String, String> getSpoken() {
        return Map.of("REMOVED", PageTexts.text(Faces.locale(), "amendment.diff.removed"),
                "ADDED", PageTexts.text(Faces.locale(), "amendment.diff.added"));
    }
}
