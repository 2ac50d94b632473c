package org.civitas.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.spi.ContributionHidden;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionRestored;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;

/**
 * Keeps the index in step with the outbox: published contributions are added or replaced, withdrawn and
 * moderator-removed ones leave, reported-hidden ones stop appearing until restored. Each write is
 * idempotent, so a redelivered event changes nothing.
 */
public final class IndexedContributions {

    private IndexedContributions() {
    }

    @ApplicationScoped
    public static class OnPublished implements EventConsumer<ContributionPublished> {
        @Inject
        SearchIndex index;

        @Override
        public String name() {
            return "search.published";
        }

        @Override
        public Class<ContributionPublished> eventType() {
            return ContributionPublished.class;
        }

        @Override
        public void consume(ContributionPublished event, EventMetadata metadata) {
            index.publish(List.of(event.contribution()));
        }
    }

    @ApplicationScoped
    public static class OnWithdrawn implements EventConsumer<ContributionWithdrawn> {
        @Inject
        SearchIndex index;

        @Override
        public String name() {
            return "search.withdrawn";
        }

        @Override
        public Class<ContributionWithdrawn> eventType() {
            return ContributionWithdrawn.class;
        }

        @Override
        public void consume(ContributionWithdrawn event, EventMetadata metadata) {
            index.engine().remove(event.contributionComponent(), event.contributionId());
        }
    }

    @ApplicationScoped
    public static class OnHidden implements EventConsumer<ContributionHidden> {
        @Inject
        SearchIndex index;

        @Override
        public String name() {
            return "search.hidden";
        }

        @Override
        public Class<ContributionHidden> eventType() {
            return ContributionHidden.class;
        }

        @Override
        public void consume(ContributionHidden event, EventMetadata metadata) {
            if ("REMOVED".equals(event.status())) {
                index.engine().remove(event.contributionComponent(), event.contributionId());
            } else {
                index.engine().hide(event.contributionComponent(), event.contributionId(), true);
            }
        }
    }

    @ApplicationScoped
    public static class OnRestored implements EventConsumer<ContributionRestored> {
        @Inject
        SearchIndex index;

        @Override
        public String name() {
            return "search.restored";
        }

        @Override
        public Class<ContributionRestored> eventType() {
            return ContributionRestored.class;
        }

        @Override
        public void consume(ContributionRestored event, EventMetadata metadata) {
            index.engine().hide(event.contributionComponent(), event.contributionId(), false);
        }
    }
}
