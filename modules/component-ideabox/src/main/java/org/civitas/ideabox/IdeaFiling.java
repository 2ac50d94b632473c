package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.RateLimits;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;

/**
 * What citizens do with ideas: file them (or keep drafts), change or withdraw them while they wait, support,
 * follow, comment and reply, and answer a moderator.
 */
@ApplicationScoped
public class IdeaFiling {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    IdeaStore store;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    RateLimits limits;
    @Inject
    Territory territory;
    @Inject
    ModerationStatus moderation;

    /** Files an idea, or saves it as a draft only its author sees. */
    @Transactional
    public Views.IdeaView file(CitizenRef author, long componentId, IdeaInput input, boolean draft) {
        access.require(IdeaBoxComponent.ID, author, componentId, "file", input == null ? null : input.district());
        ComponentRef box = access.component(IdeaBoxComponent.ID, componentId, author);
        IdeaInput clean = validate(box, input);
        limits.take("ideabox-file", Long.toString(author.id()), 20, Duration.ofHours(1));
        Idea idea = new Idea(componentId, box.space().id(), author.id(), author.pseudonym(), clean, Instant.now());
        em.persist(idea);
        em.flush();
        if (!draft) {
            submitted(idea);
        }
        store.publish(idea);
        return store.view(idea, author);
    }

    /**
     * The author edits their idea: a draft (filed when {@code submit}), or a filed idea while it is still waiting
     * ({@link Status#CHANGEABLE_BY_AUTHOR}), at the {@code version} they saw: 409 when a moderator or another of
     * their sessions changed it first.
     */
    @Transactional
    public Views.IdeaView edit(CitizenRef author, long ideaId, IdeaInput input, boolean submit, Integer version) {
        Idea idea = own(author, ideaId);
        if (idea.getStatus() != Status.DRAFT && !idea.getStatus().isChangeableByAuthor()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.not-changeable", idea.getStatus());
        }
        if (version != null || idea.getStatus() != Status.DRAFT) {
            IdeaStore.sameVersion(idea, version);
        }
        access.require(IdeaBoxComponent.ID, author, idea.getComponentId(), "file", input == null ? null : input.district());
        IdeaInput clean = validate(access.component(IdeaBoxComponent.ID, idea.getComponentId(), author), input);
        if (idea.getStatus() == Status.DRAFT) {
            idea.edit(clean);
            if (submit) {
                submitted(idea);
            }
        } else {
            idea.revise(clean, Instant.now());
        }
        store.writeOrConflict("idea.changed");
        store.publish(idea);
        return store.view(idea, author);
    }

    /**
     * The author withdraws a filed idea while it is still waiting, at the {@code version} they saw: it leaves the
     * lists, the triage queue and the search; its page stays for its author and moderators.
     */
    @Transactional
    public Views.IdeaView withdraw(CitizenRef author, long ideaId, Integer version) {
        Idea idea = own(author, ideaId);
        if (!idea.getStatus().isChangeableByAuthor()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.not-withdrawable", idea.getStatus());
        }
        IdeaStore.sameVersion(idea, version);
        idea.withdraw(Instant.now());
        store.writeOrConflict("idea.changed");
        outbox.record(new ContributionWithdrawn(IdeaBoxComponent.ID, idea.getId().toString()));
        return store.view(idea, author);
    }

    private Idea own(CitizenRef author, long ideaId) {
        IdeaStore.signedIn(author);
        Idea idea = store.visible(ideaId, author);
        if (idea.getAuthorId() != author.id()) {
            // A conflict, as for answering: the idea is there, only its author acts on it this way.
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.not-yours");
        }
        return idea;
    }

    private void submitted(Idea idea) {
        idea.submit(Instant.now());
        store.follow(idea.getId(), idea.getAuthorId());
        outbox.record(new IdeaFiled(idea.getId().toString(), idea.getComponentId(), idea.getCategory(), idea.getDistrict()));
    }

    /**
     * Supports an idea (once per account), or withdraws the support. Supporting is not following: a supporter
     * hears of decisions only if they also chose to follow it.
     */
    @Transactional
    public Views.IdeaView support(CitizenRef citizen, long ideaId, boolean on) {
        Idea idea = filed(citizen, ideaId, "support");
        if (idea.getAuthorId() == citizen.id()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.support.own");
        }
        if (idea.getStatus().isFinal()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.closed", idea.getStatus());
        }
        if (on) {
            em.createNativeQuery("INSERT INTO ideabox_support (idea_id, citizen_id, created_at) VALUES (?1, ?2, now()) "
                    + "ON CONFLICT DO NOTHING").setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM ideabox_support WHERE idea_id = ?1 AND citizen_id = ?2")
                    .setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
        }
        store.recount(idea);
        return store.view(idea, citizen);
    }

    /** Follows an idea (notified at each decision), or stops following it. */
    @Transactional
    public Views.IdeaView follow(CitizenRef citizen, long ideaId, boolean on) {
        Idea idea = store.visible(ideaId, citizen);
        access.require(IdeaBoxComponent.ID, citizen, idea.getComponentId(), "follow", null);
        if (on) {
            store.follow(ideaId, citizen.id());
        } else {
            em.createNativeQuery("DELETE FROM ideabox_follower WHERE idea_id = ?1 AND citizen_id = ?2")
                    .setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
        }
        return store.view(idea, citizen);
    }

