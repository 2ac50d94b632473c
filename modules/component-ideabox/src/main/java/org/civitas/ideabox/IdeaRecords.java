package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.Outbox;
import org.civitas.spi.SearchablePage;

/**
 * What the platform asks of the idea box about its records, for all boxes at once: a citizen's personal data
 * (export and erasure), every idea for a full search reindex, and each box's counts by status.
 */
@ApplicationScoped
public class IdeaRecords {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    IdeaStore store;
    @Inject
    Outbox outbox;

    @Transactional
    public Map<String, Object> personalData(long citizenId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ideas", em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a ORDER BY i.createdAt", Idea.class)
                .setParameter("a", citizenId).getResultStream().map(i -> Map.of("id", i.getId(), "title", i.getTitle(),
                        "text", i.getBody(), "status", i.getStatus().name(), "createdAt", i.getCreatedAt().toString()))
                .toList());
        data.put("comments", em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a ORDER BY c.createdAt", Comment.class)
                .setParameter("a", citizenId).getResultStream().map(c -> Map.of("idea", c.getIdeaId(), "text", c.getBody(),
                        "at", c.getCreatedAt().toString())).toList());
        data.put("supports", em.createNativeQuery("SELECT idea_id FROM ideabox_support WHERE citizen_id = ?1 ORDER BY 1")
                .setParameter(1, citizenId).getResultList());
        data.put("follows", em.createNativeQuery("SELECT idea_id FROM ideabox_follower WHERE citizen_id = ?1 ORDER BY 1")
                .setParameter(1, citizenId).getResultList());
        return data;
    }

    /**
     * Erasure: drafts go (nobody else ever saw them); filed ideas and comments stay under "anonyme", and are
     * republished to the search index; supports stay counted; follows and credits go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(long citizenId) {
        em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a AND i.status = :draft", Idea.class)
                .setParameter("a", citizenId).setParameter("draft", Status.DRAFT).getResultList().forEach(draft -> {
                    outbox.record(new ContributionWithdrawn(IdeaBoxComponent.ID, draft.getId().toString()));
                    em.remove(draft);
                });
        em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a", Idea.class).setParameter("a", citizenId)
                .getResultList().forEach(idea -> {
                    idea.anonymiseAuthor();
                    store.publish(idea);
                });
        em.createQuery("UPDATE Comment c SET c.authorPseudonym = :anon WHERE c.authorId = :a")
                .setParameter("anon", Idea.ANONYMOUS).setParameter("a", citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM ideabox_follower WHERE citizen_id = ?1").setParameter(1, citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM ideabox_credit WHERE citizen_id = ?1").setParameter(1, citizenId).executeUpdate();
    }

    /** For the full reindex: every filed idea and draft, by id; withdrawn ideas left the search for good. */
    @Transactional
    public SearchablePage searchable(String after, int limit) {
        long from = after == null ? 0 : Long.parseLong(after);
        List<Idea> ideas = em.createQuery("SELECT i FROM Idea i WHERE i.id > :after ORDER BY i.id", Idea.class)
                .setParameter("after", from).setMaxResults(limit).getResultList();
        return new SearchablePage(ideas.stream().filter(i -> i.getStatus() != Status.WITHDRAWN)
                .map(IdeaStore::searchable).toList(),
                ideas.size() < limit ? null : ideas.get(ideas.size() - 1).getId().toString());
    }

    /** Whether the box holds any idea, drafts included (the statistics leave drafts out). */
    @Transactional
    public boolean holdsIdeas(long componentId) {
        return em.createQuery("SELECT COUNT(i) FROM Idea i WHERE i.componentId = :c", Long.class)
                .setParameter("c", componentId).getSingleResult() > 0;
    }

    @Transactional
    public Map<String, Long> counts(long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            if (!Status.UNLISTED.contains(s)) {
                counts.put("ideas." + s.name().toLowerCase(Locale.ROOT), 0L);
            }
        }
        counts.putAll(store.counts("SELECT 'ideas.' || lower(status), COUNT(*) FROM ideabox_idea WHERE component_id = ?1 "
                + "AND status NOT IN ('DRAFT', 'WITHDRAWN') GROUP BY status", componentId));
        return counts;
    }
}
