package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * The versions of a consultation's text. The directorate writes the next version as a draft (a copy of the current
 * one, changed section by section) and publishes it with a changelog; an accepted amendment to a section publishes
 * a version of its own at once. Published versions are never changed, so every version stays readable. Callers hold
 * the consultation's lock ({@link Consultations#locked}), so two versions never get one number.
 */
@ApplicationScoped
public class TextVersions {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;

    /** A version's sections, in order. */
    public List<SectionText> sections(long consultationId, int number) {
        return em.createQuery("SELECT t FROM SectionText t WHERE t.consultationId = :c AND t.versionNumber = :n ORDER BY t.position",
                SectionText.class).setParameter("c", consultationId).setParameter("n", number).getResultList();
    }

    public Optional<TextVersion> version(long consultationId, int number) {
        return Optional.ofNullable(em.find(TextVersion.class, new TextVersion.Key(consultationId, number)));
    }

    /** The published versions, oldest first. */
    public List<TextVersion> published(long consultationId) {
        return em.createQuery("SELECT v FROM TextVersion v WHERE v.consultationId = :c AND v.publishedAt IS NOT NULL ORDER BY v.number",
                TextVersion.class).setParameter("c", consultationId).getResultList();
    }

    /** The draft of the next version, created as a copy of the current one when there is none. */
    public TextVersion draft(Consultation consultation) {
        int next = consultation.getCurrentVersion() + 1;
        Optional<TextVersion> existing = version(consultation.getId(), next);
        if (existing.isPresent()) {
            return existing.get();
        }
        TextVersion draft = new TextVersion(consultation.getId(), next);
        em.persist(draft);
        em.flush();
        for (SectionText s : sections(consultation.getId(), consultation.getCurrentVersion())) {
            em.persist(new SectionText(s.getSectionId(), s.getConsultationId(), next, s.getPosition(), s.getTitle(), s.getBody(),
                    s.getFromAmendment()));
        }
        em.flush();
        return draft;
    }

    /** Publishes the draft with its changelog: it becomes the current version. */
    public TextVersion publishDraft(Consultation consultation, String changelog, CitizenRef by) {
        TextVersion draft = version(consultation.getId(), consultation.getCurrentVersion() + 1)
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.CONFLICT, "version.no-draft"));
        if (sections(consultation.getId(), draft.getNumber()).isEmpty()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "version.empty");
        }
        draft.publish(changelog, by.id(), Instant.now());
        consultation.versionPublished(draft.getNumber());
        return draft;
    }

    /**
     * An accepted amendment's words for one section, published as the next version, credited to the amendment.
     * A draft the directorate is writing moves one number up and takes the new words too, unless it had already
     * changed that section: its own words then stay, and the directorate sees the difference when publishing.
     */
    public TextVersion publishAmendment(Consultation consultation, Amendment amendment, String changelog, CitizenRef by) {
        int current = consultation.getCurrentVersion();
        long id = consultation.getId();
        Optional<TextVersion> draft = version(id, current + 1);
        SectionText base = section(id, amendment.getSectionId(), current)
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.CONFLICT, "amendment.section-removed"));
        if (draft.isPresent()) {
            moveDraft(id, current + 1, current + 2, amendment, base);
        }
        TextVersion next = new TextVersion(id, current + 1);
        // Published before it is written: the moved draft is the consultation's one unpublished version.
        next.publish(changelog, by.id(), Instant.now());
        em.persist(next);
        em.flush();
        for (SectionText s : sections(id, current)) {
            boolean amended = s.getSectionId() == amendment.getSectionId();
            em.persist(new SectionText(s.getSectionId(), id, current + 1, s.getPosition(),
                    amended ? amendment.getTitle() : s.getTitle(), amended ? amendment.getBody() : s.getBody(),
                    amended ? amendment.getId() : s.getFromAmendment()));
        }
        consultation.versionPublished(current + 1);
        em.flush();
        return next;
    }

    /** One section's words in one version. */
    public Optional<SectionText> section(long consultationId, long sectionId, int number) {
        return Optional.ofNullable(em.find(SectionText.class, new SectionText.Key(sectionId, number)))
                .filter(s -> s.getConsultationId() == consultationId);
    }

    private void moveDraft(long consultationId, int from, int to, Amendment amendment, SectionText base) {
        TextVersion moved = new TextVersion(consultationId, to);
        List<SectionText> drafted = sections(consultationId, from);
        // The draft's rows are re-created under the new number: a key is never updated in place.
        for (SectionText s : drafted) {
            em.remove(s);
        }
        // No relationship tells EclipseLink that the sections' rows go before their version's: flush them first.
        em.flush();
        em.remove(em.find(TextVersion.class, new TextVersion.Key(consultationId, from)));
        em.flush();
        em.persist(moved);
        em.flush();
        for (SectionText s : drafted) {
            boolean untouched = s.getSectionId() == amendment.getSectionId() && s.getTitle().equals(base.getTitle())
                    && s.getBody().equals(base.getBody());
            em.persist(new SectionText(s.getSectionId(), consultationId, to, s.getPosition(),
                    untouched ? amendment.getTitle() : s.getTitle(), untouched ? amendment.getBody() : s.getBody(),
                    untouched ? amendment.getId() : s.getFromAmendment()));
        }
        em.flush();
    }
}
