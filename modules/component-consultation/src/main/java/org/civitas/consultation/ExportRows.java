package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The open-data export's rows, read a page at a time in id order (each page its own short transaction), so an export
 * never holds a whole consultation in memory. Drafts and what moderation hides are left out; so are contributions
 * to a draft or hidden proposal. The first column is the row's id, for the next page.
 */
@ApplicationScoped
public class ExportRows {

    static final int PAGE = 500;

    /** What the export holds: one CSV file each, one JSON array each. */
    public enum Kind {
        PROPOSALS("""
                SELECT p.id, p.section_id, p.question_id, p.author, p.title, p.body, p.status, p.district, p.created_at,
                       p.published_at, p.agree_count, p.mixed_count, p.disagree_count, p.argument_count, p.amendment_count,
                       p.comment_count
                FROM consultation_proposal p WHERE %1$s AND p.id > ?2 ORDER BY p.id"""),
        VOTES("""
                SELECT v.id, v.proposal_id, v.voter_id, v.stance,
                       CASE WHEN v.id IN (%3$s) THEN NULL ELSE v.argument END, v.cast_at, v.changed_at
                FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id
                WHERE %1$s AND v.id > ?2 ORDER BY v.id"""),
        ARGUMENTS("""
                SELECT v.id, v.proposal_id, v.voter_id, v.stance, v.argument, v.support_count
                FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id
                WHERE %1$s AND btrim(coalesce(v.argument, '')) <> '' AND v.id NOT IN (%3$s) AND v.id > ?2 ORDER BY v.id"""),
        COMMENTS("""
                SELECT c.id, c.proposal_id, c.parent_id, c.author, c.body, c.support_count, c.written_at
                FROM consultation_comment c JOIN consultation_proposal p ON p.id = c.proposal_id
                WHERE %1$s AND NOT c.deleted AND c.id NOT IN (%4$s) AND c.id > ?2 ORDER BY c.id"""),
        AMENDMENTS("""
                SELECT a.id, a.proposal_id, a.section_id, a.base_version, a.author, a.title, a.body, a.explanation, a.state,
                       a.reason, a.result_version, a.created_at, a.decided_at
                FROM consultation_amendment a
                WHERE a.consultation_id = ?1 AND a.state <> 'DRAFT' AND a.id NOT IN (%5$s) AND a.id > ?2
                  AND (a.proposal_id IS NULL OR a.proposal_id IN (SELECT p.id FROM consultation_proposal p WHERE %1$s))
                ORDER BY a.id"""),
        ANSWERS("""
                SELECT p.id, p.answer, p.answer_text, p.answered_at
                FROM consultation_proposal p WHERE %1$s AND p.answer IS NOT NULL AND p.id > ?2 ORDER BY p.id""");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** The kind a file name stands for ({@code votes}), or null. */
        static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.file().equals(name)) {
                    return kind;
                }
            }
            return null;
        }

        String file() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String VISIBLE_PROPOSAL = "p.consultation_id = ?1 AND p.status <> 'DRAFT' AND p.id NOT IN (%s)";

    @PersistenceContext(unitName = "consultation")
    EntityManager em;

    /** The page of {@code kind}'s rows after the row {@code after} (0 for the first). */
    @Transactional
    public List<Object[]> page(Kind kind, long consultationId, Hidden hidden, long after) {
        String sql = kind.sql.formatted(VISIBLE_PROPOSAL.formatted(Hidden.in(hidden.proposals())), "", Hidden.in(hidden.arguments()),
                Hidden.in(hidden.comments()), Hidden.in(hidden.amendments())) + " LIMIT " + PAGE;
        List<?> rows = em.createNativeQuery(sql).setParameter(1, consultationId).setParameter(2, after).getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }
}
