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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations' REST API under {@code /api/v1/consultation}: answers, the synthesis, the decision and the open-data export. Every rule is in the services. */
@Path("consultation")
@Tag(name = "Consultations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClosingResource {

    @Inject
    Answers answers;
    @Inject
    Synthesis synthesis;
    @Inject
    Decision decision;
    @Inject
    OpenData openData;
    @Context
    SecurityContext security;

    @GET
    @Path("proposals/{id}/answer")
    @Operation(summary = "The city's answer to a proposal (null fields before it is answered)")
    public ClosingViews.AnswerView answer(@PathParam("id") long id) {
        return answers.get(viewer(), id);
    }

    @PUT
    @Path("proposals/{id}/answer")
    @Operation(summary = "Answer a proposal once the consultation is closed: accepted, rejected or considered, with a public text (its directorate)")
    public ClosingViews.AnswerView answer(@PathParam("id") long id, ClosingViews.AnswerForm form) {
        return answers.answer(viewer(), id, form);
    }

    @GET
    @Path("consultations/{id}/answers")
    @Operation(summary = "The answer desk: the consultation's proposals with their counters and answers (its directorate)")
    public List<Answers.Row> desk(@PathParam("id") long id) {
        return answers.desk(viewer(), id);
    }

    @POST
    @Path("consultations/{id}/answers")
    @Operation(summary = "Give one answer to several proposals of the consultation, all or none (its directorate, once closed)")
    public Map<String, Integer> answerAll(@PathParam("id") long id, ClosingViews.BulkAnswerForm form) {
        return Map.of("answered", answers.answerAll(viewer(), id, form));
    }

    @POST
    @Path("consultations/{id}/answers/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import answers from a CSV file (proposal_id;answer;text, with headers, ';' or ','): "
            + "all lines or none, each problem listed with its line")
    public Map<String, Integer> importAnswers(@PathParam("id") long id, InputStream sheet) {
        return Map.of("answered", answers.importSheet(viewer(), id, read(sheet)));
    }

    @GET
    @Path("consultations/{id}/synthesis")
    @Operation(summary = "The synthesis with its figures and the final decision, once published")
    public ClosingViews.ClosingView synthesis(@PathParam("id") long id) {
        return synthesis.get(viewer(), id);
    }

    @PUT
    @Path("consultations/{id}/synthesis")
    @Operation(summary = "Publish the synthesis (rich text) with the figures (its directorate, once closed)")
    public ClosingViews.ClosingView synthesise(@PathParam("id") long id, ClosingViews.SynthesisForm form) {
        return synthesis.publish(viewer(), id, form);
    }

    @PUT
    @Path("consultations/{id}/decision")
    @Operation(summary = "Publish the final decision: the adopted (published) version and what changed (its directorate, once closed)")
    public ClosingViews.DecisionView decide(@PathParam("id") long id, ClosingViews.DecisionForm form) {
        return decision.decide(viewer(), id, form);
    }

    @GET
    @Path("consultations/{id}/export.json")
    @Operation(summary = "The whole consultation as open data (JSON, streamed): public once closed")
    public Response exportJson(@PathParam("id") long id) {
        Consultation c = openData.exportable(viewer(), id);
        return Response.ok(openData.json(c), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".json\"").build();
    }

    @GET
    @Path("consultations/{id}/export.zip")
    @Produces("application/zip")
    @Operation(summary = "The whole consultation as open data: one CSV file per kind in a zip, streamed; public once closed")
    public Response exportZip(@PathParam("id") long id) {
        Consultation c = openData.exportable(viewer(), id);
        return Response.ok(openData.zip(c), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".zip\"").build();
    }

    @GET
    @Path("consultations/{id}/export/{kind}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "One kind of the consultation's open data as CSV, streamed: proposals, votes, arguments, comments, "
            + "amendments or answers; public once closed")
    public Response exportCsv(@PathParam("id") long id, @PathParam("kind") String kind) {
        ExportRows.Kind named = ExportRows.Kind.named(kind);
        if (named == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "closing.export.kind");
        }
        Consultation c = openData.exportable(viewer(), id);
        return Response.ok(openData.csv(c, named), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + "-" + named.file() + ".csv\"").build();
    }

    /** The uploaded sheet, refused above its size limit or when it is not UTF-8. */
    private static String read(InputStream in) {
        try (InputStream sheet = in) {
            byte[] bytes = sheet == null ? new byte[0] : sheet.readNBytes(AnswerSheet.MAX_CHARS + 1);
            if (bytes.length > AnswerSheet.MAX_CHARS) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.sheet.too-large", AnswerSheet.MAX_CHARS / 1000);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.sheet.encoding");
        } catch (IOException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.sheet.malformed");
        }
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
