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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    /** A closed question's answer: the chosen option's index, from 0. */
    public record ChoiceForm(Integer option) {
    }

    @Inject
    ConsultationDesk desk;
    @Inject
    TextReading reading;
    @Inject
    QuestionDesk questions;
    @Inject
    Choices choices;
    @Inject
    Documents documents;
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

    @GET
    @Path("{componentId}/consultations")
    @Operation(summary = "An instance's consultations its reader may open (drafts for their directorate only)")
    public List<Views.ConsultationView> list(@PathParam("componentId") long componentId) {
        return desk.list(viewer(), componentId);
    }

    @PUT
    @Path("consultations/{id}/sections/{section}")
    @Operation(summary = "Rewrite a section of the draft of the text's next version")
    public Views.SectionView editSection(@PathParam("id") long id, @PathParam("section") long section, SectionInput input) {
        return desk.editSection(viewer(), id, section, input);
    }

    @POST
    @Path("consultations/{id}/sections/{section}/move")
    @Operation(summary = "Move a section of the draft one place up (direction=up) or down (direction=down)")
    public List<Views.SectionView> moveSection(@PathParam("id") long id, @PathParam("section") long section,
                                               @QueryParam("direction") String direction) {
        return desk.moveSection(viewer(), id, section, direction);
    }

    @DELETE
    @Path("consultations/{id}/sections/{section}")
    @Operation(summary = "Take a section out of the draft (published versions keep it)")
    public List<Views.SectionView> removeSection(@PathParam("id") long id, @PathParam("section") long section) {
        return desk.removeSection(viewer(), id, section);
    }

    @POST
    @Path("consultations/{id}/import")
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
    @RequestBody(content = {@Content(mediaType = "text/markdown"), @Content(mediaType = MediaType.TEXT_PLAIN)})
    @Operation(summary = "Import Markdown (UTF-8, at most 100,000 characters) into the draft, a section per top-level "
            + "heading; a section of the same title takes the new words; with replace=true the others are removed")
    public List<Views.SectionView> importMarkdown(@PathParam("id") long id, @QueryParam("replace") boolean replace,
                                                  @Context HttpHeaders headers, InputStream body) {
        Locale locale = headers.getAcceptableLanguages().stream().map(Locale::getLanguage).anyMatch("en"::equals)
                ? Locale.ENGLISH : Locale.FRENCH;
        return desk.importMarkdown(viewer(), id, MarkdownImport.read(body), replace, locale);
    }

    @GET
    @Path("consultations/{id}/versions")
    @Operation(summary = "The text's published versions, oldest first (and the draft, for its directorate)")
    public List<Views.VersionView> versions(@PathParam("id") long id) {
        return reading.versions(viewer(), id);
    }

    @GET
    @Path("consultations/{id}/versions/{number}")
    @Operation(summary = "The whole text of one version")
    public TextViews.VersionText version(@PathParam("id") long id, @PathParam("number") int number) {
        return reading.version(viewer(), id, number);
    }

    @GET
    @Path("consultations/{id}/diff")
    @Operation(summary = "What changed between two versions, section by section and word by word")
    public TextViews.Diff diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "version.pair");
        }
        return reading.diff(viewer(), id, from, to);
    }

    @GET
    @Path("consultations/{id}/questions")
    @Operation(summary = "The questions, with each closed question's counts per option and the reader's choice")
    public List<TextViews.QuestionView> questions(@PathParam("id") long id) {
        return questions.list(viewer(), id);
    }

    @POST
    @Path("consultations/{id}/questions")
    @Operation(summary = "Add a question: open, or closed with 2 to 20 options (not once the consultation is open)")
    public Response addQuestion(@PathParam("id") long id, QuestionInput input) {
        return Response.status(Response.Status.CREATED).entity(questions.add(viewer(), id, input)).build();
    }

    @PUT
    @Path("questions/{question}")
    @Operation(summary = "Reword a question (once the consultation is open, its kind and number of options stay)")
    public TextViews.QuestionView editQuestion(@PathParam("question") long question, QuestionInput input) {
        return questions.edit(viewer(), question, input);
    }

    @POST
    @Path("questions/{question}/move")
    @Operation(summary = "Move a question one place up (direction=up) or down (direction=down)")
    public List<TextViews.QuestionView> moveQuestion(@PathParam("question") long question,
                                                     @QueryParam("direction") String direction) {
        return questions.move(viewer(), question, direction);
    }

    @DELETE
    @Path("questions/{question}")
    @Operation(summary = "Remove a question (not once the consultation is open)")
    public List<TextViews.QuestionView> removeQuestion(@PathParam("question") long question) {
        return questions.remove(viewer(), question);
    }

    @PUT
    @Path("questions/{question}/choice")
    @Operation(summary = "Answer a closed question, or change my answer, while the consultation is open")
    public TextViews.QuestionView choose(@PathParam("question") long question, ChoiceForm form) {
        return choices.choose(viewer(), question, form == null ? null : form.option());
    }

    @GET
    @Path("consultations/{id}/documents")
    @Operation(summary = "The attached documents, without their bytes")
    public List<TextViews.DocumentView> documents(@PathParam("id") long id) {
        return documents.list(viewer(), id);
    }

    @POST
    @Path("consultations/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = "application/pdf"))
    @Operation(summary = "Attach a PDF (checked from its bytes; at most the instance's document_max_mb), its title in "
            + "'title', its file name in 'name'")
    public Response attach(@PathParam("id") long id, @QueryParam("title") String title, @QueryParam("name") String name,
                           InputStream body) {
        return Response.status(Response.Status.CREATED).entity(documents.attach(viewer(), id, title, name, body)).build();
    }

    @GET
    @Path("documents/{document}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a document (a PDF)")
    public Response download(@PathParam("document") long document) {
        Documents.Download file = documents.download(viewer(), document);
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("documents/{document}")
    @Operation(summary = "Remove a document while the consultation is a draft")
    public Response removeDocument(@PathParam("document") long document) {
        documents.remove(viewer(), document);
        return Response.noContent().build();
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
