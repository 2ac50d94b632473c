package org.civitas.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civitas.core.notification.Digest;
import org.civitas.core.notification.NotificationSettings;
import org.civitas.core.notification.Notifications;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;

/** My notification settings: which kinds I hear of, and whether e-mails come one by one, as a digest, or not. */
@Named
@ViewScoped
public class NotificationSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Notifications notifications;
    @Inject
    Portal portal;

    private boolean contribution;
    private boolean followed;
    private boolean ballot;
    private Digest digest;

    @PostConstruct
    void load() {
        if (portal.isSignedIn()) {
            NotificationSettings.View settings = notifications.settings(portal.getCitizen());
            contribution = settings.kinds().contains(Notifier.Kind.CONTRIBUTION);
            followed = settings.kinds().contains(Notifier.Kind.FOLLOWED);
            ballot = settings.kinds().contains(Notifier.Kind.BALLOT);
            digest = settings.digest();
        }
    }

    public String save() {
        Set<Notifier.Kind> kinds = EnumSet.noneOf(Notifier.Kind.class);
        if (contribution) {
            kinds.add(Notifier.Kind.CONTRIBUTION);
        }
        if (followed) {
            kinds.add(Notifier.Kind.FOLLOWED);
        }
        if (ballot) {
            kinds.add(Notifier.Kind.BALLOT);
        }
        try {
            notifications.changeSettings(portal.required(), kinds, digest);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
            return null;
        }
        portal.info("notification-settings.saved");
        return "/account/notification-settings?faces-redirect=true";
    }

    public List<Digest> getDigests() {
        return List.of(Digest.values());
    }

    public boolean isContribution() { return contribution; }
    public void setContribution(boolean contribution) { this.contribution = contribution; }
    public boolean isFollowed() { return followed; }
    public void setFollowed(boolean followed) { this.followed = followed; }
    public boolean isBallot() { return ballot; }
    public void setBallot(boolean ballot) { this.ballot = ballot; }
    public Digest getDigest() { return digest; }
    public void setDigest(Digest digest) { this.digest = digest; }
}
