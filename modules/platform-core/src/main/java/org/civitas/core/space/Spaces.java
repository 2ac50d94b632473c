package org.civitas.core.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.audit.AuditLog;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** Participatory spaces, their phases and component instances; and the permission check of every action. */
@ApplicationScoped
public class Spaces implements ComponentAccess {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    ComponentRegistry registry;
    @Inject
    AuditLog audit;

    /** Creates a space; an empty {@code slug} is derived from the title and made unique. */
    @Transactional
    public SpaceView create(CitizenRef admin, String slug, LocalizedText title, LocalizedText description,
                           LocalDate startsOn, LocalDate endsOn) {
        Authority.administrator(admin);
        checkDescription(title, description, startsOn, endsOn);
        String s;
        if (slug == null || slug.isBlank()) {
            String base = SpaceSlug.fromTitle(title.fr());
            s = SpaceSlug.unique(base.isEmpty() ? "espace" : base, this::slugTaken);
        } else {
            s = slug.strip().toLowerCase(Locale.ROOT);
            if (!SpaceSlug.VALID.matcher(s).matches() || s.length() > SpaceSlug.MAX) {
                throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.slug.invalid");
            }
            if (slugTaken(s)) {
                throw Messages.refusal(Refusal.Kind.CONFLICT, "space.slug.taken");
            }
        }
        Space space = new Space(s, stripped(title), stripped(description), startsOn, endsOn, Instant.now());
        em.persist(space);
        em.flush();
        audit.record(admin, "space.created", "space", space.getId().toString(), null, space.getTitle());
        return view(space, Locale.FRENCH);
    }

    private boolean slugTaken(String slug) {
        return !em.createNamedQuery("Space.findBySlug", Space.class).setParameter("slug", slug).getResultList().isEmpty();
    }

    @Transactional
    public SpaceView update(CitizenRef admin, long spaceId, LocalizedText title, LocalizedText description,
                           LocalDate startsOn, LocalDate endsOn) {
        Authority.administrator(admin);
        checkDescription(title, description, startsOn, endsOn);
        Space space = editable(spaceId);
        space.describe(stripped(title), stripped(description), startsOn, endsOn);
        audit.record(admin, "space.updated", "space", space.getId().toString(), null, space.getTitle());
        return view(space, Locale.FRENCH);
    }

