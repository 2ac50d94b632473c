package org.civitas.ideabox;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.civitas.spi.SearchableContribution;

/**
 * What the idea box's services share: finding an idea as a viewer may see it, showing it, and the writes several
 * use cases make (publishing, following, counting supports). It runs in the calling use case's transaction.
 */
@Dependent
class IdeaStore {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    ModerationStatus moderation;

    /** A filed idea, as moderators act on it; a draft does not exist for them. */
    Idea filed(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null || idea.getStatus() == Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        return idea;
    }

    /**
     * An idea the viewer may read: a draft only for its author, a withdrawn idea or one hidden by moderation only
     * for its author and moderators.
     */
    Idea visible(long ideaId, CitizenRef viewer) {
        Idea idea = em.find(Idea.class, ideaId);
        boolean author = idea != null && viewer != null && idea.getAuthorId() == viewer.id();
        if (idea == null || (idea.getStatus() == Status.DRAFT && !author)
                || (idea.getStatus() == Status.WITHDRAWN && !author && !isModerator(viewer))
                || (!author && !isModerator(viewer) && moderation.isHidden(IdeaBoxComponent.ID, idea.getId().toString()))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        access.require(IdeaBoxComponent.ID, viewer, idea.getComponentId(), "read", null);
        return idea;
    }

    void publish(Idea idea) {
        outbox.record(new ContributionPublished(searchable(idea)));
    }

    void follow(long ideaId, long citizenId) {
        em.createNativeQuery("INSERT INTO ideabox_follower (idea_id, citizen_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, ideaId).setParameter(2, citizenId).executeUpdate();
    }

    /** Counts supports with a plain update: a support is not a decision, so it must not move the idea's version. */
    void recount(Idea idea) {
        em.createNativeQuery("UPDATE ideabox_idea SET supports = (SELECT COUNT(*) FROM ideabox_support WHERE idea_id = ?1) "
                + "WHERE id = ?1").setParameter(1, idea.getId()).executeUpdate();
        em.refresh(idea);
    }

    /** A two-column native query (key, count) for one box, as an ordered map. */
    Map<String, Long> counts(String sql, long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, componentId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    Views.IdeaView view(Idea idea, CitizenRef viewer) {
        long id = idea.getId();
        boolean supported = viewer != null && !em.createNativeQuery(
                "SELECT 1 FROM ideabox_support WHERE idea_id = ?1 AND citizen_id = ?2")
                .setParameter(1, id).setParameter(2, viewer.id()).getResultList().isEmpty();
        boolean followed = viewer != null && !em.createNativeQuery(
                "SELECT 1 FROM ideabox_follower WHERE idea_id = ?1 AND citizen_id = ?2")
                .setParameter(1, id).setParameter(2, viewer.id()).getResultList().isEmpty();
        List<String> credited = ((List<?>) em.createNativeQuery(
                "SELECT pseudonym FROM ideabox_credit WHERE idea_id = ?1 ORDER BY pseudonym").setParameter(1, id)
                .getResultList()).stream().map(String::valueOf).toList();
        List<Views.CommentView> comments = comments(id, viewer);
        List<Views.StepView> history = idea.getSteps().stream().map(s -> new Views.StepView(s.getAt(), s.getKind(),
                s.getStatus(), s.getMessage(), s.getMessageEn(), s.getLink(), s.getLinkLabel())).toList();
        return new Views.IdeaView(id, idea.getComponentId(), idea.getTitle(), idea.getBody(), idea.getCategory(),
                idea.getDistrict(), idea.getAddress(), idea.getLatitude(), idea.getLongitude(), idea.getStatus(),
                idea.getAuthorPseudonym(), credited, idea.getSupports(), supported, followed,
                viewer != null && viewer.id() == idea.getAuthorId(),
                idea.getSubmittedAt() == null ? idea.getCreatedAt() : idea.getSubmittedAt(), idea.getDuplicateOf(),
                idea.getRedirectLabel(), idea.getRedirectLink(), idea.getVersion(), history, comments,
                moderation.isHidden(IdeaBoxComponent.ID, Long.toString(id)));
    }

    /**
     * The idea's comments, oldest first, each with its replies. A comment moderation hides is left out for
     * everyone but moderators, who see it marked as hidden; replies to a comment left out go with it.
     */
    private List<Views.CommentView> comments(long ideaId, CitizenRef viewer) {
        Set<String> hidden = moderation.hidden(IdeaBoxComponent.ID);
        boolean moderator = isModerator(viewer);
        List<Comment> all = em.createQuery("SELECT c FROM Comment c WHERE c.ideaId = :i ORDER BY c.createdAt, c.id",
                Comment.class).setParameter("i", ideaId).getResultList();
        Set<Long> answered = all.stream().map(Comment::getParentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Instant now = Instant.now();
        Map<Long, List<Views.CommentView>> replies = new LinkedHashMap<>();
        for (Comment c : all) {
            if (c.getParentId() != null && (moderator || !hidden.contains(Comment.contributionId(c.getId())))) {
                replies.computeIfAbsent(c.getParentId(), p -> new ArrayList<>()).add(commentView(c, viewer, hidden, false, now, List.of()));
            }
        }
        return all.stream().filter(c -> c.getParentId() == null)
                .filter(c -> moderator || !hidden.contains(Comment.contributionId(c.getId())))
                .map(c -> commentView(c, viewer, hidden, answered.contains(c.getId()), now,
                        replies.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    static Views.CommentView commentView(Comment c, CitizenRef viewer, Set<String> hidden, boolean replied, Instant now,
                                         List<Views.CommentView> replies) {
        boolean isHidden = hidden.contains(Comment.contributionId(c.getId()));
        return new Views.CommentView(c.getId(), c.getAuthorPseudonym(), c.getBody(), c.getCreatedAt(),
                viewer != null && viewer.id() == c.getAuthorId(), isHidden, c.getEditedAt(),
                viewer != null && !isHidden && c.changeableBy(viewer.id(), replied, now), replies);
    }

    /** A refusal unless the caller saw the idea at its current version: nobody overwrites a change they did not see. */
    static void sameVersion(Idea idea, Integer version) {
        if (version == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.version.required");
        }
        if (idea.getVersion() != version) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.changed");
        }
    }

    /** Writes the idea now, so that of two simultaneous changes only one commits and the other hears why. */
    void writeOrConflict(String conflictKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, conflictKey);
            }
            throw e;
        }
    }

    static SearchableContribution searchable(Idea idea) {
        return new SearchableContribution(IdeaBoxComponent.ID, "idea", idea.getId().toString(), idea.getComponentId(),
                idea.getSpaceId(), idea.getTitle(), idea.getBody(), idea.getStatus().name().toLowerCase(Locale.ROOT),
                idea.getDistrict(), idea.getAuthorPseudonym(),
                idea.getSubmittedAt() == null ? idea.getCreatedAt() : idea.getSubmittedAt(),
                idea.getStatus() == Status.DRAFT ? Set.of("citizen:" + idea.getAuthorId()) : Set.of(),
                IdeaBoxComponent.path(idea.getId()));
    }

    static Views.IdeaSummary summary(Idea i) {
        return new Views.IdeaSummary(i.getId(), i.getTitle(), excerpt(i.getBody()), i.getCategory(), i.getDistrict(),
                i.getStatus(), i.getSupports(), i.getSubmittedAt() == null ? i.getCreatedAt() : i.getSubmittedAt(),
                i.getLatitude(), i.getLongitude());
    }

    static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 199).strip() + "…";
    }

    /**
     * The ideas among contribution ids moderation gave. Anyone may report any id under this component, so ids that
     * are not numbers name no idea and are skipped rather than failing the page.
     */
    static List<Long> ideaIds(Collection<String> contributionIds) {
        return contributionIds.stream().filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).sorted().toList();
    }

    static void signedIn(CitizenRef citizen) {
        if (citizen == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
    }

    static boolean isModerator(CitizenRef viewer) {
        return viewer != null && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR));
    }

    static boolean length(String s, int min, int max) {
        return s != null && s.strip().length() >= min && s.strip().length() <= max;
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
