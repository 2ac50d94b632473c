package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.DateInput;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
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

    /** Changes the description and dates (closing early, say); the directorate stays, unless an administrator moves it. */
    @Transactional
    public Views.ConsultationView describe(CitizenRef agent, long consultationId, ConsultationInput input) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        ConsultationInput clean = validate(agent, input == null ? null : new ConsultationInput(
                input.directorate() == null ? consultation.getDirectorate() : input.directorate(), input.title(),
                input.context(), input.opensOn(), input.closesOn()));
        consultation.describe(clean.directorate(), clean.title(), RichText.clean(clean.context()), start(clean.opensOn()),
                start(clean.closesOn().plusDays(1)));
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
                "version " + version.getNumber());
        return new Views.VersionView(version.getNumber(), version.getChangelog(), version.getPublishedAt());
    }

    /** A consultation with its text's current version (the draft's, for its directorate, before the first version). */
    @Transactional
    public Views.ConsultationView get(CitizenRef viewer, long consultationId) {
        return view(consultations.readable(viewer, consultationId), viewer);
    }

    Views.ConsultationView view(Consultation c, CitizenRef viewer) {
        Instant now = Instant.now();
        String state = c.getStatus() == Consultation.Status.DRAFT ? "draft"
                : c.isClosedAt(now) ? "closed" : c.isOpenAt(now) ? "open" : "upcoming";
        boolean mine = Consultations.ofDirectorate(viewer, c);
        int shown = c.getCurrentVersion() == 0 && mine ? 1 : c.getCurrentVersion();
        List<Views.SectionView> sections = versions.sections(c.getId(), shown).stream()
                .map(s -> new Views.SectionView(s.getSectionId(), s.getPosition(), s.getTitle(), s.getBody(),
                        s.getFromAmendment() == null ? null : amender(s.getFromAmendment())))
                .toList();
        return new Views.ConsultationView(c.getId(), c.getComponentId(), c.getSpaceId(), c.getDirectorate(), c.getTitle(),
                c.getContext(), c.getOpensAt(), c.getClosesAt(), state, c.getCurrentVersion(), mine, sections);
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
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "section.title");
        }
        if (body.isEmpty() || body.length() > TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "section.body");
        }
        return new SectionInput(title, body);
    }
}