    /** Comments on an idea, or replies to one of its comments ({@code replyTo}; a reply to a reply joins its thread). */
    @Transactional
    public Views.CommentView comment(CitizenRef citizen, long ideaId, String text, Long replyTo) {
        filed(citizen, ideaId, "comment");
        String body = commentBody(text);
        Long thread = null;
        if (replyTo != null) {
            Comment parent = em.find(Comment.class, replyTo);
            if (parent == null || parent.getIdeaId() != ideaId
                    || moderation.isHidden(IdeaBoxComponent.ID, Comment.contributionId(parent.getId()))) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.comment.reply-unknown");
            }
            thread = parent.thread();
        }
        limits.take("ideabox-comment", Long.toString(citizen.id()), 10, Duration.ofMinutes(10));
        Comment comment = new Comment(ideaId, thread, citizen.id(), citizen.pseudonym(), body, Instant.now());
        em.persist(comment);
        em.flush();
        return IdeaStore.commentView(comment, citizen, Set.of(), false, Instant.now(), List.of());
    }

    /** The author rewrites their comment, within {@link Comment#CHANGE_WINDOW} and while nobody replied to it. */
    @Transactional
    public Views.CommentView editComment(CitizenRef citizen, long commentId, String text) {
        Comment comment = changeable(citizen, commentId);
        comment.rewrite(commentBody(text), Instant.now());
        return IdeaStore.commentView(comment, citizen, Set.of(), false, Instant.now(), List.of());
    }

    /** The author deletes their comment, on the same terms as changing it; moderation and search forget it too. */
    @Transactional
    public void deleteComment(CitizenRef citizen, long commentId) {
        Comment comment = changeable(citizen, commentId);
        em.remove(comment);
        outbox.record(new ContributionWithdrawn(IdeaBoxComponent.ID, Comment.contributionId(commentId)));
    }

    /** A comment its author may still change: not hidden by moderation (a moderator decides on what was reported). */
    private Comment changeable(CitizenRef citizen, long commentId) {
        IdeaStore.signedIn(citizen);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.comment.not-found");
        }
        store.visible(comment.getIdeaId(), citizen);
        if (comment.getAuthorId() != citizen.id()) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "idea.comment.not-yours");
        }
        boolean replied = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.parentId = :p", Long.class)
                .setParameter("p", commentId).getSingleResult() > 0;
        if (!comment.changeableBy(citizen.id(), replied, Instant.now())
                || moderation.isHidden(IdeaBoxComponent.ID, Comment.contributionId(commentId))) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.comment.locked", Comment.CHANGE_WINDOW.toMinutes());
        }
        return comment;
    }

    private static String commentBody(String text) {
        String body = text == null ? "" : text.strip();
        if (body.length() < 2 || body.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.comment.length");
        }
        return body;
    }

    /** The author answers a moderator's question: the idea goes back in the triage queue, under review. */
    @Transactional
    public Views.IdeaView answer(CitizenRef author, long ideaId, String text) {
        IdeaStore.signedIn(author);
        Idea idea = store.visible(ideaId, author);
        if (idea.getAuthorId() != author.id() || idea.getStatus() != Status.INFORMATION_REQUESTED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.answer.not-requested");
        }
        String answer = text == null ? "" : text.strip();
        if (answer.length() < 2 || answer.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.answer.length");
        }
        idea.moveTo(Status.UNDER_REVIEW, Step.Kind.ANSWERED, answer, null, null, Instant.now());
        store.publish(idea);
        return store.view(idea, author);
    }

    private IdeaInput validate(ComponentRef box, IdeaInput input) {
        if (input == null || !IdeaStore.length(input.title(), 5, 150)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.title.length");
        }
        if (!IdeaStore.length(input.body(), 10, 5000)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.body.length");
        }
        List<String> categories = IdeaBoxComponent.categories(box);
        String category = input.category() == null ? null : input.category().strip();
        if (!categories.contains(category)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.category.unknown", String.join(", ", categories));
        }
        String district = input.district() == null || input.district().isBlank() ? null : input.district().strip();
        if (district != null && territory.districts().stream().noneMatch(d -> d.code().equals(district))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.district.unknown");
        }
        String address = input.address() == null || input.address().isBlank() ? null : input.address().strip();
        if (address != null && address.length() > 300) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.address.length");
        }
        Double lat = input.latitude();
        Double lon = input.longitude();
        if ((lat == null) != (lon == null) || (lat != null && (lat.isNaN() || lon.isNaN() || Math.abs(lat) > 90 || Math.abs(lon) > 180))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.place.invalid");
        }
        return new IdeaInput(input.title().strip(), input.body().strip(), category, district, address, lat, lon);
    }

    /**
     * A filed idea the citizen may act on with {@code action}: a draft is only its author's to edit, and a
     * withdrawn idea takes nothing more.
     */
    private Idea filed(CitizenRef citizen, long ideaId, String action) {
        Idea idea = store.visible(ideaId, citizen);
        access.require(IdeaBoxComponent.ID, citizen, idea.getComponentId(), action, idea.getDistrict());
        if (Status.UNLISTED.contains(idea.getStatus())) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        return idea;
    }
}
