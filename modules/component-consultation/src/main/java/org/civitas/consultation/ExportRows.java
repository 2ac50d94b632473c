package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open-data export's rows, read a page at a time in key order (each page its own short transaction), so an export
 * never holds a whole consultation in memory. Drafts and what moderation hides are left out; so are contributions
 * to a draft or hidden proposal. A row's first columns are its key, for the next page.
 */
@ApplicationScoped
public class ExportRows {

    static final int PAGE = 500;

    /**
     * What the export holds: one CSV file each, one JSON array each. Each kind's rows are read in the order of its key,
     * whose columns come first in each row. A vote is its proposal, stance and day, read in that order: neither an id
     * nor the order it was cast in ties it to its voter's other votes or to their argument.
     */
    public enum Kind {
        PROPOSALS("p.id", """
                SELECT p.id, p.section_id, p.question_id, p.author, p.title, p.body, p.status, p.district, p.created_at,
                       p.published_at, p.agree_count, p.mixed_count, p.disagree_count, p.argument_count, p.amendment_count,
                       p.comment_count
                FROM consultation_proposal p WHERE %1$s"""),
        VOTES("v.proposal_id, v.stance, CAST(v.cast_at AT TIME ZONE '%2$s' AS DATE), v.id", """
                SELECT v.proposal_id, v.stance, CAST(v.cast_at AT TIME ZONE '%2$s' AS DATE), v.id
                FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id
                WHERE %1$s"""),
        ARGUMENTS("v.id", """
                SELECT v.id, v.proposal_id, v.voter, v.stance, v.argument, v.support_count
                FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id
                WHERE %1$s AND btrim(coalesce(v.argument, '')) <> '' AND v.id NOT IN (%3$s)"""),
        COMMENTS("c.id", """
                SELECT c.id, c.proposal_id, c.parent_id, c.author, c.body, c.support_count, c.written_at
                FROM consultation_comment c JOIN consultation_proposal p ON p.id = c.proposal_id
                WHERE %1$s AND NOT c.deleted AND c.id NOT IN (%4$s)"""),
        AMENDMENTS("a.id", """
                SELECT a.id, a.proposal_id, a.section_id, a.base_version, a.author, a.title, a.body, a.explanation, a.state,
                       a.reason, a.result_version, a.created_at, a.decided_at
                FROM consultation_amendment a
                WHERE a.consultation_id = ?1 AND a.state <> 'DRAFT' AND a.id NOT IN (%5$s)
                  AND (a.proposal_id IS NULL OR a.proposal_id IN (SELECT p.id FROM consultation_proposal p WHERE %1$s))"""),
        ANSWERS("p.id", """
                SELECT p.id, p.answer, p.answer_text, p.answered_at
                FROM consultation_proposal p WHERE %1$s AND p.answer IS NOT NULL""");

        private final String key;
        private final String sql;

        Kind(String key, String sql) {
            this.key = key;
            this.sql = sql;
        }

        /** How many columns the key has: a row's first ones. */
        int keyColumns() {
            return key.split(",").length;
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
    /** The city's clock: a vote's day is the day there. */
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    /** The page of {@code kind}'s rows after the row {@code after} (null for the first). */
    @Transactional
    public List<Object[]> page(Kind kind, long consultationId, Hidden hidden, Object[] after) {
        String zone = ZoneId.of(timeZone).getId(); // a checked zone id: letters, digits, "/_+-" only
        String key = kind.key.formatted("", zone);
        StringBuilder sql = new StringBuilder(kind.sql.formatted(VISIBLE_PROPOSAL.formatted(Hidden.in(hidden.proposals())),
                zone, Hidden.in(hidden.arguments()), Hidden.in(hidden.comments()), Hidden.in(hidden.amendments())));
        if (after != null) {
            sql.append(" AND (").append(key).append(") > (");
            for (int i = 0; i < kind.keyColumns(); i++) {
                sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
            }
            sql.append(')');
        }
        sql.append(" ORDER BY ").append(key).append(" LIMIT ").append(PAGE);
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, consultationId);
        for (int i = 0; after != null && i < kind.keyColumns(); i++) {
            query.setParameter(i + 2, after[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }
}
