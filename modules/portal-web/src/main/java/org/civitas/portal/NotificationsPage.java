package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.core.notification.Notification;
import org.civitas.core.notification.Notifications;

/** My notifications: decisions on what I filed or follow. Opening the page marks them read. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    Notifications notifications;
    @Inject
    Portal portal;

    private List<Notification.View> latest = List.of();
    private Long unread;

    public void load() {
        if (!portal.isSignedIn()) {
            portal.show(org.civitas.core.Messages.refusal(org.civitas.spi.Refusal.Kind.UNAUTHENTICATED, "permission.sign-in"), null);
            return;
        }
        latest = notifications.latest(portal.getCitizen(), portal.getLocale(), 100);
        notifications.markAllRead(portal.getCitizen());
    }

    /** For the navigation: how many are unread (once per request). */
    public long getUnread() {
        if (unread == null) {
            unread = portal.isSignedIn() ? notifications.unread(portal.getCitizen()) : 0L;
        }
        return unread;
    }

    public List<Notification.View> getLatest() {
        return latest;
    }
}
