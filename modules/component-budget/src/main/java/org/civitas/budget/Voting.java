package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;
import org.civitas.spi.RequestOrigin;
import org.civitas.spi.Territory;

/**
 * The vote: one ballot per voter per envelope, among the projects selected for that envelope, checked against
 * the ballot rule. The database's unique key refuses a second ballot even when many arrive at once.
 */
@ApplicationScoped
public class Voting {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    Notifier notifier;
    @Inject
    Territory territory;
    @Inject
    RequestOrigin origin;
    @Inject
    BudgetRecords records;
    @Inject
    ProjectStore store;

    /**
     * Casts the voter's ballot in {@code envelope}. A district envelope needs residence in that district (the
     * platform's permission rule); the city-wide one, any declared district.
     */
    @Transactional
    public Views.Receipt cast(CitizenRef voter, long componentId, String envelope, List<Long> projectIds) {
        String where = envelope == null ? "" : envelope.strip();
        access.require(BudgetComponent.ID, voter, componentId, "vote", BudgetComponent.CITY.equals(where) ? null : where);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, voter);
        BallotRule.checkAge(BudgetComponent.minimumAge(budget), voter.age()).ifPresent(refusal -> {
            throw refusal;
        });
        records.requireUnpublished(componentId, "ballot.results-published");
        Set<Long> chosen = valid(budget, where, projectIds);
        if (imported(componentId, where)) {
            // An election held elsewhere and imported is closed: a live ballot would change its published result.
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ballot.imported");
        }
        if (alreadyVoted(componentId, where, voter.id())) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ballot.already");
        }
        Instant now = Instant.now();
        Ballot ballot = new Ballot(componentId, where, voter.id(), BallotRule.ageBand(voter.age()), voter.district(), chosen,
                receipt(), now);
        ballot.trace(origin.addressHash(), voter.memberSince() == null ? null
                : (int) Duration.between(voter.memberSince(), now).toDays());
        try {
            em.persist(ballot);
            em.flush();
        } catch (PersistenceException failure) {
            if (!uniqueViolation(failure)) {
                throw failure;
            }
            // Another request of the same voter got in first: the unique key decided.
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ballot.already");
        }
        // The receipt, in the portal and by e-mail: proof the ballot counted, without saying what it holds.
        notifier.notify(voter.id(), Notifier.Kind.BALLOT, Texts.localized("receipt.subject"),
                BudgetComponent.CITY.equals(where) ? Texts.localized("receipt.body.city", ballot.getReceipt())
                        : Texts.localized("receipt.body", districtName(where), ballot.getReceipt()),
                "/components/budget/index.xhtml?component=" + componentId);
        return receipt(ballot);
    }

    /**
     * Changes the voter's ballot in {@code envelope} while the vote is open, if the budget allows it: the same
     * receipt, other choices, under the same rule. Two changes at once: the first wins, the second is told (409).
     */
    @Transactional
    public Views.Receipt change(CitizenRef voter, long componentId, String envelope, List<Long> projectIds) {
        String where = envelope == null ? "" : envelope.strip();
        access.require(BudgetComponent.ID, voter, componentId, "vote", BudgetComponent.CITY.equals(where) ? null : where);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, voter);
        if (!BudgetComponent.changesAllowed(budget)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ballot.final");
        }
        records.requireUnpublished(componentId, "ballot.results-published");
        Set<Long> chosen = valid(budget, where, projectIds);
        Ballot ballot = em.createQuery("SELECT b FROM Ballot b WHERE b.componentId = :c AND b.envelope = :e AND b.voterId = :v",
                        Ballot.class).setParameter("c", componentId).setParameter("e", where).setParameter("v", voter.id())
                .getResultStream().findFirst().orElseThrow(() -> Texts.refusal(Refusal.Kind.NOT_FOUND, "ballot.none"));
        ballot.change(chosen, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException meanwhile) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ballot.changed-meanwhile");
        }
        notifier.notify(voter.id(), Notifier.Kind.BALLOT, Texts.localized("receipt.changed.subject"),
                Texts.localized("receipt.changed.body", ballot.getReceipt()),
                "/components/budget/index.xhtml?component=" + componentId);
        return receipt(ballot);
    }

    /** The chosen projects, if they are on this envelope's ballot and the rule allows them together. */
    private Set<Long> valid(ComponentRef budget, String envelope, List<Long> projectIds) {
        Set<Long> chosen = new LinkedHashSet<>(projectIds == null ? List.of() : projectIds);
        List<Project> projects = chosen.isEmpty() ? List.of() : em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids "
                        + "AND p.componentId = :c AND p.envelope = :e AND p.status = :selected", Project.class)
                .setParameter("ids", List.copyOf(chosen)).setParameter("c", budget.id()).setParameter("e", envelope)
                .setParameter("selected", Project.Status.SELECTED).getResultList();
        if (projects.size() != chosen.size()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.unknown-project");
        }
        BudgetComponent.ballotRule(budget, envelope).check(projects.stream()
                        .map(p -> new BallotRule.Choice(p.getVoteCost(), BudgetComponent.category(budget, p.getCategory())))
                        .toList())
                .ifPresent(refusal -> {
                    throw refusal;
                });
        return chosen;
    }

    private static Views.Receipt receipt(Ballot b) {
        return new Views.Receipt(b.getEnvelope(), b.getReceipt(), List.copyOf(b.getProjectIds()), b.getCastAt());
    }

    private String districtName(String envelope) {
        return territory.districts().stream().filter(d -> d.code().equals(envelope)).map(Territory.District::name)
                .findFirst().orElse(envelope);
    }

    /** The projects on an envelope's ballot, and the voter's receipt if they have voted there. */
    @Transactional
    public Views.BallotPaper paper(CitizenRef voter, long componentId, String envelope) {
        access.require(BudgetComponent.ID, voter, componentId, "read", null);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, voter);
        String where = envelope == null ? BudgetComponent.CITY : envelope.strip();
        List<Views.ProjectView> projects = store.views(em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c "
                        + "AND p.envelope = :e AND p.status = :s ORDER BY p.title", Project.class)
                .setParameter("c", componentId).setParameter("e", where).setParameter("s", Project.Status.SELECTED)
                .getResultList(), voter);
        Views.Receipt receipt = voter == null ? null : em.createQuery("SELECT b FROM Ballot b WHERE b.componentId = :c "
                        + "AND b.envelope = :e AND b.voterId = :v", Ballot.class)
                .setParameter("c", componentId).setParameter("e", where).setParameter("v", voter.id()).getResultStream()
                .findFirst().map(Voting::receipt).orElse(null);
        BallotRule rule = BudgetComponent.ballotRule(budget, where);
        return new Views.BallotPaper(where, projects, rule.maxPicks(), rule.kind() == BallotRule.Kind.BUDGET,
                rule.amount(), rule.perCategory(), receipt, receipt != null && BudgetComponent.changesAllowed(budget)
                && access.isOpen(BudgetComponent.ID, componentId, "vote") && !records.published(componentId));
    }

    /** The voter's own ballots in this budget, with their receipts. */
    @Transactional
    public List<Views.Receipt> mine(CitizenRef voter, long componentId) {
        access.require(BudgetComponent.ID, voter, componentId, "read", null);
        if (voter == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
        return em.createQuery("SELECT b FROM Ballot b WHERE b.componentId = :c AND b.voterId = :v ORDER BY b.envelope", Ballot.class)
                .setParameter("c", componentId).setParameter("v", voter.id()).getResultStream()
                .map(Voting::receipt).toList();
    }

    private boolean alreadyVoted(long componentId, String envelope, long voterId) {
        return !em.createQuery("SELECT b.id FROM Ballot b WHERE b.componentId = :c AND b.envelope = :e AND b.voterId = :v")
                .setParameter("c", componentId).setParameter("e", envelope).setParameter("v", voterId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private boolean imported(long componentId, String envelope) {
        return !em.createQuery("SELECT b.id FROM Ballot b WHERE b.componentId = :c AND b.envelope = :e AND b.voterId IS NULL")
                .setParameter("c", componentId).setParameter("e", envelope).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String receipt() {
        byte[] code = new byte[10];
        RANDOM.nextBytes(code);
        return HexFormat.of().withUpperCase().formatHex(code);
    }
}
