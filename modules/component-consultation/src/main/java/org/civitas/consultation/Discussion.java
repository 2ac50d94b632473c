package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.RateLimits;
import org.civitas.spi.Refusal;

/**
 * Comments on a proposal, threaded one level: anyone who may react comments or replies to a comment (never to a
 * reply); authors edit and delete their own (a deleted comment keeps its place, without its words); each comment
 * is supported once per person. The proposal's followers are told of each new comment.
 */
@ApplicationScoped
public class Discussion {

    static final int BODY_MAX = 4000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Reactions reactions;
    @Inject
    ProposalFiling filing;
    @Inject
    Following following;
    @Inject
    ModerationStatus moderation;
    @Inject
    Outbox outbox;
    @Inject
    RateLimits limits;
    @Inject
    ConsultationRecords records;

    /** Comments on the proposal, or replies to {@code parentId}, one of its comments that is not a reply. */
    @Transactional
    public ProposalViews.CommentView comment(CitizenRef author, long proposalId, Long parentId, String body) {
        Following.signedIn(author);
        String words = words(body);
        Proposal proposal = reactions.open(author, proposalId);
        if (parentId != null) {
            Comment parent = em.find(Comment.class, parentId);
            if (parent == null || parent.getProposalId() != proposalId
                    || moderation.isHidden(ConsultationComponent.ID, Comment.contributionId(parentId))) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "comment.parent");
            }
            if (!parent.acceptsReplies()) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "comment.one-level");
            }
            if (parent.isDeleted()) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "fixp.comment.parent-deleted");
            }
        }
        limits.take("consultation-comment", Long.toString(author.id()), 60, Duration.ofHours(1));
        Comment comment = new Comment(proposalId, parentId, author.id(), author.pseudonym(), words, Instant.now());
        comment.writtenBy(Participant.of(author));
        em.persist(comment);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(proposal);
        proposal.commentsCounted(1);
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(comment, proposal)));
        following.commented(proposal, comment);
        return view(comment, author, Set.of(), false, List.of());
    }

    /** The author rewrites their comment while the proposal is open to reactions. */
    @Transactional
    public ProposalViews.CommentView edit(CitizenRef author, long commentId, String body) {
        String words = words(body);
        Comment comment = own(author, commentId);
        Proposal proposal = reactions.open(author, comment.getProposalId());
        comment.edit(words, Instant.now());
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(comment, proposal)));
        return view(comment, author, moderation.hidden(ConsultationComponent.ID), false, List.of());
    }

    /** The author deletes their comment: its place in the thread stays, its words go, it is no longer counted. */
    @Transactional
    public void delete(CitizenRef author, long commentId) {
        Comment comment = own(author, commentId);
        Proposal proposal = filing.readable(author, comment.getProposalId());
        boolean hidden = moderation.isHidden(ConsultationComponent.ID, Comment.contributionId(commentId));
        comment.delete();
        if (!hidden) {
            em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(proposal);
            proposal.commentsCounted(-1);
        }
        em.flush();
        outbox.record(new ContributionWithdrawn(ConsultationComponent.ID, Comment.contributionId(commentId)));
    }

    /** Supports someone else's comment, once, or takes the support back. */
    @Transactional
    public ProposalViews.CommentView support(CitizenRef citizen, long commentId, boolean on) {
        Following.signedIn(citizen);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.isDeleted()
                || moderation.isHidden(ConsultationComponent.ID, Comment.contributionId(commentId))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "comment.not-found");
        }
        reactions.open(citizen, comment.getProposalId());
        if (comment.getAuthorId() == citizen.id()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "comment.own");
        }
        int changed = em.createNativeQuery(on
                        ? "INSERT INTO consultation_comment_support (comment_id, citizen_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
                        : "DELETE FROM consultation_comment_support WHERE comment_id = ?1 AND citizen_id = ?2")
                .setParameter(1, commentId).setParameter(2, citizen.id()).executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE consultation_comment SET support_count = support_count + ?1 WHERE id = ?2")
                    .setParameter(1, on ? 1 : -1).setParameter(2, commentId).executeUpdate();
        }
        em.refresh(comment);
        return view(comment, citizen, Set.of(), on, List.of());
    }

    /**
     * A proposal's comments, oldest first, each with its replies. One moderation hides is left out for everyone but
     * moderators, who see it marked; a hidden comment whose replies are visible stays as a placeholder, without its
     * words or its author, so that the others' replies keep their place.
     */
    @Transactional
    public List<ProposalViews.CommentView> comments(CitizenRef viewer, long proposalId) {
        filing.readable(viewer, proposalId);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        boolean moderator = Consultations.moderates(viewer);
        List<Comment> all = em.createQuery("SELECT c FROM Comment c WHERE c.proposalId = :p ORDER BY c.writtenAt, c.id",
                Comment.class).setParameter("p", proposalId).getResultList();
        Set<Long> supported = viewer == null ? Set.of() : Set.copyOf(((List<?>) em.createNativeQuery(
                        "SELECT s.comment_id FROM consultation_comment_support s JOIN consultation_comment c ON c.id = s.comment_id "
                                + "WHERE c.proposal_id = ?1 AND s.citizen_id = ?2").setParameter(1, proposalId)
                .setParameter(2, viewer.id()).getResultList()).stream().map(n -> ((Number) n).longValue()).toList());
        Map<Long, List<ProposalViews.CommentView>> replies = new LinkedHashMap<>();
        for (Comment c : all) {
            if (c.getParentId() != null && (moderator || !hidden.contains(Comment.contributionId(c.getId())))) {
                replies.computeIfAbsent(c.getParentId(), p -> new ArrayList<>())
                        .add(view(c, viewer, hidden, supported.contains(c.getId()), List.of()));
            }
        }
        List<ProposalViews.CommentView> thread = new ArrayList<>();
        for (Comment c : all) {
            if (!c.acceptsReplies()) {
                continue;
            }
            List<ProposalViews.CommentView> under = replies.getOrDefault(c.getId(), List.of());
            if (moderator || !hidden.contains(Comment.contributionId(c.getId()))) {
                thread.add(view(c, viewer, hidden, supported.contains(c.getId()), under));
            } else if (!under.isEmpty()) {
                thread.add(new ProposalViews.CommentView(c.getId(), null, "", "", 0, false, false, false, true,
                        c.getWrittenAt(), null, under));
            }
        }
        return thread;
    }

    private static ProposalViews.CommentView view(Comment c, CitizenRef viewer, Set<String> hidden, boolean supported,
                                                  List<ProposalViews.CommentView> replies) {
        return new ProposalViews.CommentView(c.getId(), c.getParentId(), c.getAuthor(), c.isDeleted() ? "" : c.getBody(),
                c.getSupportCount(), supported, viewer != null && viewer.id() == c.getAuthorId(), c.isDeleted(),
                hidden.contains(Comment.contributionId(c.getId())), c.getWrittenAt(), c.getEditedAt(), replies);
    }

    private Comment own(CitizenRef author, long commentId) {
        Following.signedIn(author);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.getAuthorId() != author.id() || comment.isDeleted()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "comment.not-found");
        }
        return comment;
    }

    private static String words(String body) {
        String words = body == null ? "" : body.strip();
        if (words.isEmpty() || words.length() > BODY_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "comment.body", BODY_MAX);
        }
        Legible.requireText(words);
        return words;
    }
}
