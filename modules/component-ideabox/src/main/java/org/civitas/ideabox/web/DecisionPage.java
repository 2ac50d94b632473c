package org.civitas.ideabox.web;

import org.civitas.ideabox.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.ideabox.Decision;
import org.civitas.ideabox.IdeaReading;
import org.civitas.ideabox.IdeaTemplates;
import org.civitas.ideabox.IdeaTriage;
import org.civitas.ideabox.TriageQueue;
import org.civitas.ideabox.Views;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * One idea, decided from the keyboard: the decision's fields in one form (the original of a duplicate found by
 * its title), then straight on to the next idea waiting in the queue.
 */
@Named("decision")
@RequestScoped
public class DecisionPage {

    @Inject
    IdeaReading reading;
    @Inject
    IdeaTemplates templates;
    @Inject
    IdeaTriage triage;
    @Inject
    TriageQueue queue;

    private long id;
    private boolean tried;
    private Views.IdeaView idea;
    private List<Views.Reason> reasons = List.of();
    private List<Views.Scheme> schemes = List.of();
    private List<Views.Destination> destinations = List.of();
    private String duplicateQuery;
    private List<Views.IdeaSummary> matches = List.of();
    private boolean searched;
    private List<Views.Agent> agents = List.of();

    public void load() {
        tried = true;
        CitizenRef viewer = Faces.viewer();
        try {
            idea = reading.get(viewer, id);
            reasons = templates.reasons(viewer, idea.componentId());
            schemes = templates.schemes(viewer, idea.componentId());
            destinations = triage.destinations(viewer, idea.componentId());
            agents = triage.agents(viewer, idea.componentId());
        } catch (Refusal refusal) {
            idea = null;
            Faces.refused(refusal, null);
        }
    }

    /** Fields are plain HTML inputs (see the filing form): read from the request. */
    public void decide() {
        CitizenRef viewer = Faces.viewer();
        try {
            String version = Faces.param("version");
            Decision d = new Decision(Faces.param("type"), version != null && version.matches("\\d{1,9}")
                    ? Integer.valueOf(version) : null, Faces.param("message"),
                    id(Faces.param("reasonId")), id(Faces.param("duplicateOf")), id(Faces.param("componentId")),
                    id(Faces.param("schemeId")));
            id = Faces.id(id, "id");
            Views.IdeaView decided = triage.decide(viewer, id, d);
            Faces.done(Faces.text("decision.done", decided.title(), Faces.text("status." + decided.status().name())));
            List<Views.QueueItem> next = queue.queue(viewer, decided.componentId(),
                    new TriageQueue.QueueFilter(null, null, null, null, null, false)).items().stream().filter(i -> i.id() != id).toList();
            Faces.redirect(next.isEmpty() ? "/components/ideabox/triage.xhtml?component=" + decided.componentId()
                    : "/components/ideabox/decide.xhtml?id=" + next.get(0).id());
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
            load();
        }
    }

    /** Hands the idea to the agent chosen (plain select, read from the request); the page shows who has it. */
    public void assign() {
        id = Faces.id(id, "id");
        String agent = Faces.param("agentId");
        try {
            if (agent == null || !agent.matches("\\d{1,18}")) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.agent.unknown");
            }
            long agentId = Long.parseLong(agent);
            Views.IdeaView assigned = triage.assignToAgent(Faces.viewer(), id, agentId);
            String name = triage.agents(Faces.viewer(), assigned.componentId()).stream().filter(a -> a.id() == agentId)
                    .map(Views.Agent::pseudonym).findFirst().orElse("");
            Faces.done(Faces.text("decision.assigned", assigned.title(), name));
            Faces.redirect("/components/ideabox/decide.xhtml?id=" + id);
        } catch (Refusal refusal) {
            Faces.refused(refusal, "agentId");
            load();
        }
    }

    /** Finds the original of a duplicate by its title, in this box; the decision's choices stay as they were. */
    public void findOriginal() {
        id = Faces.id(id, "id");
        duplicateQuery = Faces.param("duplicateQuery");
        try {
            matches = triage.originals(Faces.viewer(), id, duplicateQuery);
            searched = true;
        } catch (Refusal refusal) {
            Faces.refused(refusal, "duplicateQuery");
        }
        load();
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.duplicate.invalid");
        }
    }


    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    /** Loaded by the view action on display, and here on the form's postback. */
    public Views.IdeaView getIdea() {
        id = Faces.id(id, "id");
        if (idea == null && id > 0 && !tried) {
            load();
        }
        return idea;
    }
    public List<Views.Reason> getReasons() { return reasons; }
    public List<Views.Scheme> getSchemes() { return schemes; }
    public List<Views.Destination> getDestinations() { return destinations; }
    public String getDuplicateQuery() { return duplicateQuery; }
    public List<Views.IdeaSummary> getMatches() { return matches; }
    public boolean isSearched() { return searched; }
    public List<Views.Agent> getAgents() { return agents; }
}
