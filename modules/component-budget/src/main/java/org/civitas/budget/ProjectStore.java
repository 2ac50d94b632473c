package org.civitas.budget;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.CitizenRef;

/**
 * What the budget's services share about projects, in the caller's transaction: credited authors, followers,
 * the project a merged one became part of, and the views that show them.
 */
@Dependent
class ProjectStore {

    /** A citizen credited with a project, under the pseudonym they had then. */
    record Credit(long citizenId, String pseudonym) {
    }

    @PersistenceContext(unitName = "budget")
    EntityManager em;

    /** Credits the filer of a new project, who also follows it. */
    void filed(Project project) {
        credit(project.getId(), new Credit(project.getAuthorId(), project.getAuthor()), project.getFiledAt());
        follow(project.getId(), project.getAuthorId());
    }

    void credit(long projectId, Credit credit, Instant at) {
        em.createNativeQuery("INSERT INTO budget_project_credit (project_id, citizen_id, pseudonym, credited_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, projectId).setParameter(2, credit.citizenId()).setParameter(3, credit.pseudonym())
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    void follow(long projectId, long citizenId) {
        em.createNativeQuery("INSERT INTO budget_project_follower (project_id, citizen_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, projectId).setParameter(2, citizenId).executeUpdate();
    }

    void unfollow(long projectId, long citizenId) {
        em.createNativeQuery("DELETE FROM budget_project_follower WHERE project_id = ?1 AND citizen_id = ?2")
                .setParameter(1, projectId).setParameter(2, citizenId).executeUpdate();
    }

    boolean follows(long projectId, long citizenId) {
        return !em.createNativeQuery("SELECT 1 FROM budget_project_follower WHERE project_id = ?1 AND citizen_id = ?2")
                .setParameter(1, projectId).setParameter(2, citizenId).getResultList().isEmpty();
    }

    Set<Long> followers(long projectId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("SELECT citizen_id FROM budget_project_follower WHERE project_id = ?1 ORDER BY 1")
                .setParameter(1, projectId).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The authors of each project, in the order they were credited (the filer first). */
    Map<Long, List<Credit>> credits(Collection<Long> projectIds) {
        Map<Long, List<Credit>> credits = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return credits;
        }
        String ids = String.join(",", projectIds.stream().map(String::valueOf).toList());
        // The ids are numbers from the database, never typed by anyone: joined into the query as a list.
        for (Object row : em.createNativeQuery("SELECT project_id, citizen_id, pseudonym FROM budget_project_credit "
                + "WHERE project_id IN (" + ids + ") ORDER BY project_id, credited_at, citizen_id").getResultList()) {
            Object[] r = (Object[]) row;
            credits.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Credit(((Number) r[1]).longValue(), (String) r[2]));
        }
        return credits;
    }

    /** The project a merged one now lives in: the end of its chain of merges. */
    Project current(Project project) {
        Project at = project;
        for (int hops = 0; at.getMergedInto() != null && hops < 1000; hops++) {
            at = em.find(Project.class, at.getMergedInto());
        }
        return at;
    }

    Views.ProjectView view(Project project, CitizenRef viewer) {
        return views(List.of(project), viewer).get(0);
    }

    /** The photos of these projects (what they are, not their bytes), read in one query. */
    Map<Long, Views.Photo> photos(Collection<Long> projectIds) {
        Map<Long, Views.Photo> photos = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return photos;
        }
        String ids = String.join(",", projectIds.stream().map(String::valueOf).toList());
        // As for credits: ids from the database, joined into the query.
        for (Object row : em.createNativeQuery("SELECT project_id, media_type, width, height, octet_length(bytes), alt, "
                + "uploaded_at FROM budget_project_photo WHERE project_id IN (" + ids + ")").getResultList()) {
            Object[] r = (Object[]) row;
            photos.put(((Number) r[0]).longValue(), new Views.Photo((String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), (String) r[5], ProjectHistory.instant(r[6])));
        }
        return photos;
    }

    /** Views of several projects, with their authors and photos read in one query each. */
    List<Views.ProjectView> views(List<Project> projects, CitizenRef viewer) {
        List<Long> ids = projects.stream().map(Project::getId).toList();
        Map<Long, List<Credit>> credits = credits(ids);
        Map<Long, Views.Photo> photos = photos(ids);
        long viewerId = viewer == null ? 0 : viewer.id();
        return projects.stream().map(p -> {
            List<Credit> authors = credits.getOrDefault(p.getId(), List.of());
            Project current = p.getMergedInto() == null ? null : current(p);
            return new Views.ProjectView(p.getId(), p.getComponentId(), p.getTitle(), p.getDescription(), p.getCategory(),
                    p.getEnvelope(), p.getCost(), p.getStatus().name(), p.getAuthor(),
                    authors.stream().map(Credit::pseudonym).toList(), p.getFiledAt(),
                    authors.stream().anyMatch(a -> a.citizenId() == viewerId),
                    current == null ? null : current.getId(), current == null ? null : current.getTitle(), p.getVersion(),
                    p.getStudy().opinion() == null ? null : p.getStudy(), p.getAddress(), p.getLatitude(), p.getLongitude(),
                    photos.get(p.getId()), p.isPopular());
        }).toList();
    }
}
