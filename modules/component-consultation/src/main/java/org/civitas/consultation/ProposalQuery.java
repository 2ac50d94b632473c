package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ModerationStatus;

/**
 * A consultation's proposals as a list, 20 a page, sorted and filtered in the query: published and withdrawn ones
 * (never drafts), without those moderation hides except for moderators, who see them marked.
 */
@ApplicationScoped
public class ProposalQuery {

    static final int PAGE_SIZE = 20;
    private static final int LAST_PAGE = 10_000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    ProposalFiling filing;
    @Inject
    ModerationStatus moderation;

    /** A question a proposal can answer, for the list's filter and the form. */
    public record QuestionChoice(long id, String text) {
    }

    /** The consultation's questions, in order, as {@code viewer} may read them. */
    @Transactional
    public List<QuestionChoice> questions(CitizenRef viewer, long consultationId) {
        consultations.readable(viewer, consultationId);
        return em.createQuery("SELECT q FROM Question q WHERE q.consultationId = :c ORDER BY q.position, q.id", Question.class)
                .setParameter("c", consultationId).getResultStream().map(q -> new QuestionChoice(q.getId(), q.getText()))
                .toList();
    }

    /**
     * One page of the proposals under a section or a question when given (or all of them), sorted by {@code sort};
     * {@code sessionSeed} shuffles the random order for a reader who is not signed in.
     */
    @Transactional
    public ProposalViews.ProposalList list(CitizenRef viewer, long consultationId, String sort, Long section, Long question,
                                           int page, long sessionSeed) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        ProposalOrder order = ProposalOrder.named(sort);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        boolean moderator = Consultations.moderates(viewer);
        List<Long> hiddenIds = moderator ? List.of() : hidden.stream().filter(id -> id.matches("proposal-\\d{1,18}"))
                .map(id -> Long.parseLong(id.substring("proposal-".length()))).toList();
        StringBuilder where = new StringBuilder(" FROM consultation_proposal p WHERE p.consultation_id = ?1 AND p.status <> 'DRAFT'");
        if (section != null) {
            where.append(" AND p.section_id = ?2");
        }
        if (question != null) {
            where.append(" AND p.question_id = ?3");
        }
        if (!hiddenIds.isEmpty()) {
            where.append(" AND p.id NOT IN (").append(hiddenIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append(")");
        }
        int number = Math.max(0, Math.min(page, LAST_PAGE));
        Query ids = em.createNativeQuery("SELECT p.id" + where + " ORDER BY " + order.sql);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        for (Query q : List.of(ids, count)) {
            q.setParameter(1, consultation.getId());
            if (section != null) {
                q.setParameter(2, section);
            }
            if (question != null) {
                q.setParameter(3, question);
            }
        }
        if (order == ProposalOrder.RANDOM) {
            ids.setParameter(9, Long.toString(ProposalOrder.seed(viewer == null ? null : viewer.id(), sessionSeed)));
        }
        List<Long> pageIds = ((List<?>) ids.setFirstResult(number * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
        Map<Long, Proposal> found = pageIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT p FROM Proposal p WHERE p.id IN :ids", Proposal.class).setParameter("ids", pageIds)
                .getResultStream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<ProposalViews.Card> cards = new ArrayList<>();
        for (long id : pageIds) {
            Proposal p = found.get(id);
            cards.add(new ProposalViews.Card(filing.view(p, viewer), hidden.contains(Proposal.contributionId(id))));
        }
        return new ProposalViews.ProposalList(cards, ((Number) count.getSingleResult()).longValue(), number, PAGE_SIZE,
                order.name().toLowerCase(Locale.ROOT));
    }
}
