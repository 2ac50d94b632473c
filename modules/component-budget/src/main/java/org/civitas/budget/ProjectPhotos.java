package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/**
 * A project's photo: its author puts one (replacing the last) while the project is a draft or filed and the filing
 * action is open; whoever may read the project may see it, so a draft's photo is its author's alone. The photo is
 * the author's personal data: it never goes to events or search, and {@link BudgetRecords} exports and erases it.
 */
@ApplicationScoped
public class ProjectPhotos {

    /** A photo as served: its bytes, and whether anyone may keep a copy (not a draft's). */
    public record Stored(String mediaType, byte[] bytes, Instant uploadedAt, boolean shared) {
    }

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    ProjectFiling filing;

    /** Reads an uploaded photo at the edge (API or portal): at most 5 MB, refused clearly beyond. */
    public static byte[] read(InputStream in) {
        return PhotoImage.read(in);
    }

    /**
     * Checks a photo and its text alternative, and encodes it again, before anything is stored: the portal's form
     * does so before filing, so that a refused photo files nothing.
     */
    public static void check(byte[] bytes, String alt) {
        PhotoImage.of(bytes, alt);
    }

    /** Puts the project's photo, encoded again; the author's only, while the project is a draft or filed. */
    @Transactional
    public Views.Photo put(CitizenRef author, long projectId, byte[] bytes, String alt) {
        Project project = filing.visible(projectId, author);
        access.require(BudgetComponent.ID, author, project.getComponentId(), "file",
                BudgetComponent.CITY.equals(project.getEnvelope()) ? null : project.getEnvelope());
        // Whoever asks, a project on the ballot keeps the photo people saw.
        if (project.getStatus() != Project.Status.DRAFT && project.getStatus() != Project.Status.FILED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "photo.closed");
        }
        if (project.getAuthorId() != author.id()) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "photo.not-author");
        }
        PhotoImage photo = PhotoImage.of(bytes, alt);
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO budget_project_photo (project_id, media_type, bytes, width, height, alt, uploaded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (project_id) DO UPDATE SET media_type = EXCLUDED.media_type, "
                        + "bytes = EXCLUDED.bytes, width = EXCLUDED.width, height = EXCLUDED.height, alt = EXCLUDED.alt, "
                        + "uploaded_at = EXCLUDED.uploaded_at")
                .setParameter(1, projectId).setParameter(2, photo.mediaType()).setParameter(3, photo.bytes())
                .setParameter(4, photo.width()).setParameter(5, photo.height()).setParameter(6, photo.alt())
                .setParameter(7, Timestamp.from(now)).executeUpdate();
        return new Views.Photo(photo.mediaType(), photo.width(), photo.height(), photo.bytes().length, photo.alt(), now);
    }

    /** The project's photo, for whoever may read the project (404 otherwise, and when it has none). */
    @Transactional
    public Stored get(CitizenRef viewer, long projectId) {
        Project project = filing.visible(projectId, viewer);
        List<?> rows = em.createNativeQuery("SELECT media_type, bytes, uploaded_at FROM budget_project_photo WHERE project_id = ?1")
                .setParameter(1, projectId).getResultList();
        if (rows.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "photo.none");
        }
        Object[] row = (Object[]) rows.get(0);
        return new Stored((String) row[0], (byte[]) row[1], ProjectHistory.instant(row[2]),
                project.getStatus() != Project.Status.DRAFT);
    }
}
