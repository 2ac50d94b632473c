package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.moderation.Moderation;
import org.civitas.core.moderation.ModerationFilter;
import org.civitas.core.moderation.ModerationQueueItem;
import org.civitas.core.moderation.ModerationViews;
import org.civitas.core.moderation.Report;
import org.civitas.spi.CitizenRef;
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

    public record CaseVersion(Long id, Integer version) {
    }

    public record BulkDecisionForm(List<CaseVersion> cases, String decision, String reason) {
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
    @Operation(summary = "Reported contributions awaiting a decision (moderators), most reported first, 20 a page; "
            + "filters: component, space (id), reason, waiting (LAST_DAY, LAST_WEEK, OVER_A_WEEK)")
    public ModerationViews.QueuePage queue(@QueryParam("component") String component, @QueryParam("space") String space,
                                           @QueryParam("reason") String reason, @QueryParam("waiting") String waiting,
                                           @QueryParam("page") String page) {
        return moderation.queue(caller.citizen().orElse(null), new ModerationFilter(component,
                space == null ? null : Long.valueOf(number(space, "space")), choice(Report.Reason.class, reason, "reason"),
                choice(ModerationFilter.Waiting.class, waiting, "waiting"), page == null ? 0 : (int) Math.min(number(page, "page"), 10_000)));
    }

    @GET
    @Path("moderation/{id}")
    @Operation(summary = "A reported contribution in full (moderators): excerpt, link, every report with its reporter's "
            + "record, and earlier decisions")
    public ModerationViews.CaseView moderationCase(@PathParam("id") long id) {
        return moderation.caseView(caller.citizen().orElse(null), id);
    }

    @POST
    @Path("moderation/decisions")
    @Operation(summary = "The same decision (RESTORE or REMOVE) on several cases, each with the version seen; cases "
            + "someone decided first are listed as conflicts and left as they were")
    public ModerationViews.BulkOutcome decideAll(BulkDecisionForm f) {
        // Who asks is checked before what they sent: a citizen learns nothing from a 400 about the form.
        CitizenRef moderator = Authority.moderator(caller.required());
        BulkDecisionForm form = AuthResource.require(f);
        if (form.cases() == null || !("REMOVE".equals(form.decision()) || "RESTORE".equals(form.decision()))
                || form.cases().stream().anyMatch(c -> c == null || c.id() == null || c.version() == null)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", "cases [{id, version}], decision (RESTORE|REMOVE)");
        }
        Map<Long, Integer> versions = new LinkedHashMap<>();
        form.cases().forEach(c -> versions.put(c.id(), c.version()));
        return moderation.decideAll(moderator, versions, "REMOVE".equals(form.decision()), form.reason());
    }

    /** A whole number from 0 to 10^12 given as text, or a 400 naming the parameter. */
    private static long number(String value, String name) {
        if (!value.matches("\\d{1,12}")) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", name);
        }
        return Long.parseLong(value);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.invalid", name);
        }
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
