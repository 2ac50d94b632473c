package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.core.Messages;
import org.civitas.spi.Refusal;
import org.civitas.core.account.Accounts;
import org.civitas.core.account.Profile;
import org.civitas.core.account.ProfileChange;
import org.civitas.core.notification.Notification;
import org.civitas.core.notification.Digest;
import org.civitas.core.notification.NotificationSettings;
import org.civitas.core.notification.Notifications;
import org.civitas.spi.Notifier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record ProfileUpdate(String pseudonym, LocalDate birthDate, String address, String district,
                                Boolean newsletterConsent, String locale) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The kinds of notice wanted ({@code CONTRIBUTION}, {@code FOLLOWED}, {@code BALLOT}) and how they are e-mailed. */
    public record NotificationSettingsChange(List<String> kinds, String digest) {
    }

    @Inject
    Accounts accounts;
    @Inject
    Caller caller;
    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "My profile")
    public Profile me() {
        return accounts.profile(caller.required().id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update my profile (pseudonym, birth date, residence address and district, consents)")
    public Profile update(ProfileUpdate u) {
        ProfileUpdate req = AuthResource.require(u);
        return accounts.updateProfile(caller.required().id(), new ProfileChange(req.pseudonym(), req.birthDate(),
                req.address(), req.district(), Boolean.TRUE.equals(req.newsletterConsent()),
                req.locale() == null ? caller.locale().getLanguage() : req.locale()));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password (current and new); every other session's token is revoked")
    public Response changePassword(PasswordChange c) {
        PasswordChange req = AuthResource.require(c);
        accounts.changePassword(caller.required().id(), caller.token(), req.currentPassword(), req.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("/export")
    @Operation(summary = "Download all my data (GDPR)")
    public Response export() {
        Map<String, Object> data = accounts.export(caller.required().id());
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"civitas-mes-donnees.json\"").build();
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "My latest notifications (decisions on what I filed or follow), newest first")
    public List<Notification.View> notifications(@QueryParam("max") @DefaultValue("50") int max) {
        return notifications.latest(caller.required(), caller.locale(), Math.max(1, Math.min(max, 200)));
    }

    @GET
    @Path("/notification-settings")
    @Operation(summary = "My notification settings: the kinds I hear of, and e-mails at once, as a daily or weekly digest, or none")
    public NotificationSettings.View notificationSettings() {
        return notifications.settings(caller.required());
    }

    @PUT
    @Path("/notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my notification settings")
    public NotificationSettings.View changeNotificationSettings(NotificationSettingsChange c) {
        NotificationSettingsChange req = AuthResource.require(c);
        try {
            Set<Notifier.Kind> kinds = req.kinds() == null ? null : req.kinds().stream().map(Notifier.Kind::valueOf)
                    .collect(Collectors.toSet());
            return notifications.changeSettings(caller.required(), kinds, req.digest() == null ? null : Digest.valueOf(req.digest()));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "notification.settings.invalid");
        }
    }

    @POST
    @Path("/notifications/read")
    @Operation(summary = "Mark all my notifications as read")
    public Response markNotificationsRead() {
        notifications.markAllRead(caller.required());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Erase my account: personal data deleted, contributions kept anonymised")
    public Response erase() {
        accounts.erase(caller.required().id());
        return Response.noContent().build();
    }
}
