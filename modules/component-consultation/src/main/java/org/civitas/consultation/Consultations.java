package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/**
 * Who may read and act on a consultation, for every use case: a draft is its directorate's (and administrators')
 * alone; participation is open between its dates; directorate actions are for the agents of its directorate.
 * Callers run inside their own transaction.
 */
@ApplicationScoped
public class Consultations {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    ComponentAccess access;

    /** The consultation as {@code viewer} may read it; not found otherwise (a draft for anyone outside its directorate). */
    public Consultation readable(CitizenRef viewer, long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw notFound();
        }
        access.component(ConsultationComponent.ID, consultation.getComponentId(), viewer);
        access.require(ConsultationComponent.ID, viewer, consultation.getComponentId(), "read", null);
        if (consultation.getStatus() == Consultation.Status.DRAFT && !ofDirectorate(viewer, consultation)) {
            throw notFound();
        }
        return consultation;
    }

    /** The consultation, locked for the change about to be made (versions, acceptances). */
    public Consultation locked(CitizenRef viewer, long id) {
        Consultation consultation = readable(viewer, id);
        em.lock(consultation, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(consultation);
        return consultation;
    }

    /** The instance as {@code viewer} sees it, with its current phase's settings. */
    public ComponentRef instance(CitizenRef viewer, Consultation consultation) {
        return access.component(ConsultationComponent.ID, consultation.getComponentId(), viewer);
    }

    /**
     * Refuses unless {@code actor} may do the directorate's {@code action} ({@code open} or {@code answer}) here: the
     * phase and role allow it, and they are an administrator or an agent of the consultation's directorate.
     */
    public void requireDirectorate(CitizenRef actor, Consultation consultation, String action) {
        access.require(ConsultationComponent.ID, actor, consultation.getComponentId(), action, null);
        if (!ofDirectorate(actor, consultation)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "consultation.other-directorate", consultation.getDirectorate());
        }
    }

    /** Refuses a citizen's {@code action} unless the phase allows it and the consultation is open today. */
    public void requireParticipation(CitizenRef actor, Consultation consultation, String action, String district) {
        access.require(ConsultationComponent.ID, actor, consultation.getComponentId(), action, district);
        Instant now = Instant.now();
        if (!consultation.isOpenAt(now)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT,
                    consultation.isClosedAt(now) ? "consultation.closed" : "consultation.not-open");
        }
    }

    /** An administrator, or an agent of the consultation's directorate. */
    public static boolean ofDirectorate(CitizenRef viewer, Consultation consultation) {
        return viewer != null && (viewer.has(Role.ADMINISTRATOR) || (viewer.has(Role.AGENT)
                && viewer.directorate() != null && viewer.directorate().equalsIgnoreCase(consultation.getDirectorate())));
    }

    /** Whether {@code viewer} moderates: moderators read everything a participant may hide from others. */
    public static boolean moderates(CitizenRef viewer) {
        return viewer != null && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR));
    }

    static Refusal notFound() {
        return Texts.refusal(Refusal.Kind.NOT_FOUND, "consultation.not-found");
    }
}
