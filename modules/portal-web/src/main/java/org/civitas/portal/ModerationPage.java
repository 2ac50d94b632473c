package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

    private String reason;

    public List<ModerationQueueItem> getQueue() {
        return portal.isModerator() ? moderation.queue(portal.getCitizen()) : List.of();
    }

    public String decide(long caseId, int version, boolean remove) {
        try {
            moderation.decide(portal.required(), caseId, version, remove, reason);
            portal.info("moderation.decided");
            return "/moderation/queue?faces-redirect=true";
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
