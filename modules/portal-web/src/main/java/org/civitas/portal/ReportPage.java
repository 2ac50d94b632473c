package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
    private String back;
    private String reason;
    private String details;

    public String send() {
        try {
            Report.Reason why = reason == null || reason.isBlank() ? null : Report.Reason.valueOf(reason);
            moderation.report(portal.required(), component, id, why, details);
            portal.info("report.sent");
            return safeBack() + (safeBack().contains("?") ? "&" : "?") + "faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    /** Only a page of this portal: the return address comes from the request. */
    private String safeBack() {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/index";
    }

    public List<Report.Reason> getReasons() {
        return List.of(Report.Reason.values());
    }

    public String getComponent() { return component; }
    public void setComponent(String component) { this.component = component; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }

    /** What is reported, or null (with the reason shown) when the citizen may not report it. */
    public Reportable getTarget() {
        if (target == null && portal.isSignedIn()) {
            try {
                target = moderation.reportable(portal.getCitizen(), component, id);
            } catch (Refusal refusal) {
                portal.show(refusal, null);
            }
        }
        return target;
    }
    public String getBack() { return back; }
    public void setBack(String back) { this.back = back; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
