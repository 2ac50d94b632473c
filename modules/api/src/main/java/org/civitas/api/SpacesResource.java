package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.core.space.SpaceView;
import org.civitas.core.Messages;
import org.civitas.core.space.Spaces;
import org.civitas.spi.Refusal;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.SettingSpec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Spaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpacesResource {

    /** {@code title} and {@code description} are French; their English is optional (French is shown instead). */
    public record SpaceForm(String slug, String title, String titleEn, String description, String descriptionEn,
                            LocalDate startsOn, LocalDate endsOn) {
    }

    /** {@code title} and {@code description} are French; their English is optional (French is shown instead). */
    public record PhaseForm(String title, String titleEn, String description, String descriptionEn, LocalDate startsOn,
                            LocalDate endsOn) {

        LocalizedText titles() {
            return title == null ? null : new LocalizedText(title, titleEn);
        }

        LocalizedText descriptions() {
            return description == null ? null : new LocalizedText(description, descriptionEn);
        }
    }

    public record PublishForm(Boolean published) {
    }

    public record ArchiveForm(Boolean archived) {
    }

    public record PositionForm(Integer position) {
    }

    /** {@code title} is French; its English is optional (French is shown instead). */
    public record ComponentForm(String manifestId, String title, String titleEn, Map<String, String> settings,
                                Boolean published) {
    }

    public record SettingsForm(Map<String, String> settings) {
    }

    public record ManifestView(String id, String name, List<String> actions, List<SettingView> settings,
                               List<SettingView> phaseSettings, boolean acceptsRedirectedIdeas) {
    }

    public record SettingView(String key, String type, boolean required, String defaultValue, Long min, Long max,
                              List<String> choices, String label) {
    }

    @Inject
    Spaces spaces;
    @Inject
    ComponentRegistry registry;
    @Inject
    Caller caller;

    @GET
    @Path("spaces")
    @Operation(summary = "Participatory spaces (published ones; administrators see all)")
    public List<SpaceView> list() {
        return spaces.list(caller.citizen().orElse(null), caller.locale());
    }

    @GET
    @Path("spaces/{slugOrId}")
    @Operation(summary = "One space with its phases and components")
    public SpaceView get(@PathParam("slugOrId") String slugOrId) {
        return spaces.get(caller.citizen().orElse(null), slugOrId, caller.locale());
    }

    @POST
    @Path("spaces")
    @Operation(summary = "Create a space (administrators)")
    public Response create(SpaceForm f) {
        SpaceForm form = AuthResource.require(f);
        return Response.status(201).entity(spaces.create(caller.required(), form.slug(), texts(form.title(),
                form.titleEn()), texts(form.description(), form.descriptionEn()), form.startsOn(), form.endsOn())).build();
    }

    @PUT
    @Path("spaces/{id}")
    @Operation(summary = "Edit a space (administrators)")
    public SpaceView update(@PathParam("id") long id, SpaceForm f) {
        SpaceForm form = AuthResource.require(f);
        return spaces.update(caller.required(), id, texts(form.title(), form.titleEn()),
                texts(form.description(), form.descriptionEn()), form.startsOn(), form.endsOn());
    }

    @PUT
    @Path("spaces/{id}/published")
    @Operation(summary = "Publish or unpublish a space (administrators)")
    public SpaceView publish(@PathParam("id") long id, PublishForm f) {
        Boolean published = AuthResource.require(f).published();
        if (published == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.field.required", "published");
        }
        return spaces.publish(caller.required(), id, published);
    }

    @POST
    @Path("spaces/{id}/phases")
    @Operation(summary = "Add a phase at the end (administrators)")
    public Response addPhase(@PathParam("id") long id, PhaseForm f) {
        PhaseForm form = AuthResource.require(f);
        return Response.status(201).entity(spaces.addPhase(caller.required(), id, form.titles(), form.descriptions(),
                form.startsOn(), form.endsOn())).build();
    }

    @PUT
    @Path("spaces/{id}/phases/{phaseId}")
    @Operation(summary = "Rename and date a phase (administrators)")
    public SpaceView describePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId, PhaseForm f) {
        PhaseForm form = AuthResource.require(f);
        return spaces.describePhase(caller.required(), id, phaseId, form.titles(), form.descriptions(), form.startsOn(),
                form.endsOn());
    }

    @PUT
    @Path("spaces/{id}/phases/{phaseId}/position")
    @Operation(summary = "Move a phase to another position, 1 being the first (administrators)")
    public SpaceView movePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId, PositionForm f) {
        Integer position = AuthResource.require(f).position();
        if (position == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.field.required", "position");
        }
        return spaces.movePhase(caller.required(), id, phaseId, position);
    }

    @DELETE
    @Path("spaces/{id}/phases/{phaseId}")
    @Operation(summary = "Delete a phase other than the current one (administrators)")
    public SpaceView removePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId) {
        return spaces.removePhase(caller.required(), id, phaseId);
    }

    @PUT
    @Path("spaces/{id}/archived")
    @Operation(summary = "Archive a space (read-only, hidden from the public) or restore it (administrators)")
    public SpaceView archive(@PathParam("id") long id, ArchiveForm f) {
        Boolean archived = AuthResource.require(f).archived();
        if (archived == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.field.required", "archived");
        }
        return spaces.archive(caller.required(), id, archived);
    }

    @DELETE
    @Path("spaces/{id}")
    @Operation(summary = "Delete a space that holds no contribution; archive the others (administrators)")
    public Response delete(@PathParam("id") long id) {
        spaces.delete(caller.required(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("spaces/{id}/phases/{phaseId}/activate")
    @Operation(summary = "Make a phase the current one (administrators)")
    public SpaceView activate(@PathParam("id") long id, @PathParam("phaseId") long phaseId) {
        return spaces.activatePhase(caller.required(), id, phaseId);
    }

    @POST
    @Path("spaces/{id}/components")
    @Operation(summary = "Add a component instance by manifest id, with settings validated against the manifest")
    public Response addComponent(@PathParam("id") long id, ComponentForm f) {
        ComponentForm form = AuthResource.require(f);
        return Response.status(201).entity(spaces.addComponent(caller.required(), id, form.manifestId(),
                texts(form.title(), form.titleEn()),
                form.settings(), Boolean.TRUE.equals(form.published()))).build();
    }

    @PUT
    @Path("components/{id}")
    @Operation(summary = "Edit a component instance's title, settings, publication (administrators)")
    public SpaceView configure(@PathParam("id") long id, ComponentForm f) {
        ComponentForm form = AuthResource.require(f);
        return spaces.configureComponent(caller.required(), id, texts(form.title(), form.titleEn()), form.settings(),
                form.published());
    }

    @PUT
    @Path("components/{id}/phases/{phaseId}")
    @Operation(summary = "Set a component instance's settings for one phase, e.g. its open actions (administrators)")
    public SpaceView configurePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId, SettingsForm f) {
        return spaces.configurePhase(caller.required(), id, phaseId, AuthResource.require(f).settings());
    }

    @GET
    @Path("components")
    @Operation(summary = "The components this platform offers, with their actions and typed settings")
    public List<ManifestView> manifests() {
        return registry.manifests().stream().map(this::view).toList();
    }

    /** A French text and its optional English; null when the French is missing, which the service refuses. */
    private static LocalizedText texts(String fr, String en) {
        return fr == null ? null : new LocalizedText(fr, en);
    }

    private ManifestView view(ComponentManifest m) {
        return new ManifestView(m.id(), m.name().in(caller.locale()), m.actions().stream().map(ActionSpec::id).toList(),
                m.settings().stream().map(this::view).toList(), m.phaseSettings().stream().map(this::view).toList(),
                m.redirectTarget().isPresent());
    }

    private SettingView view(SettingSpec s) {
        return new SettingView(s.key(), s.type().name(), s.required(), s.defaultValue(), s.min(), s.max(), s.choices(),
                s.label() == null ? s.key() : s.label().in(caller.locale()));
    }
}
