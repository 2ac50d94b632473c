package org.civitas.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proposals' REST API under {@code /api/v1/consultation}: proposals, votes with arguments, comments and follows.
 * Every rule is in the services.
 */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    /** A vote: {@code agree}, {@code mixed} or {@code disagree}, with an optional argument. */
    public record VoteForm(String stance, String argument) {
    }

    /** A comment, or a reply to the comment {@code parent}. */
    public record CommentForm(String body, Long parent) {
    }

    @Inject
    ProposalFiling filing;
    @Inject
    ProposalQuery query;
    @Inject
    Reactions reactions;
    @Inject
    Discussion discussion;
    @Inject
    Following following;
    @Context
    SecurityContext security;

    @POST
    @Path("consultations/{id}/proposals")
    @Operation(summary = "Propose, under a section or a question, while the consultation is open (draft=true keeps it private)")
    public Response propose(@PathParam("id") long consultationId, @QueryParam("draft") boolean draft, ProposalInput input) {
        return Response.status(Response.Status.CREATED).entity(filing.propose(viewer(), consultationId, input, draft)).build();
    }

    @GET
    @Path("consultations/{id}/proposals")
    @Operation(summary = "A consultation's proposals, 20 a page; sort: recent, supported, discussed, divisive or random "
            + "(shuffled by the reader's account, or by seed when not signed in)")
    public ProposalViews.ProposalList list(@PathParam("id") long consultationId, @QueryParam("sort") String sort,
                                           @QueryParam("section") Long section, @QueryParam("question") Long question,
                                           @QueryParam("page") int page, @QueryParam("seed") long seed) {
        return query.list(viewer(), consultationId, sort, section, question, page, seed);
    }

    @GET
    @Path("proposals/{id}")
    @Operation(summary = "A proposal with its counters (a draft only for its author)")
    public Views.ProposalView get(@PathParam("id") long id) {
        return filing.get(viewer(), id);
    }

    @PUT
    @Path("proposals/{id}")
    @Operation(summary = "Rewrite your proposal until its first vote or comment; publish=true publishes a draft")
    public Views.ProposalView edit(@PathParam("id") long id, @QueryParam("publish") boolean publish, ProposalInput input) {
        return filing.edit(viewer(), id, input, publish);
    }

    @POST
    @Path("proposals/{id}/withdraw")
    @Operation(summary = "Withdraw your proposal: it stays readable, closed to votes and comments")
    public Views.ProposalView withdraw(@PathParam("id") long id) {
        return filing.withdraw(viewer(), id);
    }

    @PUT
    @Path("proposals/{id}/vote")
    @Operation(summary = "Vote on a proposal (agree, mixed, disagree) with an optional argument; votes again to change it")
    public ProposalViews.VoteView vote(@PathParam("id") long id, VoteForm form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "vote.stance");
        }
        return reactions.vote(viewer(), id, form.stance(), form.argument());
    }

    @GET
    @Path("proposals/{id}/arguments")
    @Operation(summary = "A proposal's arguments for, against and mixed, most supported first")
    public ProposalViews.Arguments arguments(@PathParam("id") long id) {
        return reactions.arguments(viewer(), id);
    }

    @POST
    @Path("arguments/{id}/support")
    @Operation(summary = "Say \"d'accord\" with someone else's argument (once)")
    public ProposalViews.ArgumentView supportArgument(@PathParam("id") long id) {
        return reactions.support(viewer(), id, true);
    }

    @DELETE
    @Path("arguments/{id}/support")
    @Operation(summary = "Take back your support of an argument")
    public ProposalViews.ArgumentView unsupportArgument(@PathParam("id") long id) {
        return reactions.support(viewer(), id, false);
    }

    @GET
    @Path("proposals/{id}/comments")
    @Operation(summary = "A proposal's comments, oldest first, each with its replies")
    public List<ProposalViews.CommentView> comments(@PathParam("id") long id) {
        return discussion.comments(viewer(), id);
    }

    @POST
    @Path("proposals/{id}/comments")
    @Operation(summary = "Comment on a proposal, or reply to one of its comments (never to a reply)")
    public Response comment(@PathParam("id") long id, CommentForm form) {
        return Response.status(Response.Status.CREATED).entity(discussion.comment(viewer(), id,
                form == null ? null : form.parent(), form == null ? null : form.body())).build();
    }

    @PUT
    @Path("comments/{id}")
    @Operation(summary = "Rewrite your comment")
    public ProposalViews.CommentView editComment(@PathParam("id") long id, CommentForm form) {
        return discussion.edit(viewer(), id, form == null ? null : form.body());
    }

    @DELETE
    @Path("comments/{id}")
    @Operation(summary = "Delete your comment: its place in the thread stays, without its words")
    public Response deleteComment(@PathParam("id") long id) {
        discussion.delete(viewer(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("comments/{id}/support")
    @Operation(summary = "Support someone else's comment (once)")
    public ProposalViews.CommentView supportComment(@PathParam("id") long id) {
        return discussion.support(viewer(), id, true);
    }

    @DELETE
    @Path("comments/{id}/support")
    @Operation(summary = "Take back your support of a comment")
    public ProposalViews.CommentView unsupportComment(@PathParam("id") long id) {
        return discussion.support(viewer(), id, false);
    }

    @PUT
    @Path("proposals/{id}/follow")
    @Operation(summary = "Follow a proposal: be told of its new comments")
    public Response followProposal(@PathParam("id") long id) {
        following.followProposal(viewer(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("proposals/{id}/follow")
    @Operation(summary = "Stop following a proposal")
    public Response unfollowProposal(@PathParam("id") long id) {
        following.followProposal(viewer(), id, false);
        return Response.noContent().build();
    }

    @PUT
    @Path("consultations/{id}/follow")
    @Operation(summary = "Follow a consultation: be told of its new proposals")
    public Response followConsultation(@PathParam("id") long id) {
        following.followConsultation(viewer(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("consultations/{id}/follow")
    @Operation(summary = "Stop following a consultation")
    public Response unfollowConsultation(@PathParam("id") long id) {
        following.followConsultation(viewer(), id, false);
        return Response.noContent().build();
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
