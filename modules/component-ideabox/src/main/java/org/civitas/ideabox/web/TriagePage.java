package org.civitas.ideabox.web;

import org.civitas.ideabox.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.ideabox.Decision;
import org.civitas.ideabox.IdeaBoxComponent;
import org.civitas.ideabox.IdeaTemplates;
import org.civitas.ideabox.IdeaTriage;
import org.civitas.ideabox.TriageQueue;
import org.civitas.ideabox.Status;
import org.civitas.ideabox.Views;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/** The moderators' triage queue: filters, ages against the target, bulk decisions, and the team's statistics. */
@Named("triage")
@RequestScoped
public class TriagePage {

    @Inject
    IdeaTriage triage;
    @Inject
    TriageQueue queues;
    @Inject
    IdeaTemplates templates;
    @Inject
    ComponentAccess access;

    private long component;
    private boolean tried;
    private String status;
    private String category;
    private String district;
    private Integer minAge;
    private String assigned;
    private boolean reported;
    private Views.Queue queue;
    private Views.Stats stats;
    private List<Views.Reason> reasons = List.of();
    private List<String> categories = List.of();
    private Map<Long, String> boxes = Map.of();

    public void load() {
        tried = true;
        CitizenRef viewer = Faces.viewer();
        try {
            Set<Status> statuses = status == null || status.isBlank() ? Set.of() : EnumSet.of(Status.valueOf(status));
            long box = getComponent();
            queue = queues.queue(viewer, box > 0 ? box : null, new TriageQueue.QueueFilter(statuses, category, district,
                    minAge, assigned, reported));
            boxes = new LinkedHashMap<>();
            queues.triaged(viewer).forEach((id, ref) -> boxes.put(id, ref.title()));
            if (box > 0) {
                stats = queues.stats(viewer, box);
                reasons = templates.reasons(viewer, box);
                categories = IdeaBoxComponent.categories(access.component(IdeaBoxComponent.ID, box, viewer));
            }
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        } catch (IllegalArgumentException unknownStatus) {
            status = null;
            load();
        }
    }

    /** The same decision on the ticked ideas (checkboxes named {@code selected}, valued {@code id:version}). */
    public void decideSelected() {
        String reason = Faces.param("bulkReason");
        Decision decision = new Decision(Faces.param("bulkType"), null, Faces.param("bulkMessage"),
                reason == null || !reason.matches("\\d{1,18}") ? null : Long.valueOf(reason), null, null, null);
        try {
            List<Views.BulkOutcome> outcomes = triage.decideAll(Faces.viewer(), getComponent(), selected(), decision, Faces.locale());
            long decided = outcomes.stream().filter(Views.BulkOutcome::decided).count();
            Faces.done(Faces.text("triage.bulk.done", decided, outcomes.size() - decided));
            outcomes.stream().filter(o -> !o.decided()).forEach(o -> Faces.done("#" + o.id() + " — " + o.message()));
            Faces.redirect(here());
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    public void takeSelected() {
        assign(true);
    }

    public void releaseSelected() {
        assign(false);
    }

    private void assign(boolean toMe) {
        try {
            Map<Long, Integer> ideasTicked = selected();
            if (ideasTicked.isEmpty()) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.bulk.empty");
            }
            ideasTicked.keySet().forEach(id -> triage.assign(Faces.viewer(), id, toMe));
            Faces.redirect(here());
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    private String here() {
        return "/components/ideabox/triage.xhtml" + (getComponent() > 0 ? "?component=" + getComponent() : "");
    }

    private static Map<Long, Integer> selected() {
        String[] selected = Faces.params("selected");
        Map<Long, Integer> versions = new LinkedHashMap<>();
        if (selected != null) {
            for (String s : selected) {
                // A value the page did not write is left out rather than taken for an idea.
                if (s.matches("\\d{1,18}:\\d{1,9}")) {
                    String[] idVersion = s.split(":");
                    versions.put(Long.valueOf(idVersion[0]), Integer.valueOf(idVersion[1]));
                }
            }
        }
        return versions;
    }


    public List<Status> getStatuses() {
        return List.of(Status.RECEIVED, Status.UNDER_REVIEW, Status.INFORMATION_REQUESTED, Status.ADMISSIBLE);
    }



    public long getComponent() {
        component = Faces.id(component, "component");
        return component;
    }
    public void setComponent(long component) { this.component = component; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public String getAssigned() { return assigned; }
    public void setAssigned(String assigned) { this.assigned = assigned; }
    public boolean isReported() { return reported; }
    public void setReported(boolean reported) { this.reported = reported; }

    /** Loaded by the view action on display, and here on a form's postback; without a box, every box's queue. */
    public Views.Queue getQueue() {
        if (queue == null && !tried) {
            load();
        }
        return queue;
    }
    public Views.Stats getStats() { return stats; }
    public List<Views.Reason> getReasons() { return reasons; }
    public List<String> getCategories() { return categories; }
    /** The boxes the moderator triages, by id, for the box filter. */
    public Map<Long, String> getBoxes() { return boxes; }
}
