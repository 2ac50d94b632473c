package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;
import org.civitas.spi.RedirectedIdeaProgressed;

/** What became of a redirected idea in its target reaches the idea's public history and its followers. */
@ApplicationScoped
public class RedirectProgress implements EventConsumer<RedirectedIdeaProgressed> {

    @Inject
    IdeaTriage triage;

    @Override
    public String name() {
        return "ideabox.redirect-progress";
    }

    @Override
    public Class<RedirectedIdeaProgressed> eventType() {
        return RedirectedIdeaProgressed.class;
    }

    @Override
    @Transactional
    public void consume(RedirectedIdeaProgressed event, EventMetadata metadata) {
        long ideaId;
        try {
            ideaId = Long.parseLong(event.ideaId());
        } catch (NumberFormatException e) {
            return; // not one of ours
        }
        triage.progressed(ideaId, event.status());
    }
}
