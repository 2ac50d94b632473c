package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/** Each box's standard reasons (for "not admissible") and external schemes (for redirects): seeded, then edited by moderators. */
@ApplicationScoped
public class IdeaTemplates {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<Views.Reason> reasons(CitizenRef moderator, long componentId) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        return em.createQuery("SELECT r FROM ReasonTemplate r WHERE r.componentId = :c ORDER BY r.label", ReasonTemplate.class)
                .setParameter("c", componentId).getResultStream()
                .map(IdeaTemplates::view).toList();
    }

    /** Creates ({@code id} null) or changes a standard reason; its English label and text are optional, together. */
    @Transactional
    public Views.Reason saveReason(CitizenRef moderator, long componentId, Long id, String label, String text,
                                   String labelEn, String textEn) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        String english = IdeaStore.orNull(labelEn);
        String englishText = IdeaStore.orNull(textEn);
        if (!IdeaStore.length(label, 2, 150) || !IdeaStore.length(text, 2, 2000)
                || (english == null) != (englishText == null)
                || (english != null && (!IdeaStore.length(english, 2, 150) || !IdeaStore.length(englishText, 2, 2000)))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "reason.invalid");
        }
        english = english == null ? null : english.strip();
        englishText = englishText == null ? null : englishText.strip();
        ReasonTemplate reason;
        if (id == null) {
            reason = new ReasonTemplate(componentId, label.strip(), text.strip(), english, englishText);
            em.persist(reason);
        } else {
            reason = em.find(ReasonTemplate.class, id);
            if (reason == null || reason.getComponentId() != componentId) {
                throw Texts.refusal(Refusal.Kind.NOT_FOUND, "template.not-found");
            }
            reason.edit(label.strip(), text.strip(), english, englishText);
        }
        em.flush();
        audit.record(moderator, "ideabox.reason.saved", "ideabox-reason", reason.getId().toString(), null, label.strip());
        return view(reason);
    }

    private static Views.Reason view(ReasonTemplate r) {
        return new Views.Reason(r.getId(), r.getLabel(), r.getText(), r.getLabelEn(), r.getTextEn());
    }

    @Transactional
    public List<Views.Scheme> schemes(CitizenRef moderator, long componentId) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        return em.createQuery("SELECT s FROM ExternalScheme s WHERE s.componentId = :c ORDER BY s.name", ExternalScheme.class)
                .setParameter("c", componentId).getResultStream()
                .map(IdeaTemplates::view).toList();
    }

    /** Creates ({@code id} null) or changes an external scheme; its English message is optional. */
    @Transactional
    public Views.Scheme saveScheme(CitizenRef moderator, long componentId, Long id, String name, String url, String message,
                                   String messageEn) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        String english = IdeaStore.orNull(messageEn);
        if (!IdeaStore.length(name, 2, 150) || !IdeaStore.length(message, 2, 2000) || url == null
                || !url.strip().matches("https?://[^\\s]{3,490}") || (english != null && !IdeaStore.length(english, 2, 2000))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "scheme.invalid");
        }
        english = english == null ? null : english.strip();
        ExternalScheme scheme;
        if (id == null) {
            scheme = new ExternalScheme(componentId, name.strip(), url.strip(), message.strip(), english);
            em.persist(scheme);
        } else {
            scheme = em.find(ExternalScheme.class, id);
            if (scheme == null || scheme.getComponentId() != componentId) {
                throw Texts.refusal(Refusal.Kind.NOT_FOUND, "template.not-found");
            }
            scheme.edit(name.strip(), url.strip(), message.strip(), english);
        }
        em.flush();
        audit.record(moderator, "ideabox.scheme.saved", "ideabox-scheme", scheme.getId().toString(), null, name.strip());
        return view(scheme);
    }

    private static Views.Scheme view(ExternalScheme s) {
        return new Views.Scheme(s.getId(), s.getName(), s.getUrl(), s.getMessage(), s.getMessageEn());
    }

    /** A new box starts with the usual reasons and the city's usual schemes, which moderators then edit. */
    @Transactional(Transactional.TxType.MANDATORY)
    void seed(long componentId) {
        em.persist(new ReasonTemplate(componentId, "Hors compétence de la Ville",
                "Cette idée relève d'une autre institution (État, Région, Métropole, bailleur) : la Ville ne peut pas la mettre en œuvre.",
                "Outside the City's remit",
                "This idea is a matter for another institution (State, Region, Metropolis, landlord): the City cannot carry it out."));
        em.persist(new ReasonTemplate(componentId, "Contraire à la charte",
                "Cette idée ne respecte pas la charte de participation (propos injurieux, discriminatoires ou publicitaires).",
                "Against the charter",
                "This idea does not follow the participation charter (abusive, discriminatory or advertising words)."));
        em.persist(new ReasonTemplate(componentId, "Déjà réalisé ou programmé",
                "Ce que propose cette idée est déjà réalisé ou programmé par la Ville.",
                "Already done or planned", "What this idea proposes is already done or planned by the City."));
        em.persist(new ExternalScheme(componentId, "Permis de végétaliser", "https://www.paris.fr/pages/un-permis-pour-vegetaliser-paris-2689",
                "Votre idée peut être réalisée par vous-même avec un permis de végétaliser : la Ville vous autorise à jardiner l'espace public près de chez vous.",
                "You can carry out your idea yourself with a greening permit: the City lets you garden the public space near your home."));
        em.persist(new ExternalScheme(componentId, "Signalement (DansMaRue)", "https://www.paris.fr/dansmarue",
                "Votre idée signale un problème d'entretien : il est traité plus vite par un signalement aux services de la Ville.",
                "Your idea points out an upkeep problem: it is dealt with faster when reported to the City's services."));
    }
}
