package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Refusal;

/**
 * The synthesis the directorate publishes after closing, with its figures: who took part and how, by district and
 * age band, counted by the database and put together by {@link Figures}. Drafts and what moderation hides are never
 * counted. Once published, anyone who reads the consultation reads it, with the decision when there is one.
 */
@ApplicationScoped
public class Synthesis {

    static final int TEXT_MAX = 20_000;

    /**
     * Counts by measure, district and age band. A participant is counted once, with the district and age band of
     * their latest contribution; contributions to a hidden or draft proposal are not counted.
     */
    private static final String COUNTS = """
            WITH p AS (SELECT * FROM consultation_proposal WHERE consultation_id = ?1 AND status <> 'DRAFT' AND id NOT IN (%1$s)),
            v AS (SELECT v.* FROM consultation_vote v JOIN p ON p.id = v.proposal_id),
            c AS (SELECT c.* FROM consultation_comment c JOIN p ON p.id = c.proposal_id WHERE NOT c.deleted AND c.id NOT IN (%3$s)),
            a AS (SELECT * FROM consultation_amendment WHERE consultation_id = ?1 AND state <> 'DRAFT' AND id NOT IN (%4$s)
                  AND (proposal_id IS NULL OR proposal_id IN (SELECT id FROM p))),
            ch AS (SELECT ch.* FROM consultation_choice ch JOIN consultation_question q ON q.id = ch.question_id WHERE q.consultation_id = ?1),
            people AS (SELECT DISTINCT ON (person) person, district, band FROM (
                SELECT author_id AS person, participant_district AS district, age_band AS band, created_at AS at FROM p
                UNION ALL SELECT voter_id, participant_district, age_band, changed_at FROM v
                UNION ALL SELECT author_id, participant_district, age_band, written_at FROM c
                UNION ALL SELECT author_id, participant_district, age_band, created_at FROM a
                UNION ALL SELECT citizen_id, participant_district, age_band, chosen_at FROM ch) x ORDER BY person, at DESC)
            SELECT CAST('participants' AS TEXT), district, band, COUNT(*) FROM people GROUP BY district, band
            UNION ALL SELECT 'proposals', participant_district, age_band, COUNT(*) FROM p GROUP BY participant_district, age_band
            UNION ALL SELECT 'votes.' || lower(stance), participant_district, age_band, COUNT(*) FROM v
                GROUP BY stance, participant_district, age_band
            UNION ALL SELECT 'arguments', participant_district, age_band, COUNT(*) FROM v
                WHERE btrim(coalesce(argument, '')) <> '' AND id NOT IN (%2$s) GROUP BY participant_district, age_band
            UNION ALL SELECT 'comments', participant_district, age_band, COUNT(*) FROM c GROUP BY participant_district, age_band
            UNION ALL SELECT 'amendments.' || lower(state), participant_district, age_band, COUNT(*) FROM a
                GROUP BY state, participant_district, age_band
            UNION ALL SELECT 'answers.' || lower(answer), NULL, NULL, COUNT(*) FROM p WHERE answer IS NOT NULL GROUP BY answer
            """;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    Answers answers;
    @Inject
    Decision decision;
    @Inject
    TextVersions versions;
    @Inject
    ModerationStatus moderation;
    @Inject
    AuditTrail audit;

    /**
     * What is published after closing. The synthesis and its figures show once published (its directorate sees the
     * same figures from closing on, to write it: one rule for every reader), the decision once taken.
     */
    @Transactional
    public ClosingViews.ClosingView get(CitizenRef viewer, long consultationId) {
        Consultation c = consultations.readable(viewer, consultationId);
        boolean directorate = Consultations.ofDirectorate(viewer, c);
        boolean published = c.getSynthesisAt() != null;
        Figures figures = published || (directorate && c.isClosedAt(Instant.now())) ? figures(c.getId()) : null;
        return new ClosingViews.ClosingView(c.getId(), c.getTitle(), state(c), published ? RichText.html(c.getSynthesis()) : null,
                c.getSynthesisAt(), figures, decision.view(c), versions.published(c.getId()).stream()
                .map(TextVersion::getNumber).toList(), directorate);
    }

    /** Publishes the synthesis (or replaces the published one): its directorate's, once the consultation is closed. */
    @Transactional
    public ClosingViews.ClosingView publish(CitizenRef agent, long consultationId, ClosingViews.SynthesisForm form) {
        Consultation c = answers.closed(agent, consultationId);
        c.synthesise(richText(form == null ? null : form.text(), "closing.synthesis.text"), Instant.now());
        audit.record(agent, "consultation.synthesised", "consultation", c.getId().toString(), null, null);
        em.flush();
        return get(agent, consultationId);
    }

    /** The figures as they are now; hidden contributions and drafts left out. */
    public Figures figures(long consultationId) {
        Hidden hidden = Hidden.of(moderation.hidden(ConsultationComponent.ID));
        String sql = COUNTS.formatted(Hidden.in(hidden.proposals()), Hidden.in(hidden.arguments()),
                Hidden.in(hidden.comments()), Hidden.in(hidden.amendments()));
        List<?> rows = em.createNativeQuery(sql).setParameter(1, consultationId).getResultList();
        return Figures.of(rows.stream().map(r -> (Object[]) r).map(r -> new Figures.Count((String) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).longValue())).toList());
    }

    /** Sanitised rich text, required, at most {@value #TEXT_MAX} characters. */
    static String richText(String typed, String problem) {
        if (typed == null || typed.isBlank() || typed.length() > TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, problem);
        }
        String html = RichText.clean(typed);
        if (RichText.plain(html).isBlank()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, problem);
        }
        return html;
    }

    private static String state(Consultation c) {
        Instant now = Instant.now();
        return c.getStatus() == Consultation.Status.DRAFT ? "draft" : c.isClosedAt(now) ? "closed" : c.isOpenAt(now) ? "open" : "upcoming";
    }
}
