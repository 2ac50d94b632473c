package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.core.Messages;
import org.civitas.core.moderation.Moderation;
import org.civitas.core.moderation.ModerationFilter;
import org.civitas.core.moderation.ModerationQueueItem;
import org.civitas.core.moderation.ModerationViews;
import org.civitas.core.moderation.Report;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.Refusal;
import org.civitas.spi.WorkQueue;

/**
 * Moderators: reported contributions of every component in one queue (filters, pages, bulk decisions), a case in
 * full before deciding, and the components' own queues (the idea box's triage) beside it.
 */
@Named
@RequestScoped
public class ModerationPage {

    @Inject
    Moderation moderation;
    @Inject
    ComponentRegistry registry;
    @Inject
    Spaces spaces;
    @Inject
    Portal portal;

    private ModerationViews.QueuePage queue;
    private ModerationViews.CaseView moderationCase;
    private Map<Long, String> spaceTitles;
    /** The case whose decision was refused, so that its card shows why, next to its reason field. */
    private Long refusedCase;
    private String refusal;
    private String bulkRefusal;

    private static Map<String, String> form() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    /** The filters as the query string gives them; a value the page did not write is ignored, not an error. */
    public ModerationFilter getFilter() {
        Map<String, String> q = form();
        String component = registry.find(String.valueOf(q.get("component"))).map(c -> c.manifest().id()).orElse(null);
        String space = q.get("space");
        String page = q.get("page");
        return new ModerationFilter(component, space != null && space.matches("\\d{1,18}") ? Long.valueOf(space) : null,
                choice(Report.Reason.class, q.get("reason")), choice(ModerationFilter.Waiting.class, q.get("waiting")),
                page != null && page.matches("\\d{1,5}") ? Integer.parseInt(page) : 0);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public ModerationViews.QueuePage getQueue() {
        if (queue == null && portal.isModerator()) {
            queue = moderation.queue(portal.getCitizen(), getFilter());
        }
        return queue;
    }

    /** The case named by {@code id}, or null (the page then says it does not exist). */
    public ModerationViews.CaseView getCase() {
        String id = form().get("id");
        if (moderationCase == null && portal.isModerator() && id != null && id.matches("\\d{1,18}")) {
            try {
                moderationCase = moderation.caseView(portal.getCitizen(), Long.parseLong(id));
            } catch (Refusal notFound) {
                return null;
            }
        }
        return moderationCase;
    }

    /** The query string of the current filters with another page, for the pager's links. */
    public String pageLink(int page) {
        ModerationFilter f = getFilter();
        StringBuilder q = new StringBuilder("?page=").append(page);
        if (f.component() != null) q.append("&component=").append(f.component());
        if (f.spaceId() != null) q.append("&space=").append(f.spaceId());
        if (f.reason() != null) q.append("&reason=").append(f.reason());
        if (f.waiting() != null) q.append("&waiting=").append(f.waiting());
        return q.toString();
    }

    /** Components that can be reported, by id, with their name in the reader's language. */
    public Map<String, String> getComponents() {
        return registry.manifests().stream().collect(Collectors.toMap(m -> m.id(), m -> m.name().in(portal.getLocale()),
                (a, b) -> a, LinkedHashMap::new));
    }

    public Map<Long, String> getSpaces() {
        if (spaceTitles == null) {
            spaceTitles = spaces.list(portal.getCitizen(), portal.getLocale()).stream()
                    .collect(Collectors.toMap(SpaceView::id, SpaceView::title, (a, b) -> a, LinkedHashMap::new));
        }
        return spaceTitles;
    }

    public String spaceTitle(Long spaceId) {
        return spaceId == null ? null : getSpaces().get(spaceId);
    }

    public List<Report.Reason> getReasons() {
        return List.of(Report.Reason.values());
    }

    public List<ModerationFilter.Waiting> getWaitings() {
        return List.of(ModerationFilter.Waiting.values());
    }

    /** Every component's own moderators' queue, for the moderation menu. */
    public List<WorkQueue> getWorkQueues() {
        return registry.all().stream().flatMap(c -> c.workQueues().stream()).toList();
    }

    /** "Spam (2), Off topic (1)": the open reports of a case by reason, in words. */
    public String reasons(ModerationQueueItem item) {
        return item.reasons().entrySet().stream()
                .map(e -> portal.text("report.reason." + e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    public String kind(ModerationQueueItem item) {
        return item.kind() == null ? getComponents().getOrDefault(item.component(), item.component())
                : item.kind().in(portal.getLocale());
    }

    public Long getRefusedCase() { return refusedCase; }
    public String getRefusal() { return refusal; }
    public String getBulkRefusal() { return bulkRefusal; }

    public String restore() {
        return decide(false);
    }

    public String remove() {
        return decide(true);
    }

    public String restoreSelected() {
        return decideSelected(false);
    }

    public String removeSelected() {
        return decideSelected(true);
    }

    /**
     * The case, the version seen and the reason are plain fields of the case's form, read from the request: Faces
     * inputs inside a repeated form would share one value and lose the one typed. A refusal is shown in the case's
     * own card, beside its reason field, not at the top of a long page.
     */
    private String decide(boolean remove) {
        Map<String, String> form = form();
        String caseId = form.get("case");
        String version = form.get("version");
        if (caseId == null || !caseId.matches("\\d{1,18}") || version == null || !version.matches("\\d{1,9}")) {
            portal.show(Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found"), null);
            return null;
        }
        try {
            moderation.decide(portal.required(), Long.parseLong(caseId), Integer.parseInt(version), remove, form.get("reason"));
            portal.info("moderation.decided");
            return "/moderation/queue?faces-redirect=true";
        } catch (Refusal refused) {
            refusedCase = Long.valueOf(caseId);
            refusal = refused.text().in(portal.getLocale());
            return null;
        }
    }

    /** The ticked cases (checkboxes named {@code selected}, valued {@code id:version}), one reason for all. */
    private String decideSelected(boolean remove) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("selected");
        if (ticked != null) {
            for (String t : ticked) {
                // A value the page did not write is left out rather than taken for a case.
                if (t.matches("\\d{1,18}:\\d{1,9}")) {
                    versions.put(Long.valueOf(t.split(":")[0]), Integer.valueOf(t.split(":")[1]));
                }
            }
        }
        try {
            if (versions.isEmpty()) {
                throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.bulk.empty");
            }
            ModerationViews.BulkOutcome outcome = moderation.decideAll(portal.required(), versions, remove, form().get("bulkReason"));
            portal.info("moderation.bulk.done", outcome.decided(), outcome.conflicts().size());
            return "/moderation/queue?faces-redirect=true";
        } catch (Refusal refused) {
            bulkRefusal = refused.text().in(portal.getLocale());
            return null;
        }
    }
}
