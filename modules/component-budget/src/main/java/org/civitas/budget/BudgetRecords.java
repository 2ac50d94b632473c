package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.civitas.spi.SearchableContribution;
import org.civitas.spi.SearchablePage;

/** What the platform asks of the budget's records: the search feed, reports, counts, and personal data. */
@ApplicationScoped
public class BudgetRecords {

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    ProjectFiling filing;
    @Inject
    ProjectStore store;

    /** A project as the search index holds it (plain text, never the photo); a draft is found by its author alone. */
    SearchableContribution searchable(Project p) {
        return new SearchableContribution(BudgetComponent.ID, "project", p.getId().toString(), p.getComponentId(),
                p.getSpaceId(), p.getTitle(), RichText.plain(p.getDescription()), p.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                BudgetComponent.CITY.equals(p.getEnvelope()) ? null : p.getEnvelope(), p.getAuthor(), p.getFiledAt(),
                p.getStatus() == Project.Status.DRAFT ? Set.of("citizen:" + p.getAuthorId()) : Set.of(),
                BudgetComponent.path(p.getId()));
    }

    /** For the full reindex: every project but the merged ones, which left search when they were merged. */
    @Transactional
    SearchablePage searchable(String after, int limit) {
        long from = after == null || !after.matches("\\d{1,18}") ? 0 : Long.parseLong(after);
        List<Project> page = em.createQuery("SELECT p FROM Project p WHERE p.id > :after AND p.status <> :merged ORDER BY p.id",
                        Project.class)
                .setParameter("after", from).setParameter("merged", Project.Status.MERGED).setMaxResults(limit).getResultList();
        return new SearchablePage(page.stream().map(this::searchable).toList(),
                page.size() < limit ? null : page.get(page.size() - 1).getId().toString());
    }

    private static final LocalizedText PROJECT = new LocalizedText("Projet", "Project");

    /** A filed project its reader may open, for a report; never a draft. */
    @Transactional
    Optional<Reportable> reportable(CitizenRef reader, long projectId) {
        try {
            Project p = filing.visible(projectId, reader);
            return p.getStatus() == Project.Status.DRAFT ? Optional.empty()
                    : Optional.of(new Reportable(p.getId().toString(), PROJECT, p.getTitle(), BudgetComponent.path(p.getId()),
                    RichText.plain(p.getDescription()), p.getComponentId()));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    /** Whether the results are published: an administrator published them (not an import, not a count). */
    @Transactional
    boolean published(long componentId) {
        return !em.createNativeQuery("SELECT 1 FROM budget_publication WHERE component_id = ?1").setParameter(1, componentId)
                .getResultList().isEmpty();
    }

    /** Refuses (409) what would change a budget's published results. */
    void requireUnpublished(long componentId, String key) {
        if (published(componentId)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, key);
        }
    }

    @Transactional
    boolean hasBallots(long componentId) {
        return !em.createQuery("SELECT b.id FROM Ballot b WHERE b.componentId = :c").setParameter("c", componentId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    Map<String, Long> counts(long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Project.Status status : Project.Status.values()) {
            counts.put("projects." + status.name().toLowerCase(java.util.Locale.ROOT), em.createQuery(
                            "SELECT COUNT(p) FROM Project p WHERE p.componentId = :c AND p.status = :s", Long.class)
                    .setParameter("c", componentId).setParameter("s", status).getSingleResult());
        }
        counts.put("ballots", em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.componentId = :c", Long.class)
                .setParameter("c", componentId).getSingleResult());
        return counts;
    }

    /**
     * The citizen's projects (filed by them or credited to them by a merge), the projects they follow, and their
     * ballots (their choices are theirs to see), for their GDPR export.
     */
    @Transactional
    Map<String, Object> personalData(long citizenId) {
        List<?> ids = em.createNativeQuery("SELECT id FROM budget_project WHERE author_id = ?1 UNION "
                + "SELECT project_id FROM budget_project_credit WHERE citizen_id = ?1 ORDER BY 1").setParameter(1, citizenId)
                .getResultList();
        Map<Long, Views.Photo> photos = store.photos(ids.stream().map(id -> ((Number) id).longValue()).toList());
        List<Map<String, Object>> projects = ids.stream().map(id -> em.find(Project.class, ((Number) id).longValue()))
                .map(p -> {
                    Map<String, Object> project = new LinkedHashMap<>(Map.of("id", p.getId(), "title", p.getTitle(),
                            "status", p.getStatus().name(), "envelope", p.getEnvelope(), "cost", p.getCost(),
                            "filedAt", p.getFiledAt().toString(), "filedByMe", p.getAuthorId() == citizenId));
                    if (p.getAddress() != null) {
                        project.put("address", p.getAddress());
                    }
                    if (p.getLatitude() != null) {
                        project.put("point", List.of(p.getLatitude(), p.getLongitude()));
                    }
                    Views.Photo photo = photos.get(p.getId());
                    if (photo != null && p.getAuthorId() == citizenId) {
                        // What the photo is; the bytes themselves are at the project's photo address.
                        project.put("photo", Map.of("mediaType", photo.mediaType(), "bytes", photo.size(),
                                "width", photo.width(), "height", photo.height(), "alt", photo.alt(),
                                "uploadedAt", photo.uploadedAt().toString()));
                    }
                    return project;
                })
                .toList();
        List<?> follows = em.createNativeQuery("SELECT project_id FROM budget_project_follower WHERE citizen_id = ?1 ORDER BY 1")
                .setParameter(1, citizenId).getResultList();
        List<Map<String, Object>> ballots = em.createQuery("SELECT b FROM Ballot b WHERE b.voterId = :v ORDER BY b.id", Ballot.class)
                .setParameter("v", citizenId).getResultStream()
                .map(b -> Map.<String, Object>of("budget", b.getComponentId(), "envelope", b.getEnvelope(),
                        "projects", List.copyOf(b.getProjectIds()), "receipt", b.getReceipt(), "castAt", b.getCastAt().toString()))
                .toList();
        return Map.of("projects", projects, "follows", follows, "ballots", ballots);
    }

    /**
     * Erasure: filed projects stay under an anonymous name and are republished so search stops naming the
     * author (merged ones stay out of search); drafts go, with their photos (the table cascades); a filed project
     * keeps its photo, as it keeps its title and text: it was public, people voted on it, and re-encoding left no
     * metadata that names or locates its author; credits on projects merged together stay, anonymous;
     * follows go; ballots stay counted but no longer point to the person.
     */
    @Transactional
    void anonymise(long citizenId) {
        List<Project> projects = em.createQuery("SELECT p FROM Project p WHERE p.authorId = :a", Project.class)
                .setParameter("a", citizenId).getResultList();
        for (Project p : projects) {
            if (p.getStatus() == Project.Status.DRAFT) {
                em.remove(p);
                outbox.record(new org.civitas.spi.ContributionWithdrawn(BudgetComponent.ID, p.getId().toString()));
            } else {
                p.anonymise();
                if (p.getStatus() != Project.Status.MERGED) {
                    outbox.record(new ContributionPublished(searchable(p)));
                }
            }
        }
        em.createNativeQuery("UPDATE budget_project_credit SET pseudonym = ?1 WHERE citizen_id = ?2")
                .setParameter(1, Project.ANONYMOUS).setParameter(2, citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM budget_project_follower WHERE citizen_id = ?1").setParameter(1, citizenId)
                .executeUpdate();
        em.createNativeQuery("UPDATE budget_ballot SET voter_id = -id, address_hash = NULL WHERE voter_id = ?1").setParameter(1, citizenId)
                .executeUpdate();
    }
}
