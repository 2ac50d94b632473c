package org.civitas.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participatory budget's REST API, under {@code /api/v1/budget}; every rule is in the services. */
@Path("budget")
@Tag(name = "Participatory budget")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    public record BallotForm(String envelope, List<Long> projects) {
    }

    public record Selection(Boolean selected) {
    }

    @Inject
    ProjectFiling filing;
    @Inject
    Voting voting;
    @Inject
    Results results;
    @Inject
    Turnout turnout;
    @Inject
    OpenData openData;
    @Inject
    ResultsImport imports;
    @Inject
    ProjectPhotos photos;
    @Context
    SecurityContext security;

    @GET
    @Path("{componentId}/projects")
    @Operation(summary = "Filed projects of a budget, optionally of one envelope (a district code, or 'ville'), 50 a page")
    public Views.ProjectList list(@PathParam("componentId") long componentId, @QueryParam("envelope") String envelope,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        return filing.list(viewer(), componentId, envelope, page);
    }

    @POST
    @Path("{componentId}/projects")
    @Operation(summary = "File a project in an envelope, with its estimated cost in euros (or keep it as a draft with draft=true)")
    public Response file(@PathParam("componentId") long componentId, @QueryParam("draft") boolean draft, ProjectInput input) {
        return Response.status(Response.Status.CREATED).entity(filing.file(viewer(), componentId, input, draft)).build();
    }

    @GET
    @Path("projects/{id}")
    @Operation(summary = "A project (a draft only for its author)")
    public Views.ProjectView get(@PathParam("id") long id) {
        return filing.get(viewer(), id);
    }

    @GET
    @Path("projects/{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A project's photo, as the server re-encoded it (JPEG or PNG, no metadata); a draft's only for its author")
    public Response photo(@PathParam("id") long id) {
        ProjectPhotos.Stored photo = photos.get(viewer(), id);
        // A filed project's photo is public and its page links it with its upload time, so a copy may be kept a while.
        CacheControl cache = new CacheControl();
        if (photo.shared()) {
            cache.setMaxAge(3600);
        } else {
            cache.setPrivate(true);
            cache.setNoStore(true);
        }
        return Response.ok(photo.bytes(), photo.mediaType()).cacheControl(cache)
                .lastModified(java.util.Date.from(photo.uploadedAt())).build();
    }

    @PUT
    @Path("projects/{id}")
    @Operation(summary = "Complete my draft or correct my filed project before its study; with file=true a draft is filed")
    public Views.ProjectView edit(@PathParam("id") long id, @QueryParam("file") boolean file, ProjectInput input) {
        return filing.edit(viewer(), id, input, file);
    }

    @PUT
    @Path("projects/{id}/photo")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = {@Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @Operation(summary = "Put my project's photo (a JPEG or PNG of at most 5 MB, sent as image/jpeg or image/png, its "
            + "text alternative in 'alt'), while it is a draft or filed; the server re-encodes it (metadata dropped, "
            + "1600 pixels at most) and replaces the previous one")
    public Views.Photo putPhoto(@PathParam("id") long id, @QueryParam("alt") String alt,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        // The declared type only routes; what the bytes are is checked by the service.
        String declared = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!declared.equals("image/jpeg") && !declared.equals("image/png")) {
            throw Texts.refusal(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "photo.media-type");
        }
        return photos.put(viewer(), id, ProjectPhotos.read(body), alt);
    }

    @PUT
    @Path("projects/{id}/selected")
    @Operation(summary = "Put a filed project to the vote, or take it back before the first ballot (agents, administrators)")
    public Views.ProjectView select(@PathParam("id") long id, Selection selection) {
        if (selection == null || selection.selected() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "select.invalid");
        }
        return results.select(viewer(), id, selection.selected());
    }

    @POST
    @Path("{componentId}/ballots")
    @Operation(summary = "Cast my ballot in one envelope (once; 409 if already cast); returns the receipt code")
    public Response vote(@PathParam("componentId") long componentId, BallotForm form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.empty");
        }
        return Response.status(Response.Status.CREATED)
                .entity(voting.cast(viewer(), componentId, form.envelope(), form.projects())).build();
    }

    @PUT
    @Path("{componentId}/ballots/{envelope}")
    @Operation(summary = "Change my ballot in one envelope while the vote is open, if the budget allows it; the receipt stays")
    public Views.Receipt change(@PathParam("componentId") long componentId, @PathParam("envelope") String envelope,
                                BallotForm form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.empty");
        }
        return voting.change(viewer(), componentId, envelope, form.projects());
    }

    @GET
    @Path("{componentId}/turnout")
    @Operation(summary = "Who took part: voters per envelope, per declared district and per age band (public with the results)")
    public Views.Turnout turnout(@PathParam("componentId") long componentId) {
        return turnout.of(viewer(), componentId);
    }

    @GET
    @Path("{componentId}/ballots/mine")
    @Operation(summary = "My ballots in this budget, with their receipt codes")
    public List<Views.Receipt> mine(@PathParam("componentId") long componentId) {
        return voting.mine(viewer(), componentId);
    }

    @GET
    @Path("{componentId}/results")
    @Operation(summary = "The count per envelope and its winners under the rule chosen before the vote (administrators)")
    public List<Views.EnvelopeResult> count(@PathParam("componentId") long componentId) {
        return results.count(viewer(), componentId);
    }

    @GET
    @Path("{componentId}/results/published")
    @Operation(summary = "The published results: votes per project and the winners of each envelope (404 before publication)")
    public List<Views.EnvelopeResult> published(@PathParam("componentId") long componentId) {
        return results.published(viewer(), componentId);
    }

    @POST
    @Path("{componentId}/results/publish")
    @Operation(summary = "Publish the results: the winners become funded projects (administrators; audited)")
    public List<Views.EnvelopeResult> publish(@PathParam("componentId") long componentId) {
        return results.publish(viewer(), componentId);
    }

    @GET
    @Path("{componentId}/results/{envelope}.pb")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "One envelope's election as open data in the Pabulib format (projects, votes, winners, "
            + "anonymous ballots): public once the results are published")
    public Response pabulib(@PathParam("componentId") long componentId, @PathParam("envelope") String envelope) {
        return download(openData.pabulib(viewer(), componentId, envelope), componentId, envelope, "pb");
    }

    @GET
    @Path("{componentId}/results/{envelope}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "One envelope's published results as CSV: project id, title, category, cost, votes, funded "
            + "(yes/no); 404 before publication")
    public Response csv(@PathParam("componentId") long componentId, @PathParam("envelope") String envelope) {
        return download(openData.csv(viewer(), componentId, envelope), componentId, envelope, "csv");
    }

    @GET
    @Path("{componentId}/results/{envelope}.json")
    @Operation(summary = "One envelope's published results as JSON: the projects as in the CSV, the amount, rule, "
            + "spending and number of voters, and what the other rule would have funded (a comparison); 404 before publication")
    public Response json(@PathParam("componentId") long componentId, @PathParam("envelope") String envelope) {
        return download(openData.envelope(viewer(), componentId, envelope), componentId, envelope, "json");
    }

    @POST
    @Path("{componentId}/imports")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Import an election held elsewhere, a Pabulib .pb file (UTF-8, at most 1 MB) sent as text/plain, "
            + "into one envelope (a district code, or 'ville'): its projects and its ballots, kept anonymous "
            + "(administrators; audited; refused once the budget has ballots of its own)")
    public Response importFile(@PathParam("componentId") long componentId, @QueryParam("envelope") String envelope,
                               InputStream file) {
        return Response.status(Response.Status.CREATED)
                .entity(imports.importFile(viewer(), componentId, envelope, ResultsImport.text(file))).build();
    }

    /** A file to save, named after the budget and the envelope (whose code the service has checked). */
    private static Response download(Object entity, long componentId, String envelope, String extension) {
        return Response.ok(entity).header("Content-Disposition",
                "attachment; filename=\"budget-" + componentId + "-" + envelope + "." + extension + "\"").build();
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
