package org.civitas.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.civitas.core.moderation.Moderation;
import org.civitas.core.moderation.Report;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;

/**
 * Reporting any contribution to the moderators, for every component: a component's page links here with
 * {@code component}, {@code id} and the page to return to ({@code back}); the title shown is the component's.
 */
@Named
@RequestScoped
public class ReportPage {

    @Inject
    Moderation moderation;
    @Inject
    Portal portal;

    private String component;
    private String id;
    private Reportable target;
    private boolean looked;
    private String back;
    private String reason;
    private String details;

    /**
     * The page's subject comes from the request, as the link's query or the form's hidden fields: view
     * parameters would reach the bean only after the form that needs them was skipped on a postback.
     */
    @PostConstruct
    void read() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        component = request.get("component");
        id = request.get("id");
        back = request.get("back");
    }

    public String send() {
        try {
            Report.Reason why = reason == null || reason.isBlank() ? null : Report.Reason.valueOf(reason);
            moderation.report(portal.required(), component, id, why, details);
            portal.info("report.sent");
            return ReturnPath.outcome(back);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    public List<Report.Reason> getReasons() {
        return List.of(Report.Reason.values());
    }

    public String getComponent() { return component; }
    public String getId() { return id; }

    /** Before the page renders (a view action): says why, at the top of the page, when this cannot be reported. */
    public void look() {
        try {
            if (portal.isSignedIn()) {
                target = moderation.reportable(portal.getCitizen(), component, id);
            }
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
        looked = true;
    }

    /** What is reported, or null when the citizen may not report it. */
    public Reportable getTarget() {
        if (!looked) {
            looked = true;
            try {
                target = portal.isSignedIn() ? moderation.reportable(portal.getCitizen(), component, id) : null;
            } catch (Refusal refusal) {
                target = null;
            }
        }
        return target;
    }
    public String getBack() { return back; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
