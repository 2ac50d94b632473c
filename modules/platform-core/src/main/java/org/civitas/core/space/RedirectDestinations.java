package org.civitas.core.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.civitas.core.Messages;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Redirections;
import org.civitas.spi.Refusal;

/** The component instances that take ideas from the idea box now: published, and their target says so. */
@ApplicationScoped
public class RedirectDestinations implements Redirections {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    ComponentRegistry registry;

    @Override
    @Transactional
    public List<Destination> open() {
        return em.createQuery("SELECT c FROM ComponentInstance c WHERE c.published = TRUE AND c.space.published = TRUE "
                        + "AND c.space.archived = FALSE "
                        + "ORDER BY c.space.title, c.position", ComponentInstance.class).getResultStream()
                .filter(c -> target(c).filter(t -> t.accepts(c.ref())).isPresent())
                .map(c -> new Destination(c.getId(), c.getManifestId(), c.getSpace().getTitle() + " — " + c.getTitle()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public RedirectTarget.RedirectedDraft redirect(long componentId, RedirectTarget.RedirectedIdea idea) {
        ComponentInstance instance = em.find(ComponentInstance.class, componentId);
        if (instance == null || !instance.isPublic()) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "redirect.unknown");
        }
        RedirectTarget target = target(instance)
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "redirect.unknown"));
        if (!target.accepts(instance.ref())) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "redirect.closed");
        }
        return target.createDraft(instance.ref(), idea);
    }

    private Optional<RedirectTarget> target(ComponentInstance instance) {
        return registry.find(instance.getManifestId()).flatMap(c -> c.manifest().redirectTarget());
    }
}
