package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civitas.core.Messages;
import org.civitas.core.moderation.Moderation;
import org.civitas.core.moderation.ModerationQueueItem;
import org.civitas.core.moderation.Report;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Moderation")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    public record ReportForm(String component, String contributionId, String reason, String details) {
    }

    public record DecisionForm(Integer version, String decision, String reason) {
    }

    @Inject
    Moderation moderation;
    @Inject
    Caller caller;

    @POST
    @Path("reports")
    @Operation(summary = "Report a contribution you can see (reason: SPAM, OFFENSIVE, OFF_TOPIC, PERSONAL_DATA, OTHER); "
            + "404 when it does not exist or is not visible to you")
    public Response report(ReportForm f) {
        ReportForm form = AuthResource.require(f);
        Report.Reason reason;
        try {
            reason = Report.Reason.valueOf(String.valueOf(form.reason()));
        } catch (IllegalArgumentException e) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.report.invalid");
        }
        return Response.status(201).entity(moderation.report(caller.required(), form.component(),
                form.contributionId(), reason, form.details())).build();
    }

    @GET
    @Path("moderation/queue")
    @Operation(summary = "Reported contributions awaiting a decision (moderators)")
    public List<ModerationQueueItem> queue() {
        return moderation.queue(caller.citizen().orElse(null));
    }

    @POST
    @Path("moderation/{id}/decision")
    @Operation(summary = "Decide on a reported contribution: RESTORE or REMOVE, with the version seen (409 if someone decided first)")
    public ModerationQueueItem decide(@PathParam("id") long id, DecisionForm f) {
        DecisionForm form = AuthResource.require(f);
        if (form.version() == null || !("REMOVE".equals(form.decision()) || "RESTORE".equals(form.decision()))) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", "version, decision (RESTORE|REMOVE)");
        }
        return moderation.decide(caller.required(), id, form.version(), "REMOVE".equals(form.decision()), form.reason());
    }
}
