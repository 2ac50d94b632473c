package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civitas.spi.ContributionHidden;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;
import org.civitas.spi.Notifier;

/**
 * Tells authors that moderators removed their idea or comment: otherwise a removal is silent to the one person it
 * concerns most. Reports that only hide something pending a decision say nothing yet.
 */
@ApplicationScoped
public class ModerationNotices implements EventConsumer<ContributionHidden> {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    Notifier notifier;

    @Override
    public String name() {
        return "ideabox.moderation-notices";
    }

    @Override
    public Class<ContributionHidden> eventType() {
        return ContributionHidden.class;
    }

    @Override
    @Transactional
    public void consume(ContributionHidden event, EventMetadata metadata) {
        if (!IdeaBoxComponent.ID.equals(event.contributionComponent()) || !"REMOVED".equals(event.status())) {
            return;
        }
        String id = event.contributionId();
        if (id.matches("[1-9]\\d{0,17}")) {
            Idea idea = em.find(Idea.class, Long.parseLong(id));
            if (idea != null) {
                notifier.notify(idea.getAuthorId(), Notifier.Kind.CONTRIBUTION, Texts.localized("notify.removed.subject", idea.getTitle()),
                        Texts.localized("notify.removed.idea", idea.getTitle()), IdeaBoxComponent.path(idea.getId()));
            }
        } else if (id.matches("comment-[1-9]\\d{0,17}")) {
            Comment comment = em.find(Comment.class, Long.parseLong(id.substring("comment-".length())));
            Idea idea = comment == null ? null : em.find(Idea.class, comment.getIdeaId());
            if (idea != null) {
                notifier.notify(comment.getAuthorId(), Notifier.Kind.CONTRIBUTION,
                        Texts.localized("notify.removed.subject", idea.getTitle()),
                        Texts.localized("notify.removed.comment", idea.getTitle()), IdeaBoxComponent.path(idea.getId()));
            }
        }
    }
}
