package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DateInput;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.civitas.spi.TextInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directorate's desk: opens a consultation, describes it, writes the next version of its text section by section,
 * and publishes it. Only agents of the consultation's directorate and administrators write here.
 */
@ApplicationScoped
public class ConsultationDesk {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 100_000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    Consultations consultations;
    @Inject
    TextVersions versions;
    @Inject
    AuditTrail audit;
    /** The city's clock: a consultation opens and closes at midnight there. */
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    /** Opens a consultation in the instance, as a draft only its directorate reads. */
    @Transactional
    public Views.ConsultationView open(CitizenRef agent, long componentId, ConsultationInput input) {
        access.require(ConsultationComponent.ID, agent, componentId, "open", null);
        ComponentRef instance = access.component(ConsultationComponent.ID, componentId, agent);
        ConsultationInput clean = validate(agent, input);
        Consultation consultation = new Consultation(componentId, instance.space().id(), clean.directorate(), clean.title(),
                RichText.clean(clean.context()), start(clean.opensOn()), start(clean.closesOn().plusDays(1)), agent.id(), Instant.now());
        em.persist(consultation);
        em.flush();
        audit.record(agent, "consultation.opened", "consultation", consultation.getId().toString(), null, null);
        return view(consultation, agent);
    }

    /**
     * Changes the description and dates (closing early, say); the directorate stays, unless an administrator moves it.
     * Dates are refused once the outcome is published, or when they would hide what people did ({@link Consultation#refusedDates}).
     */
    @Transactional
    public Views.ConsultationView describe(CitizenRef agent, long consultationId, ConsultationInput input) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        ConsultationInput clean = validate(agent, input == null ? null : new ConsultationInput(
                input.directorate() == null ? consultation.getDirectorate() : input.directorate(), input.title(),
                input.context(), input.opensOn(), input.closesOn()));
        Instant opens = start(clean.opensOn());
        Instant closes = start(clean.closesOn().plusDays(1));
        String refused = consultation.refusedDates(opens, closes, Instant.now(), participated(consultation));
        if (refused != null) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, refused);
        }
        consultation.describe(clean.directorate(), clean.title(), RichText.clean(clean.context()), opens, closes);
        audit.record(agent, "consultation.described", "consultation", consultation.getId().toString(), null, null);
        return view(consultation, agent);
    }

    /** Makes the consultation public; it needs a published first version of its text. */
    @Transactional
    public Views.ConsultationView publish(CitizenRef agent, long consultationId) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        if (consultation.getCurrentVersion() == 0) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "consultation.no-text");
        }
        consultation.publish();
        audit.record(agent, "consultation.published", "consultation", consultation.getId().toString(), null, null);
        return view(consultation, agent);
    }

    /** Adds a section at the end of the draft of the next version (the draft is started when there is none). */
    @Transactional
    public Views.SectionView addSection(CitizenRef agent, long consultationId, SectionInput input) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        SectionInput clean = validate(input);
        TextVersion draft = versions.draft(consultation);
        Section section = new Section(consultation.getId());
        em.persist(section);
        em.flush();
        int position = versions.sections(consultation.getId(), draft.getNumber()).size();
        SectionText text = new SectionText(section.getId(), consultation.getId(), draft.getNumber(), position, clean.title(),
                RichText.clean(clean.body()), null);
        em.persist(text);
        em.flush();
        return new Views.SectionView(section.getId(), position, text.getTitle(), text.getBody(), null);
    }

    /** Rewrites a section of the draft of the next version. */
    @Transactional
    public Views.SectionView editSection(CitizenRef agent, long consultationId, long sectionId, SectionInput input) {
        Consultation consultation = writable(agent, consultationId);
        SectionInput clean = validate(input);
        SectionText text = drafted(consultation, sectionId);
        text.rewrite(clean.title(), RichText.clean(clean.body()), null);
        return new Views.SectionView(sectionId, text.getPosition(), text.getTitle(), text.getBody(), null);
    }

    /** Moves a section of the draft one place {@code up} or {@code down}; at either end, it stays. */
    @Transactional
    public List<Views.SectionView> moveSection(CitizenRef agent, long consultationId, long sectionId, String direction) {
        Consultation consultation = writable(agent, consultationId);
        boolean up = up(direction);
        SectionText moved = drafted(consultation, sectionId);
        List<SectionText> order = new ArrayList<>(versions.sections(consultationId, moved.getVersionNumber()));
        int at = order.indexOf(moved);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, moved);
        }
        return renumber(order);
    }

    /**
     * A move's direction as sent, {@code up} or {@code down}: read once the mover may write, so that anyone else is
     * asked to sign in or told it is not theirs rather than told the direction is missing.
     */
    static boolean up(String direction) {
        return switch (direction == null ? "" : direction) {
            case "up" -> true;
            case "down" -> false;
            default -> throw Texts.refusal(Refusal.Kind.BAD_INPUT, "section.direction");
        };
    }

    /** Takes a section out of the draft: the published versions keep it. */
    @Transactional
    public List<Views.SectionView> removeSection(CitizenRef agent, long consultationId, long sectionId) {
        Consultation consultation = writable(agent, consultationId);
        SectionText removed = drafted(consultation, sectionId);
        em.remove(removed);
        em.flush();
        return renumber(new ArrayList<>(versions.sections(consultationId, removed.getVersionNumber())));
    }

    /**
     * Imports Markdown into the draft, a section per top-level heading. A section of the draft with the same title
     * takes the imported words (it keeps its identity, so the versions' differences show what changed in it); the
     * others are added at the end. With {@code replace}, the draft's sections the import does not name are removed,
     * and the import's order is kept.
     */
    @Transactional
    public List<Views.SectionView> importMarkdown(CitizenRef agent, long consultationId, String markdown, boolean replace,
                                                 Locale locale) {
        Consultation consultation = writable(agent, consultationId);
        List<MarkdownImport.Imported> imported = MarkdownImport.split(markdown,
                Texts.text(locale == null ? Locale.FRENCH : locale, "import.preamble"));
        TextVersion draft = versions.draft(consultation);
        List<SectionText> existing = versions.sections(consultationId, draft.getNumber());
        // Sections with the same title are matched in order, each at most once: none is left behind by a replace.
        Map<String, java.util.Deque<SectionText>> byTitle = new HashMap<>();
        for (SectionText s : existing) {
            byTitle.computeIfAbsent(s.getTitle().toLowerCase(Locale.ROOT), t -> new java.util.ArrayDeque<>()).add(s);
        }
        List<SectionText> order = new ArrayList<>(replace ? List.of() : existing);
        for (MarkdownImport.Imported section : imported) {
            java.util.Deque<SectionText> titled = byTitle.get(section.title().toLowerCase(Locale.ROOT));
            SectionText same = titled == null ? null : titled.poll();
            if (same != null) {
                if (!same.getBody().equals(section.body()) || !same.getTitle().equals(section.title())) {
                    same.rewrite(section.title(), section.body(), null);
                }
                if (replace) {
                    order.add(same);
                }
            } else {
                Section created = new Section(consultationId);
                em.persist(created);
                em.flush();
                SectionText text = new SectionText(created.getId(), consultationId, draft.getNumber(), order.size(),
                        section.title(), section.body(), null);
                em.persist(text);
                order.add(text);
            }
        }
        if (replace) {
            byTitle.values().forEach(left -> left.forEach(em::remove));
        }
        if (order.size() > MarkdownImport.MAX_SECTIONS) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.too-many", MarkdownImport.MAX_SECTIONS);
        }
        em.flush();
        audit.record(agent, "consultation.text-imported", "consultation", consultation.getId().toString(), null,
                "sections=" + imported.size());
        return renumber(order);
    }

    /** Refuses unless {@code agent} may open consultations in the instance (the desk's new consultation form). */
    public void authorise(CitizenRef agent, long componentId) {
        access.component(ConsultationComponent.ID, componentId, agent);
        access.require(ConsultationComponent.ID, agent, componentId, "open", null);
    }

    /** The consultations of an instance its reader may open: published ones, and drafts for their directorate. */
    @Transactional
    public List<Views.ConsultationView> list(CitizenRef viewer, long componentId) {
        access.component(ConsultationComponent.ID, componentId, viewer);
        access.require(ConsultationComponent.ID, viewer, componentId, "read", null);
        return em.createQuery("SELECT c FROM Consultation c WHERE c.componentId = :i ORDER BY c.opensAt DESC, c.id DESC",
                        Consultation.class).setParameter("i", componentId).getResultList().stream()
                .filter(c -> c.getStatus() == Consultation.Status.PUBLISHED || Consultations.ofDirectorate(viewer, c))
                .map(c -> card(c, viewer))
                .toList();
    }

    /** Publishes the draft as the text's next version, with what changed. */
    @Transactional
    public Views.VersionView publishVersion(CitizenRef agent, long consultationId, String changelog) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        String log = changelog == null ? "" : changelog.strip();
        if (log.length() > 4000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "version.changelog");
        }
        TextVersion version = versions.publishDraft(consultation, log.isEmpty() ? null : log, agent);
        audit.record(agent, "consultation.version-published", "consultation", consultation.getId().toString(), null,
                "version=" + version.getNumber());
        return new Views.VersionView(version.getNumber(), version.getChangelog(), version.getPublishedAt());
    }

    /** A consultation with its text's current version (the draft's, for its directorate, before the first version). */
    @Transactional
    public Views.ConsultationView get(CitizenRef viewer, long consultationId) {
        return view(consultations.readable(viewer, consultationId), viewer);
    }

    Views.ConsultationView view(Consultation c, CitizenRef viewer) {
        return view(c, viewer, true);
    }

    private Views.ConsultationView view(Consultation c, CitizenRef viewer, boolean withText) {
        Instant now = Instant.now();
        String state = c.getStatus() == Consultation.Status.DRAFT ? "draft"
                : c.isClosedAt(now) ? "closed" : c.isOpenAt(now) ? "open" : "upcoming";
        boolean mine = Consultations.ofDirectorate(viewer, c);
        int shown = c.getCurrentVersion() == 0 && mine ? 1 : c.getCurrentVersion();
        List<Views.SectionView> sections = !withText ? List.of() : versions.sections(c.getId(), shown).stream()
                .map(s -> new Views.SectionView(s.getSectionId(), s.getPosition(), s.getTitle(), s.getBody(),
                        s.getFromAmendment() == null ? null : amender(s.getFromAmendment())))
                .toList();
        return new Views.ConsultationView(c.getId(), c.getComponentId(), c.getSpaceId(), c.getDirectorate(), c.getTitle(),
                c.getContext(), c.getOpensAt(), c.getClosesAt(), state, c.getCurrentVersion(), mine, sections);
    }

    /** A consultation without its text, as lists show it. */
    Views.ConsultationView card(Consultation c, CitizenRef viewer) {
        return view(c, viewer, false);
    }

    /** Whether anyone has proposed (even a draft) or voted in it. */
    private boolean participated(Consultation consultation) {
        return !em.createNativeQuery("SELECT 1 FROM consultation_proposal p WHERE p.consultation_id = ?1 UNION ALL "
                        + "SELECT 1 FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id "
                        + "WHERE p.consultation_id = ?1 LIMIT 1")
                .setParameter(1, consultation.getId()).getResultList().isEmpty();
    }

    /** The consultation, locked, for a change to its draft text by its directorate. */
    private Consultation writable(CitizenRef agent, long consultationId) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        return consultation;
    }

    /** A section of the draft (started when there is none); another consultation's section, or a removed one, is refused. */
    private SectionText drafted(Consultation consultation, long sectionId) {
        TextVersion draft = versions.draft(consultation);
        return versions.section(consultation.getId(), sectionId, draft.getNumber())
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.BAD_INPUT, "section.unknown"));
    }

    private List<Views.SectionView> renumber(List<SectionText> order) {
        List<Views.SectionView> sections = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            SectionText s = order.get(i);
            s.moveTo(i);
            sections.add(new Views.SectionView(s.getSectionId(), i, s.getTitle(), s.getBody(), null));
        }
        em.flush();
        return sections;
    }

    private String amender(long amendmentId) {
        Amendment amendment = em.find(Amendment.class, amendmentId);
        return amendment == null ? null : amendment.getAuthor();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneId.of(timeZone)).toInstant();
    }

    private static ConsultationInput validate(CitizenRef agent, ConsultationInput input) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "consultation.invalid");
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "consultation.title");
        }
        String context = input.context() == null ? "" : input.context().strip();
        if (context.isEmpty() || context.length() > TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "consultation.context");
        }
        if (input.opensOn() == null || input.closesOn() == null || !DateInput.inRange(input.opensOn())
                || !DateInput.inRange(input.closesOn()) || input.closesOn().isBefore(input.opensOn())) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "consultation.dates");
        }
        // An agent's consultation is their directorate's; administrators name one.
        String directorate = agent.has(Role.ADMINISTRATOR) && input.directorate() != null && !input.directorate().isBlank()
                ? input.directorate().strip() : agent.directorate();
        if (directorate == null || directorate.isBlank() || directorate.length() > 100) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "consultation.directorate");
        }
        return new ConsultationInput(directorate, title, context, input.opensOn(), input.closesOn());
    }

    private static SectionInput validate(SectionInput input) {
        String title = input == null || input.title() == null ? "" : input.title().strip();
        String body = input == null || input.body() == null ? "" : input.body().strip();
        // A title is one line: the page's table of contents and the versions' lists show it so.
        if (title.isEmpty() || TextInput.check(title, false, TITLE_MAX).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "section.title");
        }
        if (body.isEmpty() || body.length() > TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "section.body");
        }
        return new SectionInput(title, body);
    }
}
