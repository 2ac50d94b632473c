package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.civitas.spi.SearchableContribution;
import org.civitas.spi.SearchablePage;

/**
 * What the platform asks of proposals, arguments (votes with words) and comments: the search feed, reports, counts
 * and personal data. Search and reports know them as {@code proposal-<id>}, {@code argument-<vote id>} and
 * {@code comment-<id>}.
 */
@ApplicationScoped
public class ConsultationRecords {

    private static final LocalizedText PROPOSAL = new LocalizedText("Proposition", "Proposal");
    private static final LocalizedText ARGUMENT = new LocalizedText("Argument", "Argument");
    private static final LocalizedText COMMENT = new LocalizedText("Commentaire", "Comment");

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    ProposalFiling filing;
    @Inject
    ModerationStatus moderation;
    @Inject
    Consultations consultations;

    /** A proposal as search holds it (plain text); a draft is found by its author alone. */
    SearchableContribution searchable(Proposal p) {
        return new SearchableContribution(ConsultationComponent.ID, "proposal", Proposal.contributionId(p.getId()),
                p.getComponentId(), p.getSpaceId(), p.getTitle(), RichText.plain(p.getBody()),
                p.getStatus().name().toLowerCase(Locale.ROOT), p.getDistrict(), p.getAuthor(), p.getCreatedAt(),
                p.getStatus() == Proposal.Status.DRAFT ? Set.of("citizen:" + p.getAuthorId()) : Set.of(),
                ConsultationComponent.proposalPath(p.getId()));
    }

    /** An argument, under its proposal's title, its status the stance it argues. */
    SearchableContribution searchable(Vote v, Proposal p) {
        return new SearchableContribution(ConsultationComponent.ID, "argument", Vote.contributionId(v.getId()),
                p.getComponentId(), p.getSpaceId(), p.getTitle(), v.getArgument(),
                v.getStance().name().toLowerCase(Locale.ROOT), p.getDistrict(), v.getVoter(), v.getCastAt(), Set.of(),
                ConsultationComponent.proposalPath(p.getId()) + "#" + Vote.contributionId(v.getId()));
    }

    SearchableContribution searchable(Comment c, Proposal p) {
        return new SearchableContribution(ConsultationComponent.ID, "comment", Comment.contributionId(c.getId()),
                p.getComponentId(), p.getSpaceId(), p.getTitle(), c.getBody(), "published", p.getDistrict(),
                c.getAuthor(), c.getWrittenAt(), Set.of(),
                ConsultationComponent.proposalPath(p.getId()) + "#" + Comment.contributionId(c.getId()));
    }

    /**
     * For the full reindex: proposals, then arguments, then comments, each by id; {@code after} is the kind's letter
     * and the last id ({@code p120}, {@code a0}…). Deleted comments and arguments taken back left search already.
     */
    @Transactional
    SearchablePage searchable(String after, int limit) {
        String cursor = after == null || !after.matches("[pac]\\d{1,18}") ? "p0" : after;
        char kind = cursor.charAt(0);
        long from = Long.parseLong(cursor.substring(1));
        List<SearchableContribution> found;
        long last;
        if (kind == 'p') {
            List<Proposal> page = em.createQuery("SELECT p FROM Proposal p WHERE p.id > :a ORDER BY p.id", Proposal.class)
                    .setParameter("a", from).setMaxResults(limit).getResultList();
            found = page.stream().map(this::searchable).toList();
            last = page.isEmpty() ? 0 : page.get(page.size() - 1).getId();
        } else if (kind == 'a') {
            List<Vote> page = em.createQuery("SELECT v FROM Vote v WHERE v.id > :a AND v.argument IS NOT NULL ORDER BY v.id",
                    Vote.class).setParameter("a", from).setMaxResults(limit).getResultList();
            found = page.stream().map(v -> searchable(v, em.find(Proposal.class, v.getProposalId()))).toList();
            last = page.isEmpty() ? 0 : page.get(page.size() - 1).getId();
        } else {
            List<Comment> page = em.createQuery("SELECT c FROM Comment c WHERE c.id > :a AND c.deleted = false ORDER BY c.id",
                    Comment.class).setParameter("a", from).setMaxResults(limit).getResultList();
            found = page.stream().map(c -> searchable(c, em.find(Proposal.class, c.getProposalId()))).toList();
            last = page.isEmpty() ? 0 : page.get(page.size() - 1).getId();
        }
        String next = found.size() == limit ? kind + Long.toString(last) : kind == 'p' ? "a0" : kind == 'a' ? "c0" : null;
        return new SearchablePage(found, next);
    }

