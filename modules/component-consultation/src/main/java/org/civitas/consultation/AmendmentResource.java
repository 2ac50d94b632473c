package org.civitas.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations' REST API under {@code /api/v1/consultation}: amendments to proposals and to the text. Every rule is in the services. */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    /** A decision's reason: required to reject. */
    public record DecisionForm(String reason) {
    }

    @Inject
    AmendmentDesk desk;
    @Inject
    AmendmentDecisions decisions;
    @Context
    SecurityContext security;

    @POST
    @Path("proposals/{id}/amendments")
    @Operation(summary = "Amend a published proposal: its whole new words on its current revision (draft=true keeps it private)")
    public Response amendProposal(@PathParam("id") long proposalId, @QueryParam("draft") boolean draft, AmendmentInput input) {
        return Response.status(Response.Status.CREATED).entity(desk.amendProposal(viewer(), proposalId, input, draft)).build();
    }

    @POST
    @Path("consultations/{id}/sections/{sectionId}/amendments")
    @Operation(summary = "Amend a section of the text: its whole new words on the current version (draft=true keeps it private)")
    public Response amendSection(@PathParam("id") long consultationId, @PathParam("sectionId") long sectionId,
                                 @QueryParam("draft") boolean draft, AmendmentInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(desk.amendSection(viewer(), consultationId, sectionId, input, draft)).build();
    }

    @GET
    @Path("proposals/{id}/amendments")
    @Operation(summary = "A proposal's amendments its reader may read")
    public List<AmendmentViews.AmendmentItem> ofProposal(@PathParam("id") long proposalId) {
        return desk.ofProposal(viewer(), proposalId);
    }

    @GET
    @Path("consultations/{id}/amendments")
    @Operation(summary = "The text's amendments its reader may read, of one section and in one state when given")
    public List<AmendmentViews.AmendmentItem> ofText(@PathParam("id") long consultationId, @QueryParam("section") Long section,
                                                     @QueryParam("state") String state) {
        return desk.ofText(viewer(), consultationId, section, state);
    }

    @GET
    @Path("amendments/{id}")
    @Operation(summary = "An amendment with the differences from the version it was written on")
    public AmendmentViews.AmendmentView get(@PathParam("id") long id) {
        return desk.get(viewer(), id);
    }

    @POST
    @Path("amendments/{id}/submit")
    @Operation(summary = "Submit a draft amendment for evaluation (its author)")
    public AmendmentViews.AmendmentView submit(@PathParam("id") long id) {
        return desk.submit(viewer(), id);
    }

    @POST
    @Path("amendments/{id}/withdraw")
    @Operation(summary = "Withdraw an amendment (its author); it stays readable")
    public AmendmentViews.AmendmentView withdraw(@PathParam("id") long id) {
        return desk.withdraw(viewer(), id);
    }

    @PUT
    @Path("amendments/{id}")
    @Operation(summary = "Write an amendment again on the current version (its author): an outdated one is evaluated again")
    public AmendmentViews.AmendmentView rebase(@PathParam("id") long id, AmendmentInput input) {
        return desk.rebase(viewer(), id, input);
    }

    @POST
    @Path("amendments/{id}/accept")
    @Operation(summary = "Accept an amendment: the proposal's author, or the directorate for the text; outdates the others on the same words")
    public AmendmentViews.AmendmentView accept(@PathParam("id") long id) {
        return decisions.accept(viewer(), id);
    }

    @POST
    @Path("amendments/{id}/reject")
    @Operation(summary = "Reject an amendment with a reason: the proposal's author, or the directorate for the text")
    public AmendmentViews.AmendmentView reject(@PathParam("id") long id, DecisionForm form) {
        return decisions.reject(viewer(), id, form == null ? null : form.reason());
    }

    @POST
    @Path("amendments/{id}/promote")
    @Operation(summary = "Make a rejected amendment a proposal of its own (its author, when the setting allows)")
    public AmendmentViews.AmendmentView promote(@PathParam("id") long id) {
        return desk.promote(viewer(), id);
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
