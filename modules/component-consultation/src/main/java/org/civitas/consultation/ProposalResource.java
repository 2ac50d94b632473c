package org.civitas.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations' REST API under {@code /api/v1/consultation}: proposals, argued votes, comments and follows. */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    ProposalFiling filing;
    @Context
    SecurityContext security;

    @POST
    @Path("consultations/{id}/proposals")
    @Operation(summary = "Propose, under a section or a question, while the consultation is open (draft=true keeps it private)")
    public Response propose(@PathParam("id") long consultationId, @QueryParam("draft") boolean draft, ProposalInput input) {
        return Response.status(Response.Status.CREATED).entity(filing.propose(viewer(), consultationId, input, draft)).build();
    }

    @GET
    @Path("proposals/{id}")
    @Operation(summary = "A proposal with its counters (a draft only for its author)")
    public Views.ProposalView get(@PathParam("id") long id) {
        return filing.get(viewer(), id);
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
