package org.civitas.it.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import java.time.Instant;
import java.util.Set;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.SearchableContribution;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;

/** The probe's REST resource, served under /api/v1 because its manifest declares it. */
@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    ComponentAccess access;
    @Inject
    ModerationStatus moderation;
    @Inject
    Outbox outbox;
    @Inject
    ProbeContributions contributions;
    @Context
    SecurityContext security;

    @POST
    @Path("{componentId}/{action}")
    @Transactional
    public Response act(@PathParam("componentId") long componentId, @PathParam("action") String action,
                        @QueryParam("district") String district, @QueryParam("text") String text,
                        @QueryParam("private") boolean draft) {
        CitizenRef actor = CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
        access.require("probe", actor, componentId, action.equals("import") ? "propose" : action, district);
        if (action.equals("propose") || action.equals("import")) {
            String body = text == null ? "note" : text;
            ComponentRef instance = access.component("probe", componentId, actor);
            ProbeContributions.Note note = contributions.add(actor.id(), actor.pseudonym(), body, id ->
                    new SearchableContribution("probe", "note", id, componentId, instance.space().id(), body, body,
                            draft ? "draft" : "published", district, actor.pseudonym(), Instant.now(),
                            draft ? Set.of("citizen:" + actor.id()) : Set.of(), "/components/probe/index.xhtml"));
            // "import" stands for contributions the index never heard of (a restored backup): no events.
            if (action.equals("propose")) {
                outbox.record(new ProbeProposed(note.id(), actor.id()));
                outbox.record(new ContributionPublished(note.searchable()));
            }
            return Response.status(201).entity(note).build();
        }
        if (action.equals("publish")) {
            // Publishes a note again, as a component does after an edit: moderation must still prevail.
            contributions.all().stream().filter(n -> n.id().equals(text)).findFirst()
                    .ifPresent(n -> outbox.record(new ContributionPublished(n.searchable())));
        }
        return Response.noContent().build();
    }

    /** A draft made from a redirected idea: its idea, author and followers. */
    @GET
    @Path("drafts/{id}")
    public ProbeContributions.Redirected draft(@PathParam("id") String id) {
        ProbeContributions.Redirected draft = contributions.redirected(id);
        if (draft == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return draft;
    }

    /** The author confirms the draft: the idea box hears what became of the idea. */
    @POST
    @Path("drafts/{id}/confirm")
    @Transactional
    public Response confirm(@PathParam("id") String id) {
        ProbeContributions.Redirected draft = draft(id);
        CitizenRef actor = CitizenPrincipal.of(security.getUserPrincipal()).orElse(null);
        if (actor == null || actor.id() != draft.authorId()) {
            return Response.status(403).build();
        }
        outbox.record(new org.civitas.spi.RedirectedIdeaProgressed("probe", id, draft.ideaId(),
                new org.civitas.spi.LocalizedText("Confirmé par son auteur", "Confirmed by its author")));
        return Response.noContent().build();
    }

    @GET
    @Path("notes")
    public List<ProbeContributions.Note> notes() {
        return contributions.all();
    }

    @GET
    @Path("hidden/{id}")
    public boolean hidden(@PathParam("id") String id) {
        return moderation.isHidden("probe", id);
    }
}
