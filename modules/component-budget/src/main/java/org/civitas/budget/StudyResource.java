package org.civitas.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The study of projects by the city's directorates, under {@code /api/v1/budget}. */
@Path("budget")
@Tag(name = "Participatory budget")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StudyResource {

    /** A project's study; {@code opinion} is "favourable" or "unfavourable"; {@code version} the one edited. */
    public record StudyForm(Boolean admissible, String admissibleReason, Boolean feasible, String feasibleReason,
                            Long cityCost, String opinion, String justification, Integer version) {
        Study study() {
            Study.Opinion verdict = switch (opinion == null ? "" : opinion.strip().toLowerCase(Locale.ROOT)) {
                case "" -> null;
                case "favourable" -> Study.Opinion.FAVOURABLE;
                case "unfavourable" -> Study.Opinion.UNFAVOURABLE;
                default -> throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.opinion");
            };
            return new Study(admissible, admissibleReason, feasible, feasibleReason, cityCost, verdict, justification);
        }
    }

    public record Assignment(List<Long> projects, String directorate) {
    }

    public record PopularAreas(List<Long> projects, Boolean popular) {
    }

    @Inject
    ProjectStudy study;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{componentId}/study")
    @Operation(summary = "The study table: my directorate's projects with their study (all for administrators)")
    public List<Views.StudyRow> table(@PathParam("componentId") long componentId) {
        return study.table(viewer(), componentId);
    }

    @PUT
    @Path("projects/{id}/study")
    @Operation(summary = "Record a project's study (agents of its directorate, administrators); 409 if it changed since 'version'")
    public Views.StudyRow record(@PathParam("id") long id, StudyForm form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.invalid");
        }
        return study.record(viewer(), id, form.study(), form.version());
    }

    @PUT
    @Path("{componentId}/directorates")
    @Operation(summary = "Assign projects to a directorate, in bulk (administrators); returns how many changed")
    public Map<String, Integer> assign(@PathParam("componentId") long componentId, Assignment form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.assign-none");
        }
        return Map.of("assigned", study.assign(viewer(), componentId, form.projects(), form.directorate()));
    }

    @PUT
    @Path("{componentId}/popular-areas")
    @Operation(summary = "Mark projects as in a popular neighbourhood or not, in bulk (administrators); the budget's "
            + "reserve (popular_share) funds them first")
    public Map<String, Integer> popular(@PathParam("componentId") long componentId, PopularAreas form) {
        if (form == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.assign-none");
        }
        return Map.of("changed", study.markPopular(viewer(), componentId, form.projects(), form.popular()));
    }

    @GET
    @Path("{componentId}/study.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The study table as a spreadsheet (CSV, ';'), in the caller's language")
    public Response sheet(@PathParam("componentId") long componentId) {
        String sheet = study.sheet(viewer(), componentId, Languages.of(headers.getAcceptableLanguages()));
        return Response.ok(sheet).header("Content-Disposition", "attachment; filename=\"instruction-" + componentId + ".csv\"")
                .build();
    }

    @POST
    @Path("{componentId}/study.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import studies from a spreadsheet (CSV with the exported headers, French or English): "
            + "all lines or none; returns how many projects changed")
    public Map<String, Integer> importSheet(@PathParam("componentId") long componentId, String sheet) {
        return Map.of("updated", study.importSheet(viewer(), componentId, sheet));
    }

    private CitizenRef viewer() {
        return CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
    }
}
