package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Reportable;
import org.civitas.spi.Refusal;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ModerationStatus;

/** Reading ideas: an idea's page, the public list, and the viewer's own ideas. */
@ApplicationScoped
public class IdeaReading {

    private static final int PAGE_SIZE = 20;
    /** Deeper pages are out of reach: people filter instead, and the offset never overflows. */
    static final int MAX_PAGE = 5_000;

    /**
     * The filters of the public list; every field may be null, and blank texts count as none.
     * {@code sort}: {@code recent} or {@code supports}.
     */
    public record Filter(String category, String district, Status status, LocalDate from, LocalDate to, String sort,
                         int page) {
        public Filter {
            category = IdeaStore.orNull(category);
            district = IdeaStore.orNull(district);
            page = Math.max(0, Math.min(page, MAX_PAGE));
        }
    }

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    IdeaStore store;
    @Inject
    ComponentAccess access;
    @Inject
    ModerationStatus moderation;

    private static final LocalizedText IDEA = new LocalizedText("Idée", "Idea");
    private static final LocalizedText COMMENT = new LocalizedText("Commentaire", "Comment");

    /** An idea's page; a draft exists only for its author, an idea hidden by moderation only for moderators. */
    @Transactional
    public Views.IdeaView get(CitizenRef viewer, long ideaId) {
        return store.view(store.visible(ideaId, viewer), viewer);
    }

    /**
     * The filed idea as {@code reader} may open it, for a report; empty when it does not exist, they may not see
     * it, or it is a draft (only its author sees a draft: there is nothing to report to moderators).
     */
    @Transactional
    public Optional<Reportable> reportable(CitizenRef reader, long ideaId) {
        try {
            Idea idea = store.visible(ideaId, reader);
            if (idea.getStatus() == Status.DRAFT) {
                return Optional.empty();
            }
            return Optional.of(new Reportable(Long.toString(ideaId), IDEA, idea.getTitle(), IdeaBoxComponent.path(ideaId),
                    idea.getBody(), idea.getComponentId()));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    /** A comment on a filed idea its reader may open, for a report: moderators read its words beside the idea's title. */
    @Transactional
    public Optional<Reportable> reportableComment(CitizenRef reader, long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || (!IdeaStore.isModerator(reader)
                && moderation.isHidden(IdeaBoxComponent.ID, Comment.contributionId(commentId)))) {
            return Optional.empty();
        }
        return reportable(reader, comment.getIdeaId()).map(idea -> new Reportable(Comment.contributionId(commentId), COMMENT,
                idea.title(), idea.path() + "#comment-" + commentId, comment.getBody(), idea.instanceId()));
    }

    /** The public list of filed ideas, filtered, newest or most supported first. */
    @Transactional
    public Views.IdeaList list(CitizenRef viewer, long componentId, Filter filter) {
        access.require(IdeaBoxComponent.ID, viewer, componentId, "read", null);
        // Hidden ideas are excluded in the query, not after it, so that the total counts only what can be listed.
        List<Long> hidden = IdeaStore.isModerator(viewer) ? List.of()
                : IdeaStore.ideaIds(moderation.hidden(IdeaBoxComponent.ID));
        IdeaQuery query = listQuery(componentId, filter, hidden);
        String order = "supports".equals(filter.sort())
                ? "i.supports DESC, i.submittedAt DESC, i.id DESC" : "i.submittedAt DESC, i.id DESC";
        int page = filter.page();
        List<Views.IdeaSummary> ideas = query.page(em, order, page * PAGE_SIZE, PAGE_SIZE).stream()
                .map(IdeaStore::summary).toList();
        return new Views.IdeaList(ideas, query.count(em), page, PAGE_SIZE);
    }

    /** The list's conditions, {@code hidden} ideas excluded. */
    static IdeaQuery listQuery(long componentId, Filter filter, List<Long> hidden) {
        return new IdeaQuery(componentId)
                .and("i.status NOT IN :unlisted", "unlisted", List.copyOf(Status.UNLISTED))
                .equal("category", filter.category())
                .equal("district", filter.district())
                .equal("status", filter.status())
                .and("i.submittedAt >= :from", "from",
                        filter.from() == null ? null : filter.from().atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("i.submittedAt < :to", "to",
                        filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("i.id NOT IN :hidden", "hidden", hidden.isEmpty() ? null : hidden);
    }

    /** The viewer's own ideas in this box, drafts included, newest first. */
    @Transactional
    public List<Views.IdeaSummary> mine(CitizenRef author, long componentId) {
        IdeaStore.signedIn(author);
        access.require(IdeaBoxComponent.ID, author, componentId, "read", null);
        return em.createQuery("SELECT i FROM Idea i WHERE i.componentId = :c AND i.authorId = :a ORDER BY i.createdAt DESC",
                        Idea.class).setParameter("c", componentId).setParameter("a", author.id())
                .getResultStream().map(IdeaStore::summary).toList();
    }
}
