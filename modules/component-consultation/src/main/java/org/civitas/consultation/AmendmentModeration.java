package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civitas.spi.ContributionHidden;
import org.civitas.spi.ContributionRestored;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;

/**
 * Keeps a proposal's amendment counter in step with moderation: an amendment moderation hides stops being counted,
 * and counts again once restored. Lists and pages ask moderation themselves.
 */
public final class AmendmentModeration {

    private AmendmentModeration() {
    }

    /** The amendment a moderated contribution id names, if it is one of this component's amendments. */
    static Long amendment(String component, String contributionId) {
        return ConsultationComponent.ID.equals(component) && contributionId != null
                && contributionId.matches("amendment-[1-9]\\d{0,17}")
                ? Long.valueOf(contributionId.substring("amendment-".length())) : null;
    }

    /** Counts the amended proposal's amendments again. */
    @ApplicationScoped
    public static class Recount {
        @PersistenceContext(unitName = "consultation")
        EntityManager em;
        @Inject
        AmendmentDesk desk;

        @Transactional
        public void of(Long amendmentId) {
            Amendment amendment = amendmentId == null ? null : em.find(Amendment.class, amendmentId);
            if (amendment != null) {
                desk.recount(amendment.getProposalId());
            }
        }
    }

    @ApplicationScoped
    public static class OnHidden implements EventConsumer<ContributionHidden> {
        @Inject
        Recount recount;

        @Override
        public String name() {
            return "consultation.amendment-count.hidden";
        }

        @Override
        public Class<ContributionHidden> eventType() {
            return ContributionHidden.class;
        }

        @Override
        public void consume(ContributionHidden event, EventMetadata metadata) {
            recount.of(amendment(event.contributionComponent(), event.contributionId()));
        }
    }

    @ApplicationScoped
    public static class OnRestored implements EventConsumer<ContributionRestored> {
        @Inject
        Recount recount;

        @Override
        public String name() {
            return "consultation.amendment-count.restored";
        }

        @Override
        public Class<ContributionRestored> eventType() {
            return ContributionRestored.class;
        }

        @Override
        public void consume(ContributionRestored event, EventMetadata metadata) {
            recount.of(amendment(event.contributionComponent(), event.contributionId()));
        }
    }
}
