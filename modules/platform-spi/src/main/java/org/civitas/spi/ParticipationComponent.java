package org.civitas.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pluggable component: one {@code @ApplicationScoped} CDI bean per component. Core finds every bean
 * implementing this interface; it never imports a component.
 */
public interface ParticipationComponent {

    ComponentManifest manifest();

    /** Lifecycle hook: an administrator added an instance of this component to a space. */
    default void instanceCreated(ComponentRef instance) {
    }

    /**
     * Why an administrator may no longer change these settings of an instance (say, the vote's rules once the
     * first ballot is cast), or empty when the change may go ahead. {@code proposed} holds the settings as they
     * would be.
     */
    default Optional<LocalizedText> refuseSettings(ComponentRef instance, Map<String, String> proposed) {
        return Optional.empty();
    }

    /**
     * Fills a new, empty instance with realistic example content for the platform's demo, acting as {@code people}
     * through the component's own services, so that its rules, events and search indexing apply as for real
     * contributions. Never called on an instance that holds contributions. By default, nothing.
     */
    default void demo(ComponentRef instance, DemoCitizens people) {
    }

    /** Lifecycle hook: an instance is about to be removed. */
    default void instanceRemoved(ComponentRef instance) {
    }

    /**
     * Every searchable contribution of this component (all instances), a page at a time, in a stable order:
     * {@code after} is null for the first page, then the previous page's {@link SearchablePage#next()}.
     * Used by the full reindex; live changes reach the index through events.
     */
    default SearchablePage searchable(String after, int limit) {
        return SearchablePage.END;
    }

    /**
     * The contribution {@code contributionId} as {@code reader} (null when not signed in) may open it, for a
     * report; empty when it does not exist or the reader may not open it. Only what can be reported is found.
     */
    default Optional<Reportable> reportable(String contributionId, CitizenRef reader) {
        return Optional.empty();
    }

    /**
     * The contribution an audit entry is about ({@link AuditTrail#record}'s action, target type and id), as
     * {@code reader} may open it, so that the audit log names it by its title and links to it; empty when the target
     * is not one of this component's contributions or the reader may not open it. By default, the contribution that
     * moderators removed or restored ({@code moderation.*} actions name the component's manifest id).
     */
    default Optional<Reportable> audited(String action, String targetType, String targetId, CitizenRef reader) {
        return action.startsWith("moderation.") && manifest().id().equals(targetType) ? reportable(targetId, reader)
                : Optional.empty();
    }

    /** This component's queues for moderators, shown in the portal's moderation menu. */
    default List<WorkQueue> workQueues() {
        return List.of();
    }

    /**
     * What people read for a code this component writes where the platform shows it: a contribution's status or
     * type in search results and facets, an action or a target type in the audit log. Empty when the code is not
     * this component's; the portal then looks no further than its own texts.
     */
    default Optional<LocalizedText> codeName(CodeKind kind, String code) {
        return Optional.empty();
    }

    /** Counts shown to the participation team, e.g. {@code ideas -> 42}. */
    default Map<String, Long> stats(ComponentRef instance) {
        return Map.of();
    }

    /**
     * Whether the instance holds anything people contributed (drafts included): a space whose instances hold
     * nothing may be deleted, otherwise only archived. By default, whether any of its {@link #stats} is above zero.
     */
    default boolean holdsContributions(ComponentRef instance) {
        return stats(instance).values().stream().anyMatch(n -> n != null && n > 0);
    }

    /** What this component holds about a citizen, for their GDPR export (JSON-B serialisable values). */
    default Map<String, Object> personalData(CitizenRef citizen) {
        return Map.of();
    }

    /**
     * The citizen erased their account: remove their personal data and keep their contributions,
     * anonymised, so that counts stay unchanged.
     */
    default void anonymise(CitizenRef citizen) {
    }
}
