package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.civitas.core.Messages;
import org.civitas.core.moderation.Moderation;
import org.civitas.core.moderation.ModerationQueueItem;
import org.civitas.spi.Refusal;

/** Moderators: reported contributions awaiting a decision. */
@Named
@RequestScoped
public class ModerationPage {

    @Inject
    Moderation moderation;
    @Inject
    Portal portal;

    public List<ModerationQueueItem> getQueue() {
        return portal.isModerator() ? moderation.queue(portal.getCitizen()) : List.of();
    }

    public String restore() {
        return decide(false);
    }

    public String remove() {
        return decide(true);
    }

    /**
     * The case, the version seen and the reason are plain fields of the row's form, read from the request:
     * Faces inputs inside a repeated form would share one value and lose the one typed.
     */
    private String decide(boolean remove) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String caseId = form.get("case");
        String version = form.get("version");
        if (caseId == null || !caseId.matches("\\d{1,18}") || version == null || !version.matches("\\d{1,9}")) {
            portal.show(Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found"), null);
            return null;
        }
        try {
            moderation.decide(portal.required(), Long.parseLong(caseId), Integer.parseInt(version), remove, form.get("reason"));
            portal.info("moderation.decided");
            return "/moderation/queue?faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }
}
