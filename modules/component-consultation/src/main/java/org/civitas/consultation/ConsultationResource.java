package org.civitas.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/**
 * Consultations' REST API under {@code /api/v1/consultation}: consultations, their text, versions, questions and
 * documents. Every rule is in the services.
 */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    /** A version's publication: what changed since the previous one. */
    public record VersionForm(String changelog) {
    }

    @Inject
    ConsultationDesk desk;
    @Context
    SecurityContext security;

    @POST
    @Path("{componentId}/consultations")
    @Operation(summary = "Open a consultation (a draft its directorate's agents write until they publish it)")
    public Response open(@PathParam("componentId") long componentId, ConsultationInput input) {
        return Response.status(Response.Status.CREATED).entity(desk.open(viewer(), componentId, input)).build();
    }

    @GET
    @Path("consultations/{id}")
    @Operation(summary = "A consultation with its text's current version")
    public Views.ConsultationView get(@PathParam("id") long id) {
        return desk.get(viewer(), id);
    }

    @PUT
    @Path("consultations/{id}")
    @Operation(summary = "Change a consultation's description and dates (its directorate)")
    public Views.ConsultationView describe(@PathParam("id") long id, ConsultationInput input) {
        return desk.describe(viewer(), id, input);
    }

    @POST
    @Path("consultations/{id}/publish")
    @Operation(summary = "Make a consultation public (it needs a published first version of its text)")
    public Views.ConsultationView publish(@PathParam("id") long id) {
        return desk.publish(viewer(), id);
    }

    @POST
    @Path("consultations/{id}/sections")
    @Operation(summary = "Add a section at the end of the draft of the text's next version")
    public Response addSection(@PathParam("id") long id, SectionInput input) {
        return Response.status(Response.Status.CREATED).entity(desk.addSection(viewer(), id, input)).build();
    }

    @POST
    @Path("consultations/{id}/versions")
    @Operation(summary = "Publish the draft as the text's next version, with what changed")
    public Response publishVersion(@PathParam("id") long id, VersionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(desk.publishVersion(viewer(), id, form == null ? null : form.changelog())).build();
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
