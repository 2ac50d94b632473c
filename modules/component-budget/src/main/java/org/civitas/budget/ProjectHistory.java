package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import org.civitas.spi.RedirectedIdeaProgressed;
import java.time.Instant;
import java.util.List;

/**
 * A project's public history: what happened to it, when, and with which other project. Services record an event
 * in the transaction of the change. The page names each kind from {@code event.<kind>} in {@code pages*.properties}
 * (add the label with the kind); the history never names the moderator or agent who acted.
 */
@ApplicationScoped
public class ProjectHistory {

    @jakarta.inject.Inject
    org.civitas.spi.Outbox outbox;

    /** Kept as a draft (its author's alone), filed directly or from an idea redirected from the idea box. */
    public static final String DRAFTED = "drafted";
    /** The steps the idea a project came from is told of. */
    static final java.util.Set<String> PROGRESS = java.util.Set.of("filed", "studied-favourably", "studied-unfavourably",
            "selected", "won", "not-funded", "merged-into");
    /** Filed: visible to everyone. */
    public static final String FILED = "filed";
    /** Put to the vote, or taken back before the first ballot. */
    public static final String SELECTED = "selected";
    public static final String UNSELECTED = "unselected";
    /** Funded, when the results were published. */
    public static final String WON = "won";
    /** On the ballot but not funded, when the results were published. */
    public static final String NOT_FUNDED = "not-funded";
    /** Merged by co-construction into the related project. */
    public static final String MERGED_INTO = "merged-into";
    /** Made from the related project, among others merged by co-construction. */
    public static final String MERGED_FROM = "merged-from";
    /** The directorate gave a favourable opinion; the detail is its public justification. */
    public static final String STUDIED_FAVOURABLY = "studied-favourably";
    /** The directorate gave an unfavourable opinion; the detail is its public justification. */
    public static final String STUDIED_UNFAVOURABLY = "studied-unfavourably";

    static final int DETAIL_MAX = 2000;

    @PersistenceContext(unitName = "budget")
    EntityManager em;

    /**
     * Adds {@code kind} (lower-case words joined by dashes) to the project's history, with an optional detail
     * shown as written (at most 2,000 characters), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Project project, String kind, String detail) {
        insert(project, kind, detail, null);
    }

    /** Adds {@code kind} without a detail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Project project, String kind) {
        insert(project, kind, null, null);
    }

    /** Adds {@code kind} with a link to another project of the budget (merged into, merged from). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordLinked(Project project, String kind, Project related) {
        insert(project, kind, null, related.getId());
    }

    /** The history, oldest first, with the related projects' titles. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Views.Event> of(long projectId) {
        return ((List<?>) em.createNativeQuery("SELECT e.at, e.kind, e.detail, e.related_id, r.title FROM budget_project_event e "
                        + "LEFT JOIN budget_project r ON r.id = e.related_id WHERE e.project_id = ?1 ORDER BY e.at, e.id")
                .setParameter(1, projectId).getResultList()).stream().map(row -> (Object[]) row)
                .map(r -> new Views.Event(instant(r[0]), (String) r[1], (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4]))
                .toList();
    }

    static void checkKind(String kind, String detail) {
        if (kind == null || !kind.matches("[a-z]+(-[a-z]+)*") || kind.length() > 40) {
            throw new IllegalArgumentException("an event kind is lower-case words joined by dashes: " + kind);
        }
        if (detail != null && detail.length() > DETAIL_MAX) {
            throw new IllegalArgumentException("an event's detail holds at most " + DETAIL_MAX + " characters");
        }
    }

    private void insert(Project project, String kind, String detail, Long related) {
        checkKind(kind, detail);
        if (project.getFromIdea() != null && PROGRESS.contains(kind)) {
            // The idea this project came from shows what became of it, and tells its followers.
            outbox.record(new RedirectedIdeaProgressed(BudgetComponent.ID, project.getId().toString(), project.getFromIdea(),
                    Texts.localized("progress." + kind)));
        }
        // The project (or the related one) may have been persisted in this transaction: the native insert needs its row.
        em.flush();
        // Casts, because a null parameter reaches PostgreSQL without a type.
        em.createNativeQuery("INSERT INTO budget_project_event (project_id, at, kind, detail, related_id) "
                        + "VALUES (?1, clock_timestamp(), ?2, CAST(?3 AS TEXT), CAST(?4 AS BIGINT))")
                .setParameter(1, project.getId()).setParameter(2, kind).setParameter(3, detail).setParameter(4, related)
                .executeUpdate();
    }

    static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : (Instant) value;
    }
}
