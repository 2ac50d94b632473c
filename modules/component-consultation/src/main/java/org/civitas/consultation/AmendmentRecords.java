package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.civitas.spi.Role;
import org.civitas.spi.SearchableContribution;
import org.civitas.spi.SearchablePage;

/**
 * What the platform asks of amendments: the search feed, reports, personal data and erasure. The component's
 * manifest class hands these on; an amendment's contribution id is {@code amendment-<id>}.
 */
@ApplicationScoped
public class AmendmentRecords {

    static final String TYPE = "amendment";
    private static final String PREFIX = TYPE + "-";
    private static final LocalizedText KIND = new LocalizedText("Amendement", "Amendment");

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    ComponentAccess access;
    @Inject
    AmendmentDesk desk;

    static String contributionId(long amendmentId) {
        return PREFIX + amendmentId;
    }

    /** An amendment's page in the portal. */
    public static String path(long amendmentId) {
        return "/components/consultation/amendment.xhtml?id=" + amendmentId;
    }

    /** The search index learns of the amendment's new state or words, after the change commits. */
    void changed(Amendment amendment) {
        outbox.record(new ContributionPublished(searchable(amendment)));
    }

    /**
     * An amendment as the search index holds it. Readers follow the pages' rule: a draft is its author's; with the
     * phase's visibility {@code own}, its author's, the amended proposal's author's and the moderators' (the index
     * has no reader key for one directorate: its agents find them on the evaluation list); otherwise everyone's.
     */
    SearchableContribution searchable(Amendment a) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add("citizen:" + a.getAuthorId());
        Consultation consultation = em.find(Consultation.class, a.getConsultationId());
        boolean everyone = a.getState() != Amendment.State.DRAFT && !isPrivate(consultation.getComponentId());
        if (!everyone && a.getState() != Amendment.State.DRAFT) {
            readers.add("role:" + Role.MODERATOR.name());
            readers.add("role:" + Role.ADMINISTRATOR.name());
            if (a.getProposalId() != null) {
                readers.add("citizen:" + em.find(Proposal.class, a.getProposalId()).getAuthorId());
            }
        }
        return new SearchableContribution(ConsultationComponent.ID, TYPE, contributionId(a.getId()),
                consultation.getComponentId(), consultation.getSpaceId(), a.getTitle(),
                RichText.plain(a.getBody()) + (a.getExplanation() == null ? "" : "\n" + a.getExplanation()),
                AmendmentDesk.state(a), null, a.getAuthor(), a.getCreatedAt(), everyone ? Set.of() : readers,
                path(a.getId()));
    }

    /** Whether the instance's current phase keeps each participant's amendments to themselves. */
    boolean isPrivate(long componentId) {
        try {
            return ConsultationComponent.amendmentsPrivate(access.component(ConsultationComponent.ID, componentId, null));
        } catch (Refusal unpublished) {
            // Search leaves out unpublished instances anyway; the narrower readers are the safe answer.
            return true;
        }
    }

    /** For the full reindex: every amendment, by id; {@code after} is the last id of the previous page. */
    @Transactional
    public SearchablePage searchable(String after, int limit) {
        long from = after == null || !after.matches("\\d{1,18}") ? 0 : Long.parseLong(after);
        List<Amendment> page = em.createQuery("SELECT a FROM Amendment a WHERE a.id > :after ORDER BY a.id", Amendment.class)
                .setParameter("after", from).setMaxResults(limit).getResultList();
        return new SearchablePage(page.stream().map(this::searchable).toList(),
                page.size() < limit ? null : page.get(page.size() - 1).getId().toString());
    }

    /** An amendment its reader may open, for a report ({@code amendment-<id>}); never a draft. */
    @Transactional
    public Optional<Reportable> reportable(CitizenRef reader, String contributionId) {
        if (contributionId == null || !contributionId.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            Amendment a = desk.readable(reader, Long.parseLong(contributionId.substring(PREFIX.length())));
            if (a.getState() == Amendment.State.DRAFT) {
                return Optional.empty();
            }
            Consultation consultation = em.find(Consultation.class, a.getConsultationId());
            return Optional.of(new Reportable(contributionId(a.getId()), KIND, a.getTitle(), path(a.getId()),
                    RichText.plain(a.getBody()), consultation.getComponentId()));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    /** The citizen's amendments, whatever their state, for their GDPR export. */
    @Transactional
    public Map<String, Object> personalData(long citizenId) {
        List<Map<String, Object>> amendments = em.createQuery("SELECT a FROM Amendment a WHERE a.authorId = :a ORDER BY a.id",
                        Amendment.class).setParameter("a", citizenId).getResultStream()
                .map(a -> {
                    Map<String, Object> amendment = new LinkedHashMap<>();
                    amendment.put("id", a.getId());
                    amendment.put("consultation", a.getConsultationId());
                    if (a.getProposalId() != null) {
                        amendment.put("proposal", a.getProposalId());
                    } else {
                        amendment.put("section", a.getSectionId());
                    }
                    amendment.put("baseVersion", a.getBaseVersion());
                    amendment.put("title", a.getTitle());
                    amendment.put("text", RichText.plain(a.getBody()));
                    if (a.getExplanation() != null) {
                        amendment.put("explanation", a.getExplanation());
                    }
                    amendment.put("state", a.getState().name());
                    if (a.getReason() != null) {
                        amendment.put("reason", a.getReason());
                    }
                    amendment.put("writtenAt", a.getCreatedAt().toString());
                    return amendment;
                })
                .toList();
        return Map.of("amendments", amendments);
    }

    /**
     * Erasure: drafts go (no one else ever read them); the others stay under an anonymous name, as the versions
     * they wrote and the decisions on them are part of the consultation's record, and search stops naming them.
     */
    @Transactional
    public void anonymise(long citizenId) {
        for (Amendment a : em.createQuery("SELECT a FROM Amendment a WHERE a.authorId = :a", Amendment.class)
                .setParameter("a", citizenId).getResultList()) {
            if (a.getState() == Amendment.State.DRAFT) {
                em.remove(a);
                outbox.record(new ContributionWithdrawn(ConsultationComponent.ID, contributionId(a.getId())));
            } else {
                a.anonymise();
                changed(a);
            }
        }
    }
}