    /**
     * A proposal moderation hid takes its arguments and comments out of search with it (they would lead to a page no
     * one may open); restored, it brings back those moderation does not hide themselves.
     */
    @Transactional
    void discussionFollows(long proposalId, boolean visible) {
        Proposal p = em.find(Proposal.class, proposalId);
        if (p == null) {
            return;
        }
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        for (Vote v : em.createQuery("SELECT v FROM Vote v WHERE v.proposalId = :p AND v.argument IS NOT NULL", Vote.class)
                .setParameter("p", proposalId).getResultList()) {
            if (visible && hidden.contains(Vote.contributionId(v.getId()))) {
                continue;
            }
            outbox.record(visible ? new ContributionPublished(searchable(v, p))
                    : new ContributionWithdrawn(ConsultationComponent.ID, Vote.contributionId(v.getId())));
        }
        for (Comment c : em.createQuery("SELECT c FROM Comment c WHERE c.proposalId = :p AND c.deleted = false", Comment.class)
                .setParameter("p", proposalId).getResultList()) {
            if (visible && hidden.contains(Comment.contributionId(c.getId()))) {
                continue;
            }
            outbox.record(visible ? new ContributionPublished(searchable(c, p))
                    : new ContributionWithdrawn(ConsultationComponent.ID, Comment.contributionId(c.getId())));
        }
    }

