package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.Agents;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;
import org.civitas.spi.Outbox;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Redirections;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/**
 * Moderators' work on filed ideas: assignees, notes, decisions (one by one or in bulk), and what becomes of an
 * idea redirected to another component ({@link TriageQueue} holds the queue and its figures). The idea's author and followers hear of each decision.
 */
@ApplicationScoped
public class IdeaTriage {

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    IdeaStore store;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;
    @Inject
    Notifier notifier;
    @Inject
    Redirections redirections;
    @Inject
    IdeaTriage self;
    @Inject
    Agents agents;

    /**
     * Ideas of the same box whose title contains {@code text}, for a moderator marking {@code ideaId} as their
     * duplicate: filed, not withdrawn, most supported first.
     */
    @Transactional
    public List<Views.IdeaSummary> originals(CitizenRef moderator, long ideaId, String text) {
        Idea idea = store.filed(ideaId);
        access.require(IdeaBoxComponent.ID, moderator, idea.getComponentId(), "triage", null);
        String words = text == null ? "" : text.strip();
        if (words.length() < 2 || words.length() > 150) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.duplicate.search");
        }
        String pattern = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT i FROM Idea i WHERE i.componentId = :c AND i.id <> :id AND i.status NOT IN :unlisted "
                        + "AND LOWER(i.title) LIKE :q ESCAPE '\\' ORDER BY i.supports DESC, i.submittedAt DESC", Idea.class)
                .setParameter("c", idea.getComponentId()).setParameter("id", ideaId)
                .setParameter("unlisted", List.copyOf(Status.UNLISTED)).setParameter("q", pattern)
                .setMaxResults(10).getResultStream().map(IdeaStore::summary).toList();
    }

    /** Takes an idea (the moderator becomes its assignee) or releases it. */
    @Transactional
    public Views.IdeaView assign(CitizenRef moderator, long ideaId, boolean toMe) {
        Idea idea = store.filed(ideaId);
        access.require(IdeaBoxComponent.ID, moderator, idea.getComponentId(), "triage", null);
        assignee(idea, toMe ? moderator : null);
        audit.record(moderator, toMe ? "ideabox.assigned" : "ideabox.released", "idea", idea.getId().toString(), null, null);
        return store.view(idea, moderator);
    }

    /**
     * Hands an idea to a directorate agent to study: they find it among the ideas assigned to them, read and
     * write its internal notes, and are told by a notification.
     */
    @Transactional
    public Views.IdeaView assignToAgent(CitizenRef moderator, long ideaId, long agentId) {
        Idea idea = store.filed(ideaId);
        access.require(IdeaBoxComponent.ID, moderator, idea.getComponentId(), "triage", null);
        CitizenRef agent = agents.all().stream().filter(a -> a.id() == agentId).findFirst()
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.agent.unknown"));
        assignee(idea, agent);
        audit.record(moderator, "ideabox.assigned", "idea", idea.getId().toString(), null, "to=" + agent.pseudonym());
        // The agent's work, not news they chose to follow: the kind people keep on.
        notifier.notify(agent.id(), Notifier.Kind.CONTRIBUTION, Texts.localized("notify.assigned.subject", idea.getTitle()),
                Texts.localized("notify.assigned", idea.getTitle()), IdeaBoxComponent.path(idea.getId()));
        return store.view(idea, moderator);
    }

    /** A plain update: who studies an idea is not a decision, so it must not move the idea's version. */
    private void assignee(Idea idea, CitizenRef assignee) {
        if (assignee != null) {
            em.createNativeQuery("UPDATE ideabox_idea SET assignee_id = ?1, assignee_pseudonym = ?2 WHERE id = ?3")
                    .setParameter(1, assignee.id()).setParameter(2, assignee.pseudonym()).setParameter(3, idea.getId())
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE ideabox_idea SET assignee_id = NULL, assignee_pseudonym = NULL WHERE id = ?1")
                    .setParameter(1, idea.getId()).executeUpdate();
        }
        em.refresh(idea);
    }

    /** The agents a moderator of this box can assign an idea to. */
    @Transactional
    public List<Views.Agent> agents(CitizenRef moderator, long componentId) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        return agents.all().stream().map(a -> new Views.Agent(a.id(), a.pseudonym(), a.directorate())).toList();
    }

    /** The filed ideas assigned to the viewer (an agent, or a moderator who took them), across boxes, oldest first. */
    @Transactional
    public List<Views.IdeaSummary> assignedTo(CitizenRef viewer) {
        IdeaStore.signedIn(viewer);
        return em.createQuery("SELECT i FROM Idea i WHERE i.assigneeId = :me AND i.status NOT IN :unlisted "
                        + "ORDER BY i.submittedAt, i.id", Idea.class)
                .setParameter("me", viewer.id()).setParameter("unlisted", List.copyOf(Status.UNLISTED))
                .setMaxResults(TriageQueue.QUEUE_MAX).getResultStream().map(IdeaStore::summary).toList();
    }

    /** The idea's internal notes, oldest first: for its box's moderators and its assignee only. */
    @Transactional
    public List<Views.NoteView> notes(CitizenRef viewer, long ideaId) {
        Idea idea = staffOnly(viewer, ideaId);
        return em.createQuery("SELECT n FROM InternalNote n WHERE n.ideaId = :i ORDER BY n.createdAt, n.id", InternalNote.class)
                .setParameter("i", idea.getId()).getResultStream()
                .map(n -> new Views.NoteView(n.getId(), n.getAuthorPseudonym(), n.getBody(), n.getCreatedAt())).toList();
    }

    /** Adds an internal note, recorded in the audit trail; it never reaches the public history or the author. */
    @Transactional
    public Views.NoteView addNote(CitizenRef viewer, long ideaId, String text) {
        Idea idea = staffOnly(viewer, ideaId);
        String body = text == null ? "" : text.strip();
        if (body.length() < 2 || body.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.note.length");
        }
        InternalNote note = new InternalNote(idea.getId(), viewer.id(), viewer.pseudonym(), body, Instant.now());
        em.persist(note);
        em.flush();
        audit.record(viewer, "ideabox.note", "idea", idea.getId().toString(), body, null);
        return new Views.NoteView(note.getId(), note.getAuthorPseudonym(), body, note.getCreatedAt());
    }

    /** A filed idea, for its box's moderators or the one it is assigned to; others are refused. */
    private Idea staffOnly(CitizenRef viewer, long ideaId) {
        IdeaStore.signedIn(viewer);
        Idea idea = store.filed(ideaId);
        if (!Long.valueOf(viewer.id()).equals(idea.getAssigneeId())) {
            access.require(IdeaBoxComponent.ID, viewer, idea.getComponentId(), "triage", null);
        }
        return idea;
    }

    /**
     * A moderator's decision. When another moderator decided first (the idea's version moved on, or both commit
     * at once), this one is refused with a conflict that says so: a decision is never silently overwritten.
     */
    @Transactional
    public Views.IdeaView decide(CitizenRef moderator, long ideaId, Decision decision) {
        Idea idea = store.filed(ideaId);
        access.require(IdeaBoxComponent.ID, moderator, idea.getComponentId(), "triage", null);
        if (decision == null || decision.type() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.decision.unknown", "");
        }
        if (decision.version() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.version.required");
        }
        if (idea.getVersion() != decision.version()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.conflict", idea.getStatus());
        }
        if (idea.getStatus().isFinal()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.final", idea.getStatus());
        }
        String message = decision.message() == null || decision.message().isBlank() ? null : decision.message().strip();
        if (message != null && message.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.message.length");
        }
        Instant now = Instant.now();
        switch (decision.type()) {
            case "review" -> {
                if (idea.getStatus() != Status.RECEIVED) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.review.status");
                }
                claim(idea, Status.UNDER_REVIEW, Step.Kind.REVIEW, message, null, null, now);
            }
            case "admissible" -> {
                if (idea.getStatus() == Status.ADMISSIBLE) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.already", Status.ADMISSIBLE);
                }
                claim(idea, Status.ADMISSIBLE, Step.Kind.ADMISSIBLE, message, null, null, now);
            }
            case "not_admissible" -> {
                ReasonTemplate reason = decision.reasonId() == null ? null : em.find(ReasonTemplate.class, decision.reasonId());
                if (decision.reasonId() != null && (reason == null || reason.getComponentId() != idea.getComponentId())) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.reason.unknown");
                }
                if (reason == null && message == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.reason.required");
                }
                String why = reason == null ? message : message == null ? reason.getText() : reason.getText() + "\n\n" + message;
                // Readers of English get the reason's English words when written, with the moderator's own message.
                String whyEn = reason == null || reason.getTextEn() == null ? null
                        : message == null ? reason.getTextEn() : reason.getTextEn() + "\n\n" + message;
                claim(idea, Status.NOT_ADMISSIBLE, Step.Kind.NOT_ADMISSIBLE, why, whyEn, null, null, now);
            }
            case "information" -> {
                if (message == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.question.required");
                }
                claim(idea, Status.INFORMATION_REQUESTED, Step.Kind.INFORMATION_REQUESTED, message, null, null, now);
            }
            case "duplicate" -> {
                Idea original = original(idea, decision.duplicateOf());
                claim(idea, Status.DUPLICATE, Step.Kind.DUPLICATE, message, IdeaBoxComponent.path(original.getId()), original.getTitle(), now);
                idea.markDuplicateOf(original.getId());
                merge(idea, original, now);
            }
            case "redirect" -> {
                if (decision.componentId() == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.redirect.required");
                }
                String label = redirections.open().stream().filter(d -> d.componentId() == decision.componentId())
                        .map(Redirections.Destination::label).findFirst().orElse(null);
                claim(idea, Status.REDIRECTED, Step.Kind.REDIRECTED, message, null, label, now);
                RedirectTarget.RedirectedDraft draft = redirections.redirect(decision.componentId(),
                        new RedirectTarget.RedirectedIdea(idea.getId().toString(),
                                new CitizenRef(idea.getAuthorId(), idea.getAuthorPseudonym(), Set.of(Role.CITIZEN), true,
                                        idea.getDistrict(), null, null, null),
                                idea.getTitle(), idea.getBody(), idea.getDistrict(), supportersAndFollowers(idea),
                                IdeaBoxComponent.path(idea.getId())));
                idea.lastStep().linkTo(draft.portalPath(), label);
                idea.redirected(label, draft.portalPath(), decision.componentId(), draft.draftId());
                outbox.record(new IdeaRedirected(idea.getId().toString(), idea.getComponentId(), label,
                        decision.componentId(), draft.draftId()));
            }
            case "external" -> {
                ExternalScheme scheme = decision.schemeId() == null ? null : em.find(ExternalScheme.class, decision.schemeId());
                if (scheme == null || scheme.getComponentId() != idea.getComponentId()) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.scheme.unknown");
                }
                String text = message == null ? scheme.getMessage() : scheme.getMessage() + "\n\n" + message;
                String textEn = scheme.getMessageEn() == null ? null
                        : message == null ? scheme.getMessageEn() : scheme.getMessageEn() + "\n\n" + message;
                claim(idea, Status.REDIRECTED, Step.Kind.REDIRECTED, text, textEn, scheme.getUrl(), scheme.getName(), now);
                idea.redirected(scheme.getName(), scheme.getUrl(), null, null);
                outbox.record(new IdeaRedirected(idea.getId().toString(), idea.getComponentId(), scheme.getName(), null, null));
            }
            default -> throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.decision.unknown", decision.type());
        }
        outbox.record(new IdeaTriaged(idea.getId().toString(), idea.getComponentId(), decision.type(), idea.getStatus()));
        audit.record(moderator, "ideabox." + decision.type(), "idea", idea.getId().toString(), message,
                idea.getRedirectLabel() != null ? "to=" + idea.getRedirectLabel()
                        : idea.getDuplicateOf() != null ? "duplicateOf=" + idea.getDuplicateOf() : null);
        tellFollowers(idea, moderator);
        store.publish(idea);
        em.flush();
        return store.view(idea, moderator);
    }

    /** The same decision on several ideas, each in its own transaction: one conflict does not undo the others. */
    public List<Views.BulkOutcome> decideAll(CitizenRef moderator, long componentId, Map<Long, Integer> versions,
                                             Decision decision, Locale locale) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        if (versions == null || versions.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.bulk.empty");
        }
        List<Views.BulkOutcome> outcomes = new ArrayList<>();
        versions.forEach((id, version) -> {
            Decision one = new Decision(decision.type(), version, decision.message(), decision.reasonId(),
                    decision.duplicateOf(), decision.componentId(), decision.schemeId());
            try {
                self.decide(moderator, id, one);
                outcomes.add(new Views.BulkOutcome(id, true, null, null));
            } catch (Refusal refusal) {
                outcomes.add(new Views.BulkOutcome(id, false, refusal.code(), refusal.text().in(locale)));
            }
        });
        return outcomes;
    }

    /** The destinations a moderator can redirect to: open component instances. */
    @Transactional
    public List<Views.Destination> destinations(CitizenRef moderator, long componentId) {
        access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
        return redirections.open().stream().map(d -> new Views.Destination(d.componentId(), d.label())).toList();
    }

    /** The target draft progressed (confirmed, assessed…): the idea's history and followers learn it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void progressed(long ideaId, LocalizedText status) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            return;
        }
        idea.note(Step.Kind.PROGRESS, status, idea.getRedirectLink(), idea.getRedirectLabel(), Instant.now());
        String target = idea.getRedirectLabel();
        LocalizedText subject = Texts.localized("notify.subject", idea.getTitle(), target);
        LocalizedText body = new LocalizedText(Texts.text(Locale.FRENCH, "notify.progress", idea.getTitle(), target, status.fr()),
                Texts.text(Locale.ENGLISH, "notify.progress", idea.getTitle(), target, status.en()));
        for (long citizen : audience(idea, null)) {
            notifier.notify(citizen, kind(idea, citizen), subject, body, IdeaBoxComponent.path(idea.getId()));
        }
    }

    /** Moves the idea and writes its new version at once, so that of two simultaneous decisions only one commits. */
    private void claim(Idea idea, Status next, Step.Kind kind, String message, String link, String linkLabel, Instant now) {
        claim(idea, next, kind, message, null, link, linkLabel, now);
    }

    private void claim(Idea idea, Status next, Step.Kind kind, String message, String messageEn, String link,
                       String linkLabel, Instant now) {
        idea.moveTo(next, kind, message, messageEn, link, linkLabel, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.conflict.concurrent");
            }
            throw e;
        }
    }

    private Idea original(Idea duplicate, Long originalId) {
        Idea original = originalId == null ? null : em.find(Idea.class, originalId);
        // A duplicate of a duplicate joins the idea the first one was joined to.
        while (original != null && original.getDuplicateOf() != null) {
            original = em.find(Idea.class, original.getDuplicateOf());
        }
        if (original == null || original.getId().equals(duplicate.getId()) || Status.UNLISTED.contains(original.getStatus())
                || original.getComponentId() != duplicate.getComponentId()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.duplicate.invalid");
        }
        return original;
    }

    /** Supports and followers of the duplicate join the original; its author (and credited ones) are credited there. */
    private void merge(Idea duplicate, Idea original, Instant now) {
        long dup = duplicate.getId();
        long orig = original.getId();
        em.createNativeQuery("INSERT INTO ideabox_support (idea_id, citizen_id, created_at) SELECT ?1, citizen_id, created_at "
                + "FROM ideabox_support WHERE idea_id = ?2 AND citizen_id <> ?3 ON CONFLICT DO NOTHING")
                .setParameter(1, orig).setParameter(2, dup).setParameter(3, original.getAuthorId()).executeUpdate();
        em.createNativeQuery("INSERT INTO ideabox_follower (idea_id, citizen_id) SELECT ?1, citizen_id FROM ideabox_follower "
                + "WHERE idea_id = ?2 ON CONFLICT DO NOTHING").setParameter(1, orig).setParameter(2, dup).executeUpdate();
        store.follow(orig, duplicate.getAuthorId());
        if (duplicate.getAuthorId() != original.getAuthorId()) {
            em.createNativeQuery("INSERT INTO ideabox_credit (idea_id, citizen_id, pseudonym) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT DO NOTHING").setParameter(1, orig).setParameter(2, duplicate.getAuthorId())
                    .setParameter(3, duplicate.getAuthorPseudonym()).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO ideabox_credit (idea_id, citizen_id, pseudonym) SELECT ?1, citizen_id, pseudonym "
                + "FROM ideabox_credit WHERE idea_id = ?2 AND citizen_id <> ?3 ON CONFLICT DO NOTHING")
                .setParameter(1, orig).setParameter(2, dup).setParameter(3, original.getAuthorId()).executeUpdate();
        store.recount(original);
        original.note(Step.Kind.MERGED, Texts.localized("merged.message", duplicate.getTitle(),
                duplicate.getAuthorPseudonym()), IdeaBoxComponent.path(dup), duplicate.getTitle(), now);
        store.publish(original);
    }

    private Set<Long> supportersAndFollowers(Idea idea) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("SELECT citizen_id FROM ideabox_support WHERE idea_id = ?1 UNION "
                + "SELECT citizen_id FROM ideabox_follower WHERE idea_id = ?1").setParameter(1, idea.getId()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        ids.remove(idea.getAuthorId());
        return ids;
    }

    /** The author hears of their own idea; co-authors and followers of one they follow. */
    private static Notifier.Kind kind(Idea idea, long citizen) {
        return citizen == idea.getAuthorId() ? Notifier.Kind.CONTRIBUTION : Notifier.Kind.FOLLOWED;
    }

    /** Author, credited co-authors and followers, without the person who acted. */
    private Set<Long> audience(Idea idea, CitizenRef actor) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(idea.getAuthorId());
        for (Object id : em.createNativeQuery("SELECT citizen_id FROM ideabox_follower WHERE idea_id = ?1 UNION "
                + "SELECT citizen_id FROM ideabox_credit WHERE idea_id = ?1").setParameter(1, idea.getId()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (actor != null) {
            ids.remove(actor.id());
        }
        return ids;
    }

    private void tellFollowers(Idea idea, CitizenRef moderator) {
        LocalizedText status = Texts.status(idea.getStatus());
        String where = idea.getRedirectLabel() == null ? "" : " — " + idea.getRedirectLabel();
        LocalizedText subject = new LocalizedText(
                Texts.text(Locale.FRENCH, "notify.subject", idea.getTitle(), status.fr() + where),
                Texts.text(Locale.ENGLISH, "notify.subject", idea.getTitle(), status.en() + where));
        String said = idea.lastStep().getMessage() == null ? "" : "\n\n" + idea.lastStep().getMessage();
        LocalizedText body = new LocalizedText(
                Texts.text(Locale.FRENCH, "notify.body", idea.getTitle(), status.fr() + where) + said,
                Texts.text(Locale.ENGLISH, "notify.body", idea.getTitle(), status.en() + where) + said);
        for (long citizen : audience(idea, moderator)) {
            if (citizen == idea.getAuthorId() && idea.getRedirectDraftId() != null) {
                // The author is asked to confirm the draft made in their name: the notice leads there.
                LocalizedText ask = Texts.localized("notify.redirected", idea.getRedirectLabel());
                notifier.notify(citizen, Notifier.Kind.CONTRIBUTION, subject, new LocalizedText(body.fr() + "\n\n" + ask.fr(),
                        body.en() + "\n\n" + ask.en()), idea.getRedirectLink());
            } else {
                notifier.notify(citizen, kind(idea, citizen), subject, body, IdeaBoxComponent.path(idea.getId()));
            }
        }
    }

}
