package org.civitas.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Co-construction in the budget's REST API: merging projects, and following them; every rule is in the service. */
@Path("budget")
@Tag(name = "Participatory budget")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CoConstructionResource {

    @Inject
    CoConstruction coConstruction;
    @Context
    SecurityContext security;

    @POST
    @Path("{componentId}/merges")
    @Operation(summary = "Merge two or more filed projects of one envelope into a new project crediting all their authors "
            + "(moderators, administrators; audited); returns the merged project")
    public Response merge(@PathParam("componentId") long componentId, MergeInput input) {
        return Response.status(Response.Status.CREATED).entity(coConstruction.merge(viewer(), componentId, input)).build();
    }

    @PUT
    @Path("projects/{id}/follow")
    @Operation(summary = "Follow a project: be told what becomes of it")
    public Views.Following follow(@PathParam("id") long id) {
        return coConstruction.follow(viewer(), id, true);
    }

    @DELETE
    @Path("projects/{id}/follow")
    @Operation(summary = "Stop following a project")
    public Views.Following unfollow(@PathParam("id") long id) {
        return coConstruction.follow(viewer(), id, false);
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