    /** A published (or withdrawn) proposal its reader may open, for a report; never a draft. */
    @Transactional
    Optional<Reportable> reportableProposal(CitizenRef reader, long id) {
        try {
            Proposal p = filing.readable(reader, id);
            return p.getStatus() == Proposal.Status.DRAFT ? Optional.empty()
                    : Optional.of(new Reportable(Proposal.contributionId(id), PROPOSAL, p.getTitle(),
                    ConsultationComponent.proposalPath(id), RichText.plain(p.getBody()), p.getComponentId()));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    private static final LocalizedText CONSULTATION = new LocalizedText("Consultation", "Consultation");

    /** A consultation its reader may open, for the audit log to name it by its title. */
    @Transactional
    Optional<Reportable> consultation(CitizenRef reader, long id) {
        try {
            Consultation c = consultations.readable(reader, id);
            return Optional.of(new Reportable("consultation-" + id, CONSULTATION, c.getTitle(),
                    ConsultationComponent.path(id), RichText.plain(c.getContext()), c.getComponentId()));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    /** An argument (a vote's words) on a proposal its reader may open. */
    @Transactional
    Optional<Reportable> reportableArgument(CitizenRef reader, long voteId) {
        Vote v = em.find(Vote.class, voteId);
        if (v == null || !v.isArgued()) {
            return Optional.empty();
        }
        return reportableProposal(reader, v.getProposalId()).map(p -> new Reportable(Vote.contributionId(voteId), ARGUMENT,
                p.title(), p.path() + "#" + Vote.contributionId(voteId), v.getArgument(), p.instanceId()));
    }

    /** A comment, not deleted, on a proposal its reader may open. */
    @Transactional
    Optional<Reportable> reportableComment(CitizenRef reader, long commentId) {
        Comment c = em.find(Comment.class, commentId);
        if (c == null || c.isDeleted()) {
            return Optional.empty();
        }
        return reportableProposal(reader, c.getProposalId()).map(p -> new Reportable(Comment.contributionId(commentId),
                COMMENT, p.title(), p.path() + "#" + Comment.contributionId(commentId), c.getBody(), p.instanceId()));
    }

    /** Counts for the participation team: proposals (published or withdrawn), drafts, votes, arguments, comments. */
    @Transactional
    Map<String, Long> counts(long componentId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                + "(SELECT COUNT(*) FROM consultation_proposal WHERE component_id = ?1 AND status <> 'DRAFT'), "
                + "(SELECT COUNT(*) FROM consultation_proposal WHERE component_id = ?1 AND status = 'DRAFT'), "
                + "(SELECT COUNT(*) FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id WHERE p.component_id = ?1), "
                + "(SELECT COUNT(*) FROM consultation_vote v JOIN consultation_proposal p ON p.id = v.proposal_id WHERE p.component_id = ?1 AND v.argument IS NOT NULL), "
                + "(SELECT COUNT(*) FROM consultation_comment c JOIN consultation_proposal p ON p.id = c.proposal_id WHERE p.component_id = ?1 AND NOT c.deleted)")
                .setParameter(1, componentId).getSingleResult();
        Map<String, Long> counts = new LinkedHashMap<>();
        String[] names = {"proposals", "drafts", "votes", "arguments", "comments"};
        for (int i = 0; i < names.length; i++) {
            counts.put(names[i], ((Number) row[i]).longValue());
        }
        return counts;
    }

    /** What a citizen wrote and followed here, for their export. */
    @Transactional
    Map<String, Object> personalData(long citizenId) {
        List<Map<String, Object>> proposals = em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a ORDER BY p.id",
                Proposal.class).setParameter("a", citizenId).getResultStream().map(p -> Map.<String, Object>of(
                "id", p.getId(), "consultation", p.getConsultationId(), "title", p.getTitle(),
                "body", RichText.plain(p.getBody()), "status", p.getStatus().name(), "createdAt", p.getCreatedAt().toString()))
                .toList();
        List<Map<String, Object>> votes = em.createQuery("SELECT v FROM Vote v WHERE v.voterId = :a ORDER BY v.id", Vote.class)
                .setParameter("a", citizenId).getResultStream().map(v -> Map.<String, Object>of("proposal", v.getProposalId(),
                        "stance", v.getStance().name(), "argument", v.getArgument() == null ? "" : v.getArgument(),
                        "castAt", v.getCastAt().toString())).toList();
        List<Map<String, Object>> comments = em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a ORDER BY c.id",
                Comment.class).setParameter("a", citizenId).getResultStream().map(c -> Map.<String, Object>of("id", c.getId(),
                "proposal", c.getProposalId(), "body", c.getBody(), "deleted", c.isDeleted(),
                "writtenAt", c.getWrittenAt().toString())).toList();
        List<Map<String, Object>> follows = ((List<?>) em.createNativeQuery("SELECT consultation_id, proposal_id FROM "
                + "consultation_follow WHERE citizen_id = ?1 ORDER BY since").setParameter(1, citizenId).getResultList())
                .stream().map(r -> (Object[]) r).map(r -> Map.<String, Object>of("consultation", ((Number) r[0]).longValue(),
                        "proposal", ((Number) r[1]).longValue())).toList();
        return Map.of("proposals", proposals, "votes", votes, "comments", comments, "follows", follows);
    }

    /**
     * Erasure: proposals, arguments and comments stay under an anonymous name (search is told, so it stops naming
     * the author), votes and supports stay counted but no longer point to the person, follows go.
     */
    @Transactional
    void anonymise(long citizenId) {
        for (Proposal p : em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a", Proposal.class)
                .setParameter("a", citizenId).getResultList()) {
            p.anonymise();
            outbox.record(new ContributionPublished(searchable(p)));
        }
        for (Vote v : em.createQuery("SELECT v FROM Vote v WHERE v.voterId = :a", Vote.class).setParameter("a", citizenId)
                .getResultList()) {
            v.anonymise();
            if (v.isArgued()) {
                outbox.record(new ContributionPublished(searchable(v, em.find(Proposal.class, v.getProposalId()))));
            }
        }
        for (Comment c : em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a", Comment.class)
                .setParameter("a", citizenId).getResultList()) {
            c.anonymise();
            if (!c.isDeleted()) {
                outbox.record(new ContributionPublished(searchable(c, em.find(Proposal.class, c.getProposalId()))));
            }
        }
        em.flush();
        em.createNativeQuery("UPDATE consultation_vote SET voter_id = -id WHERE voter_id = ?1").setParameter(1, citizenId)
                .executeUpdate();
        em.createNativeQuery("UPDATE consultation_argument_support SET citizen_id = -citizen_id WHERE citizen_id = ?1")
                .setParameter(1, citizenId).executeUpdate();
        em.createNativeQuery("UPDATE consultation_comment_support SET citizen_id = -citizen_id WHERE citizen_id = ?1")
                .setParameter(1, citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM consultation_follow WHERE citizen_id = ?1").setParameter(1, citizenId)
                .executeUpdate();
    }
}
