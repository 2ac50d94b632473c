package org.civitas.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.core.space.PermissionPolicy;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Refusal;
import org.civitas.spi.SettingSpec;

/**
 * Administrators: one space — its description, publication, archive and deletion; its phases (add, rename and
 * date, move up or down, activate, delete); component instances (add by manifest, typed settings, open actions
 * per phase, publication).
 */
@Named
@ViewScoped
public class AdminSpacePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FOCUS = AdminSpacePage.class.getName() + ".focus";

    @Inject
    transient Spaces spaces;
    @Inject
    transient ComponentRegistry registry;
    @Inject
    Portal portal;

    private long id;
    private SpaceView space;
    private String title;
    private String titleEn;
    private String description;
    private String descriptionEn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String phaseTitle;
    private String phaseTitleEn;
    private LocalDate phaseStartsOn;
    private LocalDate phaseEndsOn;
    /** The phase being renamed and dated, or null. */
    private Long editedPhaseId;
    private String editedTitle;
    /** The edited phase's title as the list shows it, which names its form. */
    private String editedName;
    private String editedTitleEn;
    private String editedDescription;
    private String editedDescriptionEn;
    private LocalDate editedStartsOn;
    private LocalDate editedEndsOn;
    private boolean confirmingDeletion;
    /** The phase whose deletion awaits confirmation, or null. */
    private Long removingPhaseId;
    private String manifestId;
    private String componentTitle;
    private String componentTitleEn;
    /** Per component instance: setting key → raw value as typed. */
    private final Map<Long, Map<String, String>> settings = new HashMap<>();
    /** Per component instance and phase: the open actions. */
    private final Map<String, List<String>> openActions = new HashMap<>();

    public void load() {
        if (!portal.isAdministrator()) {
            return;
        }
        try {
            show(spaces.get(portal.getCitizen(), Long.toString(id), portal.getLocale()));
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
    }

    private void show(SpaceView view) {
        space = view;
        title = view.written().titleFr();
        titleEn = view.written().titleEn();
        description = view.written().descriptionFr();
        descriptionEn = view.written().descriptionEn();
        startsOn = view.startsOn();
        endsOn = view.endsOn();
        settings.clear();
        openActions.clear();
        for (SpaceView.ComponentView c : view.components()) {
            settings.put(c.id(), new LinkedHashMap<>(c.settings()));
            for (SpaceView.PhaseView p : view.phases()) {
                String listed = c.phaseSettings().getOrDefault(Long.toString(p.id()), Map.of()).get(PermissionPolicy.ACTIONS);
                openActions.put(c.id() + ":" + p.id(), listed == null ? actionIds(c.manifestId())
                        : new ArrayList<>(List.of(listed.split(","))).stream().filter(a -> !a.isBlank()).toList());
            }
        }
    }

    private String act(Supplier<SpaceView> action, String doneKey) {
        try {
            show(action.get());
            portal.info(doneKey);
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
        return null;
    }

    public String save() {
        return act(() -> spaces.update(portal.required(), id, texts(title, titleEn),
                texts(description, descriptionEn), startsOn, endsOn), "admin.saved");
    }

    public String publish(boolean published) {
        return act(() -> spaces.publish(portal.required(), id, published), "admin.saved");
    }

    public String addPhase() {
        act(() -> spaces.addPhase(portal.required(), id, texts(phaseTitle, phaseTitleEn), null,
                phaseStartsOn, phaseEndsOn),
                "admin.phase.added");
        if (!hasErrors()) {
            // The next phase starts from empty fields, not from the text of the one just added.
            phaseTitle = null;
            phaseTitleEn = null;
            phaseStartsOn = null;
            phaseEndsOn = null;
        }
        return null;
    }

    public String activate(long phaseId) {
        act(() -> spaces.activatePhase(portal.required(), id, phaseId), "admin.phase.activated");
        focusOn(phaseId + (hasErrors() ? ":activate" : ":edit")); // once active, its "make active" button is gone
        return null;
    }

    /** Opens the form that renames and dates one phase. */
    public String editPhase(long phaseId) {
        space.phases().stream().filter(p -> p.id() == phaseId).findFirst().ifPresent(p -> {
            editedPhaseId = p.id();
            editedTitle = p.written().titleFr();
            editedTitleEn = p.written().titleEn();
            editedDescription = p.written().descriptionFr();
            editedDescriptionEn = p.written().descriptionEn();
            editedStartsOn = p.startsOn();
            editedEndsOn = p.endsOn();
            editedName = p.title();
            focusOn("edit");
        });
        return null;
    }

    public String savePhase() {
        if (editedPhaseId == null) {
            return null;
        }
        long phaseId = editedPhaseId;
        act(() -> spaces.describePhase(portal.required(), id, phaseId, texts(editedTitle, editedTitleEn),
                texts(editedDescription, editedDescriptionEn), editedStartsOn, editedEndsOn),
                "admin.saved");
        if (!hasErrors()) {
            editedPhaseId = null;
            focusOn(phaseId + ":edit");
        }
        return null;
    }

    public String cancelPhase() {
        focusOn(editedPhaseId + ":edit");
        editedPhaseId = null;
        return null;
    }

    /** Moves a phase one place up ({@code -1}) or down ({@code 1}). */
    public String movePhase(long phaseId, int by) {
        int position = space.phases().stream().filter(p -> p.id() == phaseId).mapToInt(SpaceView.PhaseView::position)
                .findFirst().orElse(0) + by;
        act(() -> spaces.movePhase(portal.required(), id, phaseId, position), "admin.phase.moved");
        // The same button of the moved phase, or the other one once it reached the top or the bottom.
        List<SpaceView.PhaseView> phases = space.phases();
        int at = phases.stream().map(SpaceView.PhaseView::id).toList().indexOf(phaseId);
        boolean up = by < 0 ? at > 0 : at == phases.size() - 1;
        focusOn(phaseId + (up ? ":up" : ":down"));
        return null;
    }

    /** The first click asks for confirmation beside the phase; the deletion itself is {@link #removePhase}. */
    public String askPhaseRemoval(long phaseId) {
        removingPhaseId = phaseId;
        focusOn(phaseId + ":keep");
        return null;
    }

    public String cancelPhaseRemoval() {
        focusOn(removingPhaseId + ":remove");
        removingPhaseId = null;
        return null;
    }

    /** Only the phase whose deletion was asked for: its confirmation is rendered, so only its button can be used. */
    public String removePhase(long phaseId) {
        removingPhaseId = null;
        act(() -> spaces.removePhase(portal.required(), id, phaseId), "admin.phase.removed");
        focusOn(hasErrors() ? phaseId + ":remove" : "phases");
        return null;
    }

    /**
     * Where the keyboard focus goes back after an action on a phase, so that a keyboard or screen reader user stays
     * where they were: {@code "<phase id>:<control>"} (a phase's button), {@code "edit"} (the phase's form),
     * {@code "phases"} (the list, after a deletion). Kept for the answer to this request only: the next action,
     * elsewhere on the page, starts from the page's own order.
     */
    private static void focusOn(String target) {
        FacesContext.getCurrentInstance().getAttributes().put(FOCUS, target);
    }

    /** {@code "autofocus"} on the control the focus goes back to ({@link #focusOn}), else null (no attribute). */
    public String focus(Object phaseId, String control) {
        return (phaseId == null ? control : phaseId + ":" + control)
                .equals(FacesContext.getCurrentInstance().getAttributes().get(FOCUS)) ? "autofocus" : null;
    }

    /** A phase's control named with the phase's title, "Monter l'étape « Vote »", for screen readers and voice control. */
    public String named(String key, String phaseTitle) {
        return new MessageFormat(portal.text(key), portal.getLocale()).format(new Object[] {phaseTitle});
    }

    public String archive(boolean archived) {
        return act(() -> spaces.archive(portal.required(), id, archived),
                archived ? "admin.space.archived" : "admin.space.restored");
    }

    /** The first click asks for confirmation; the deletion itself is {@link #delete()}. */
    public String askDeletion() {
        confirmingDeletion = true;
        return null;
    }

    public String cancelDeletion() {
        confirmingDeletion = false;
        return null;
    }

    public String delete() {
        try {
            spaces.delete(portal.required(), id);
            portal.info("admin.space.deleted");
            return "/admin/spaces?faces-redirect=true";
        } catch (Refusal refusal) {
            confirmingDeletion = false;
            portal.show(refusal, null);
            return null;
        }
    }

    public String addComponent() {
        act(() -> spaces.addComponent(portal.required(), id, manifestId,
                texts(componentTitle, componentTitleEn), Map.of(), false),
                "admin.component.added");
        if (!hasErrors()) {
            componentTitle = null;
            componentTitleEn = null;
        }
        return null;
    }

    /** French, and English when written; null when the French is missing, which the service refuses. */
    private static LocalizedText texts(String fr, String en) {
        return fr == null ? null : new LocalizedText(fr, en);
    }

    private static boolean hasErrors() {
        FacesMessage.Severity worst = FacesContext.getCurrentInstance().getMaximumSeverity();
        return worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /** A date as the reader writes it ("15 janvier 2027", "January 15, 2027"). */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(portal.getLocale())
                .format(date);
    }

    public String saveComponent(long componentId, boolean published) {
        return act(() -> spaces.configureComponent(portal.required(), componentId, null, settings.get(componentId),
                published), "admin.saved");
    }

    public String savePhaseActions(long componentId, long phaseId) {
        List<String> open = openActions.getOrDefault(componentId + ":" + phaseId, List.of());
        return act(() -> spaces.configurePhase(portal.required(), componentId, phaseId,
                Map.of(PermissionPolicy.ACTIONS, String.join(",", open))), "admin.saved");
    }

    public List<ComponentManifest> getManifests() {
        return registry.manifests();
    }

    public List<SettingSpec> settingsOf(String manifest) {
        return registry.find(manifest).map(c -> c.manifest().settings()).orElse(List.of());
    }

    public List<ActionSpec> actionsOf(String manifest) {
        return registry.find(manifest).map(c -> c.manifest().actions()).orElse(List.of());
    }

    private List<String> actionIds(String manifest) {
        return registry.find(manifest).map(ParticipationComponent::manifest)
                .map(m -> m.actions().stream().map(ActionSpec::id).toList()).orElse(List.of());
    }

    public String label(SettingSpec spec) {
        return spec.label() == null ? spec.key() : spec.label().in(portal.getLocale());
    }

    public String actionLabel(ActionSpec action) {
        return action.label().in(portal.getLocale());
    }

    public String manifestName(ComponentManifest manifest) {
        return manifest.name().in(portal.getLocale());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public SpaceView getSpace() { return space; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getPhaseTitleEn() { return phaseTitleEn; }
    public void setPhaseTitleEn(String phaseTitleEn) { this.phaseTitleEn = phaseTitleEn; }
    public String getEditedDescription() { return editedDescription; }
    public void setEditedDescription(String editedDescription) { this.editedDescription = editedDescription; }
    public String getEditedDescriptionEn() { return editedDescriptionEn; }
    public void setEditedDescriptionEn(String editedDescriptionEn) { this.editedDescriptionEn = editedDescriptionEn; }
    public String getEditedTitleEn() { return editedTitleEn; }
    public void setEditedTitleEn(String editedTitleEn) { this.editedTitleEn = editedTitleEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPhaseTitle() { return phaseTitle; }
    public void setPhaseTitle(String phaseTitle) { this.phaseTitle = phaseTitle; }
    public LocalDate getPhaseStartsOn() { return phaseStartsOn; }
    public void setPhaseStartsOn(LocalDate phaseStartsOn) { this.phaseStartsOn = phaseStartsOn; }
    public LocalDate getPhaseEndsOn() { return phaseEndsOn; }
    public void setPhaseEndsOn(LocalDate phaseEndsOn) { this.phaseEndsOn = phaseEndsOn; }
    public String getManifestId() { return manifestId; }
    public void setManifestId(String manifestId) { this.manifestId = manifestId; }
    public String getComponentTitleEn() { return componentTitleEn; }
    public void setComponentTitleEn(String componentTitleEn) { this.componentTitleEn = componentTitleEn; }
    public String getComponentTitle() { return componentTitle; }
    public void setComponentTitle(String componentTitle) { this.componentTitle = componentTitle; }
    public Long getEditedPhaseId() { return editedPhaseId; }
    public String getEditedName() { return editedName; }
    public Long getRemovingPhaseId() { return removingPhaseId; }
    public String getEditedTitle() { return editedTitle; }
    public void setEditedTitle(String editedTitle) { this.editedTitle = editedTitle; }
    public LocalDate getEditedStartsOn() { return editedStartsOn; }
    public void setEditedStartsOn(LocalDate editedStartsOn) { this.editedStartsOn = editedStartsOn; }
    public LocalDate getEditedEndsOn() { return editedEndsOn; }
    public void setEditedEndsOn(LocalDate editedEndsOn) { this.editedEndsOn = editedEndsOn; }
    public boolean isConfirmingDeletion() { return confirmingDeletion; }
    public Map<Long, Map<String, String>> getSettings() { return settings; }
    public Map<String, List<String>> getOpenActions() { return openActions; }
}