    @Transactional
    public SpaceView publish(CitizenRef admin, long spaceId, boolean published) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        space.publish(published);
        audit.record(admin, published ? "space.published" : "space.unpublished", "space", space.getId().toString(),
                null, null);
        return view(space, Locale.FRENCH);
    }

    @Transactional
    public SpaceView addPhase(CitizenRef admin, long spaceId, LocalizedText title, LocalizedText description,
                             LocalDate startsOn, LocalDate endsOn) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        Phase phase = space.addPhase(title, description, startsOn, endsOn);
        em.flush();
        audit.record(admin, "space.phase.added", "space", space.getId().toString(), null, phase.getTitle());
        return view(space, Locale.FRENCH);
    }

    /** Renames and dates a phase. */
    @Transactional
    public SpaceView describePhase(CitizenRef admin, long spaceId, long phaseId, LocalizedText title,
                                   LocalizedText description, LocalDate startsOn, LocalDate endsOn) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        Phase phase = phase(space, phaseId);
        String before = phase.getTitle();
        phase.describe(title, description, startsOn, endsOn);
        audit.record(admin, "space.phase.updated", "space", space.getId().toString(), null,
                before + " -> " + phase.getTitle() + " (" + phase.getStartsOn() + " / " + phase.getEndsOn() + ")");
        return view(space, Locale.FRENCH);
    }

    /** Puts a phase at another position (1 is first). */
    @Transactional
    public SpaceView movePhase(CitizenRef admin, long spaceId, long phaseId, int position) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        Phase phase = phase(space, phaseId);
        int before = phase.getPosition();
        space.movePhase(phase, position);
        audit.record(admin, "space.phase.moved", "space", space.getId().toString(), null,
                phase.getTitle() + " " + before + " -> " + position);
        return view(space, Locale.FRENCH);
    }

    /** Removes a phase, and the settings components had for it; the current phase cannot be removed. */
    @Transactional
    public SpaceView removePhase(CitizenRef admin, long spaceId, long phaseId) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        Phase phase = phase(space, phaseId);
        space.removePhase(phase);
        audit.record(admin, "space.phase.removed", "space", space.getId().toString(), null, phase.getTitle());
        return view(space, Locale.FRENCH);
    }

    @Transactional
    public SpaceView activatePhase(CitizenRef admin, long spaceId, long phaseId) {
        Authority.administrator(admin);
        Space space = editable(spaceId);
        Phase phase = phase(space, phaseId);
        space.activate(phase);
        audit.record(admin, "space.phase.activated", "space", space.getId().toString(), null, phase.getTitle());
        return view(space, Locale.FRENCH);
    }

    /**
     * Archives a space (read-only, and hidden from everyone but administrators, with everything it holds) or
     * restores it as it was.
     */
    @Transactional
    public SpaceView archive(CitizenRef admin, long spaceId, boolean archived) {
        Authority.administrator(admin);
        Space space = space(spaceId);
        space.archive(archived);
        audit.record(admin, archived ? "space.archived" : "space.restored", "space", space.getId().toString(), null,
                space.getTitle());
        return view(space, Locale.FRENCH);
    }

    /** Deletes a space that holds no contribution; one that does can only be archived. */
    @Transactional
    public void delete(CitizenRef admin, long spaceId) {
        Authority.administrator(admin);
        Space space = space(spaceId);
        for (ComponentInstance instance : space.getComponents()) {
            boolean holds = registry.find(instance.getManifestId()).map(c -> c.holdsContributions(instance.ref()))
                    .orElse(true);
            if (holds) {
                throw Messages.refusal(Refusal.Kind.CONFLICT, "space.not-empty");
            }
        }
        for (ComponentInstance instance : space.getComponents()) {
            registry.find(instance.getManifestId()).ifPresent(c -> c.instanceRemoved(instance.ref()));
        }
        audit.record(admin, "space.deleted", "space", space.getId().toString(), null, space.getSlug() + " " + space.getTitle());
        em.remove(space);
    }

    @Transactional
    public SpaceView addComponent(CitizenRef admin, long spaceId, String manifestId, LocalizedText title,
                                  Map<String, String> settings, boolean published) {
        Authority.administrator(admin);
        ParticipationComponent component = registry.find(manifestId)
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.BAD_INPUT, "component.unknown", manifestId));
        ComponentManifest manifest = component.manifest();
        checkTitle(title);
        Map<String, String> valid = SettingsCheck.validate(manifest.settings(), settings, actionIds(manifest));
        Space space = editable(spaceId);
        ComponentInstance instance = space.addComponent(manifestId, stripped(title), valid, published);
        em.flush();
        component.instanceCreated(instance.ref());
        audit.record(admin, "component.added", "component", instance.getId().toString(), null, manifestId);
        return view(space, Locale.FRENCH);
    }

    @Transactional
    /** Changes what is given: a null title, settings or publication stays as it was. */
    public SpaceView configureComponent(CitizenRef admin, long componentId, LocalizedText title,
                                        Map<String, String> settings, Boolean published) {
        Authority.administrator(admin);
        ComponentInstance instance = instance(componentId);
        instance.getSpace().requireEditable();
        ComponentManifest manifest = manifest(instance);
        if (title != null) {
            checkTitle(title);
        }
        // Fields left out stay as they are: publishing an instance does not reset its settings.
        Map<String, String> valid = settings == null ? instance.settings()
                : SettingsCheck.validate(manifest.settings(), settings, actionIds(manifest));
        registry.find(instance.getManifestId()).flatMap(c -> c.refuseSettings(instance.ref(), valid)).ifPresent(why -> {
            throw new Refusal(Refusal.Kind.CONFLICT, "component.settings.frozen", new LocalizedText(
                    Messages.text(Locale.FRENCH, "component.settings.frozen", why.fr()),
                    Messages.text(Locale.ENGLISH, "component.settings.frozen", why.en())));
        });
        SettingsChange change = SettingsChange.between(instance.getManifestId(), null, instance.settings(), valid);
        instance.configure(title == null ? instance.title() : stripped(title), valid);
        if (published != null) {
            instance.publish(published);
        }
        audit.record(admin, "component.configured", "component", instance.getId().toString(), null, change.toJson());
        return view(instance.getSpace(), Locale.FRENCH);
    }

    @Transactional
    public SpaceView configurePhase(CitizenRef admin, long componentId, long phaseId, Map<String, String> settings) {
        Authority.administrator(admin);
        ComponentInstance instance = instance(componentId);
        instance.getSpace().requireEditable();
        Phase phase = instance.getSpace().getPhases().stream().filter(p -> p.getId() == phaseId).findFirst()
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "space.phase.not-found"));
        ComponentManifest manifest = manifest(instance);
        Map<String, String> valid = SettingsCheck.validate(manifest.phaseSettings(), settings, actionIds(manifest));
        SettingsChange change = SettingsChange.between(instance.getManifestId(), phase.title(),
                instance.allPhaseSettings().getOrDefault(Long.toString(phaseId), Map.of()), valid);
        instance.configurePhase(phaseId, valid);
        audit.record(admin, "component.phase.configured", "component", instance.getId().toString(), null,
                change.toJson());
        return view(instance.getSpace(), Locale.FRENCH);
    }

    /** Published spaces, not archived, for everyone; administrators see all. */
    @Transactional
    public List<SpaceView> list(CitizenRef viewer, Locale locale) {
        boolean admin = viewer != null && viewer.has(Role.ADMINISTRATOR);
        return em.createNamedQuery(admin ? "Space.all" : "Space.published", Space.class).getResultStream()
                .map(s -> view(s, locale)).map(v -> admin ? v : withoutUnpublished(v)).toList();
    }

    @Transactional
    public SpaceView get(CitizenRef viewer, String slugOrId, Locale locale) {
        Space space = slugOrId != null && slugOrId.matches("\\d{1,18}")
                ? em.find(Space.class, Long.parseLong(slugOrId))
                : em.createNamedQuery("Space.findBySlug", Space.class).setParameter("slug", slugOrId)
                        .getResultStream().findFirst().orElse(null);
        boolean admin = viewer != null && viewer.has(Role.ADMINISTRATOR);
        if (space == null || (!space.isPublic() && !admin)) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "space.not-found");
        }
        SpaceView view = view(space, locale);
        return admin ? view : withoutUnpublished(view);
    }

    @Override
    // A refusal changes nothing: the caller may ask about many instances in one transaction (a queue across boxes)
    // and carry on with those it may use, so the refusal must not doom the caller's transaction.
    @Transactional(dontRollbackOn = Refusal.class)
    public ComponentRef component(String manifestId, long componentId, CitizenRef viewer) {
        ComponentInstance instance = em.find(ComponentInstance.class, componentId);
        boolean admin = viewer != null && viewer.has(Role.ADMINISTRATOR);
        if (instance == null || !instance.getManifestId().equals(manifestId)
                || (!admin && !instance.isPublic())) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "component.not-found");
        }
        return instance.ref();
    }

    @Override
    @Transactional
    public boolean isOpen(String manifestId, long componentId, String action) {
        ComponentInstance instance = em.find(ComponentInstance.class, componentId);
        return instance != null && instance.getManifestId().equals(manifestId) && instance.isPublic()
                && PermissionPolicy.isOpen(instance.ref(), action);
    }

    @Override
    @Transactional
    public Set<Long> closedTo(CitizenRef viewer) {
        if (viewer != null && viewer.has(Role.ADMINISTRATOR)) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT c.id FROM ComponentInstance c "
                + "WHERE c.published = false OR c.space.published = false OR c.space.archived = true", Long.class).getResultList());
    }

    @Override
    // As component(): a refusal must not doom the caller's transaction.
    @Transactional(dontRollbackOn = Refusal.class)
    public void require(String manifestId, CitizenRef actor, long componentId, String action, String district) {
        ComponentInstance instance = em.find(ComponentInstance.class, componentId);
        boolean admin = actor != null && actor.has(Role.ADMINISTRATOR);
        if (instance == null || !instance.getManifestId().equals(manifestId)
                || (!admin && !instance.isPublic())) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "component.not-found");
        }
        if (instance.getSpace().isArchived() && !PermissionPolicy.READ.equals(action)) {
            // Administrators still read an archived space; nobody changes it.
            throw Messages.refusal(Refusal.Kind.CONFLICT, "space.archived");
        }
        PermissionPolicy.Outcome outcome = PermissionPolicy.decide(manifest(instance), instance.ref(), actor, action,
                district);
        switch (outcome) {
            case ALLOWED:
                return;
            case SIGN_IN:
                throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, outcome.messageKey);
            case UNKNOWN_ACTION:
                throw Messages.refusal(Refusal.Kind.BAD_INPUT, outcome.messageKey, action);
            default:
                throw Messages.refusal(Refusal.Kind.FORBIDDEN, outcome.messageKey);
        }
    }

    private SpaceView view(Space space, Locale locale) {
        Long current = space.currentPhase().map(Phase::getId).orElse(null);
        List<SpaceView.PhaseView> phases = space.getPhases().stream()
                .map(p -> new SpaceView.PhaseView(p.getId(), p.getPosition(), p.title().in(locale),
                        p.description() == null ? null : p.description().in(locale), p.getStartsOn(), p.getEndsOn(),
                        p.getId().equals(current), SpaceView.Written.of(p.title(), p.description())))
                .toList();
        List<SpaceView.ComponentView> components = space.getComponents().stream().map(c -> {
            ComponentManifest m = registry.find(c.getManifestId()).map(ParticipationComponent::manifest).orElse(null);
            return new SpaceView.ComponentView(c.getId(), c.getManifestId(),
                    m == null ? c.getManifestId() : m.name().in(locale), c.title().in(locale), c.title().en(),
                    c.isPublished(),
                    m == null ? null : m.entryView(), c.settings(), c.allPhaseSettings());
        }).toList();
        return new SpaceView(space.getId(), space.getSlug(), space.title().in(locale), space.description().in(locale),
                space.getStartsOn(), space.getEndsOn(), space.isPublished(), space.isArchived(), current, phases,
                components, SpaceView.Written.of(space.title(), space.description()));
    }

    private static SpaceView withoutUnpublished(SpaceView v) {
        return new SpaceView(v.id(), v.slug(), v.title(), v.description(), v.startsOn(), v.endsOn(), v.published(),
                v.archived(), v.currentPhaseId(), v.phases(),
                v.components().stream().filter(SpaceView.ComponentView::published).toList(), v.written());
    }

    private ComponentManifest manifest(ComponentInstance instance) {
        return registry.find(instance.getManifestId()).map(ParticipationComponent::manifest)
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "component.unknown", instance.getManifestId()));
    }

    private static Set<String> actionIds(ComponentManifest manifest) {
        return manifest.actions().stream().map(ActionSpec::id).collect(Collectors.toSet());
    }

    private Space editable(long id) {
        Space space = space(id);
        space.requireEditable();
        return space;
    }

    private static Phase phase(Space space, long phaseId) {
        return space.getPhases().stream().filter(p -> p.getId() == phaseId).findFirst()
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "space.phase.not-found"));
    }

    private Space space(long id) {
        Space space = em.find(Space.class, id);
        if (space == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "space.not-found");
        }
        return space;
    }

    private ComponentInstance instance(long id) {
        ComponentInstance instance = em.find(ComponentInstance.class, id);
        if (instance == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "component.not-found");
        }
        return instance;
    }

    private static void checkTitle(LocalizedText title) {
        if (title == null || title.fr().isBlank() || title.fr().length() > 200
                || (title.en() != null && title.en().length() > 200)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.title.invalid");
        }
    }

    private static void checkDescription(LocalizedText title, LocalizedText description, LocalDate startsOn,
                                         LocalDate endsOn) {
        checkTitle(title);
        if (description == null || description.fr().isBlank()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.description.required");
        }
        if (startsOn == null || (endsOn != null && endsOn.isBefore(startsOn))) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.dates.invalid");
        }
    }

    /** Trimmed, the English null when none was written. */
    private static LocalizedText stripped(LocalizedText text) {
        return new LocalizedText(text.fr().strip(), text.en() == null || text.en().isBlank() ? null : text.en().strip());
    }

}
