package org.civitas.ideabox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.DateInput;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The idea box's REST API, under {@code /api/v1/ideabox}: citizens' and moderators' actions. */
@Path("ideabox")
@RequestScoped
@Tag(name = "Idea box")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaBoxResource {

    public record Text(String text) {
    }

    /** A comment, or a reply to the comment {@code replyTo}. */
    public record CommentInput(String text, Long replyTo) {
    }

    /** The version of the idea its author saw. */
    public record Withdrawal(Integer version) {
    }

    /** Take the idea ({@code me}), hand it to an agent ({@code agentId}), or release it (neither). */
    public record Assignment(boolean me, Long agentId) {
    }

    public record VersionedIdea(long id, int version) {
    }

    public record Bulk(List<VersionedIdea> ideas, Decision decision) {
    }

    public record ReasonInput(String label, String text, String labelEn, String textEn) {
    }

    public record SchemeInput(String name, String url, String message, String messageEn) {
    }

    @Inject
    IdeaReading reading;
    @Inject
    IdeaFiling filing;
    @Inject
    IdeaTriage triage;
    @Inject
    TriageQueue queue;
    @Inject
    IdeaTemplates templates;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    // ---- citizens ----

    @GET
    @Path("{componentId}/ideas")
    @Operation(summary = "Filed ideas of a box, filtered (category, district, status, from/to YYYY-MM-DD), "
            + "sorted by recent (default) or supports, 20 a page")
    public Views.IdeaList list(@PathParam("componentId") long componentId, @QueryParam("category") String category,
                               @QueryParam("district") String district, @QueryParam("status") String status,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("sort") @DefaultValue("recent") String sort,
                               @QueryParam("page") @DefaultValue("0") int page) {
        return reading.list(viewer(), componentId, new IdeaReading.Filter(category, district, status(status),
                date(from), date(to), sort, page));
    }

    @GET
    @Path("{componentId}/ideas/mine")
    @Operation(summary = "My ideas in this box, drafts included")
    public List<Views.IdeaSummary> mine(@PathParam("componentId") long componentId) {
        return reading.mine(viewer(), componentId);
    }

    @POST
    @Path("{componentId}/ideas")
    @Operation(summary = "File an idea (or save it as a draft only I see, with draft=true)")
    public Response file(@PathParam("componentId") long componentId, @QueryParam("draft") boolean draft, IdeaInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(filing.file(viewer(), componentId, body(input), draft)).build();
    }

    @GET
    @Path("ideas/{id}")
    @Operation(summary = "An idea with its public history and comments")
    public Views.IdeaView get(@PathParam("id") long id) {
        return reading.get(viewer(), id);
    }

    @PUT
    @Path("ideas/{id}")
    @Operation(summary = "Edit my draft (submit=true files it), or my filed idea while it is received or information "
            + "is requested, with the version I saw (version=N): 409 when it changed since")
    public Views.IdeaView edit(@PathParam("id") long id, @QueryParam("submit") boolean submit,
                               @QueryParam("version") Integer version, IdeaInput input) {
        return filing.edit(viewer(), id, body(input), submit, version);
    }

    @POST
    @Path("ideas/{id}/withdrawal")
    @Operation(summary = "Withdraw my idea while it is received or information is requested, with the version I saw: "
            + "it leaves the lists and the search; 409 when it changed since")
    public Views.IdeaView withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        return filing.withdraw(viewer(), id, body(withdrawal).version());
    }

    @PUT
    @Path("ideas/{id}/support")
    @Operation(summary = "Support an idea (once per account; following it is a separate choice)")
    public Views.IdeaView support(@PathParam("id") long id) {
        return filing.support(viewer(), id, true);
    }

    @DELETE
    @Path("ideas/{id}/support")
    @Operation(summary = "Withdraw my support")
    public Views.IdeaView unsupport(@PathParam("id") long id) {
        return filing.support(viewer(), id, false);
    }

    @PUT
    @Path("ideas/{id}/follow")
    @Operation(summary = "Follow an idea: notified in the portal and by e-mail at each decision")
    public Views.IdeaView follow(@PathParam("id") long id) {
        return filing.follow(viewer(), id, true);
    }

    @DELETE
    @Path("ideas/{id}/follow")
    @Operation(summary = "Stop following an idea")
    public Views.IdeaView unfollow(@PathParam("id") long id) {
        return filing.follow(viewer(), id, false);
    }

    @POST
    @Path("ideas/{id}/comments")
    @Operation(summary = "Comment on an idea (plain text), or reply to one of its comments (replyTo: its id)")
    public Response comment(@PathParam("id") long id, CommentInput input) {
        CommentInput c = body(input);
        return Response.status(Response.Status.CREATED).entity(filing.comment(viewer(), id, c.text(), c.replyTo())).build();
    }

    @PUT
    @Path("comments/{commentId}")
    @Operation(summary = "Change my comment: within 30 minutes of posting it, while nobody replied to it")
    public Views.CommentView editComment(@PathParam("commentId") long commentId, Text text) {
        return filing.editComment(viewer(), commentId, body(text).text());
    }

    @DELETE
    @Path("comments/{commentId}")
    @Operation(summary = "Delete my comment: within 30 minutes of posting it, while nobody replied to it")
    public Response deleteComment(@PathParam("commentId") long commentId) {
        filing.deleteComment(viewer(), commentId);
        return Response.noContent().build();
    }

    @POST
    @Path("ideas/{id}/answer")
    @Operation(summary = "Answer the information a moderator asked for: the idea goes back in the queue")
    public Views.IdeaView answer(@PathParam("id") long id, Text text) {
        return filing.answer(viewer(), id, body(text).text());
    }

    // ---- moderators ----

    @GET
    @Path("{componentId}/triage")
    @Operation(summary = "Triage queue (moderators): waiting ideas oldest first, with age against the target response "
            + "time and open reports; reported=true keeps reported ideas only")
    public Views.Queue queue(@PathParam("componentId") long componentId, @QueryParam("status") List<String> statuses,
                             @QueryParam("category") String category, @QueryParam("district") String district,
                             @QueryParam("minAgeDays") Integer minAgeDays, @QueryParam("assigned") String assigned,
                             @QueryParam("reported") boolean reported) {
        Set<Status> wanted = EnumSet.noneOf(Status.class);
        statuses.stream().filter(s -> !s.isBlank()).map(IdeaBoxResource::status).forEach(wanted::add);
        return queue.queue(viewer(), componentId, new TriageQueue.QueueFilter(wanted, category, district,
                minAgeDays, assigned, reported));
    }

    @GET
    @Path("triage")
    @Operation(summary = "Triage queue across every idea box the moderator triages, with each idea's box; same filters")
    public Views.Queue queueOfAllBoxes(@QueryParam("status") List<String> statuses, @QueryParam("category") String category,
                                       @QueryParam("district") String district, @QueryParam("minAgeDays") Integer minAgeDays,
                                       @QueryParam("assigned") String assigned, @QueryParam("reported") boolean reported) {
        Set<Status> wanted = EnumSet.noneOf(Status.class);
        statuses.stream().filter(s -> !s.isBlank()).map(IdeaBoxResource::status).forEach(wanted::add);
        return queue.queue(viewer(), null, new TriageQueue.QueueFilter(wanted, category, district,
                minAgeDays, assigned, reported));
    }

    @POST
    @Path("ideas/{id}/decision")
    @Operation(summary = "Decide on an idea (moderators): review, admissible, not_admissible, information, duplicate, "
            + "redirect, external. Carries the version seen: 409 when another moderator decided first")
    public Views.IdeaView decide(@PathParam("id") long id, Decision decision) {
        return triage.decide(viewer(), id, body(decision));
    }

    @GET
    @Path("ideas/{id}/originals")
    @Operation(summary = "Ideas of the same box whose title contains q (moderators): the candidates for the original of "
            + "this idea as a duplicate")
    public List<Views.IdeaSummary> originals(@PathParam("id") long id, @QueryParam("q") String q) {
        return triage.originals(viewer(), id, q);
    }

    @POST
    @Path("{componentId}/triage/bulk")
    @Operation(summary = "The same decision on several ideas (moderators); each is decided or refused on its own")
    public List<Views.BulkOutcome> bulk(@PathParam("componentId") long componentId, Bulk bulk) {
        Bulk b = body(bulk);
        Map<Long, Integer> versions = new LinkedHashMap<>();
        if (b.ideas() != null) {
            b.ideas().forEach(i -> versions.put(i.id(), i.version()));
        }
        return triage.decideAll(viewer(), componentId, versions, body(b.decision()),
                Languages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @PUT
    @Path("ideas/{id}/assignee")
    @Operation(summary = "Take an idea ({\"me\": true}), assign it to a directorate agent ({\"agentId\": 12}) or "
            + "release it ({\"me\": false})")
    public Views.IdeaView assign(@PathParam("id") long id, Assignment assignment) {
        Assignment a = body(assignment);
        return a.agentId() != null ? triage.assignToAgent(viewer(), id, a.agentId()) : triage.assign(viewer(), id, a.me());
    }

    @GET
    @Path("{componentId}/agents")
    @Operation(summary = "Directorate agents an idea of this box can be assigned to (moderators)")
    public List<Views.Agent> agents(@PathParam("componentId") long componentId) {
        return triage.agents(viewer(), componentId);
    }

    @GET
    @Path("assigned")
    @Operation(summary = "Ideas assigned to me (an agent, or a moderator who took them), across idea boxes")
    public List<Views.IdeaSummary> assigned() {
        return triage.assignedTo(viewer());
    }

    @GET
    @Path("ideas/{id}/notes")
    @Operation(summary = "Internal notes on an idea (its box's moderators and its assignee): never public")
    public List<Views.NoteView> notes(@PathParam("id") long id) {
        return triage.notes(viewer(), id);
    }

    @POST
    @Path("ideas/{id}/notes")
    @Operation(summary = "Add an internal note (its box's moderators and its assignee), recorded in the audit trail")
    public Response addNote(@PathParam("id") long id, Text text) {
        return Response.status(Response.Status.CREATED).entity(triage.addNote(viewer(), id, body(text).text())).build();
    }

    @GET
    @Path("{componentId}/destinations")
    @Operation(summary = "Component instances that take redirected ideas now")
    public List<Views.Destination> destinations(@PathParam("componentId") long componentId) {
        return triage.destinations(viewer(), componentId);
    }

    @GET
    @Path("{componentId}/reasons")
    @Operation(summary = "Standard reasons for \"not admissible\" (moderators)")
    public List<Views.Reason> reasons(@PathParam("componentId") long componentId) {
        return templates.reasons(viewer(), componentId);
    }

    @POST
    @Path("{componentId}/reasons")
    @Operation(summary = "Add a standard reason")
    public Response addReason(@PathParam("componentId") long componentId, ReasonInput input) {
        ReasonInput r = body(input);
        return Response.status(Response.Status.CREATED)
                .entity(templates.saveReason(viewer(), componentId, null, r.label(), r.text(), r.labelEn(), r.textEn())).build();
    }

    @PUT
    @Path("{componentId}/reasons/{id}")
    @Operation(summary = "Change a standard reason")
    public Views.Reason editReason(@PathParam("componentId") long componentId, @PathParam("id") long id, ReasonInput input) {
        ReasonInput r = body(input);
        return templates.saveReason(viewer(), componentId, id, r.label(), r.text(), r.labelEn(), r.textEn());
    }

    @GET
    @Path("{componentId}/schemes")
    @Operation(summary = "External schemes ideas can be sent to (moderators)")
    public List<Views.Scheme> schemes(@PathParam("componentId") long componentId) {
        return templates.schemes(viewer(), componentId);
    }

    @POST
    @Path("{componentId}/schemes")
    @Operation(summary = "Add an external scheme")
    public Response addScheme(@PathParam("componentId") long componentId, SchemeInput input) {
        SchemeInput s = body(input);
        return Response.status(Response.Status.CREATED)
                .entity(templates.saveScheme(viewer(), componentId, null, s.name(), s.url(), s.message(), s.messageEn())).build();
    }

    @PUT
    @Path("{componentId}/schemes/{id}")
    @Operation(summary = "Change an external scheme")
    public Views.Scheme editScheme(@PathParam("componentId") long componentId, @PathParam("id") long id, SchemeInput input) {
        SchemeInput s = body(input);
        return templates.saveScheme(viewer(), componentId, id, s.name(), s.url(), s.message(), s.messageEn());
    }

    @GET
    @Path("{componentId}/stats")
    @Operation(summary = "For the participation team: ideas per week, median time to first decision, decisions by type, "
            + "redirects by target")
    public Views.Stats stats(@PathParam("componentId") long componentId) {
        return queue.stats(viewer(), componentId);
    }

    /** Null when not signed in: the permission checks then answer "sign in" (401). */
    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "request.body.missing");
        }
        return body;
    }


    private static Status status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Status.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "filter.status.invalid", s);
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return DateInput.parse(s).orElseThrow(() -> Texts.refusal(Refusal.Kind.BAD_INPUT, "filter.date.invalid", s));
    }
}
