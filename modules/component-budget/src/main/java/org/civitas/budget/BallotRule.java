package org.civitas.budget;

import java.util.Collection;
import java.util.Optional;
import org.civitas.spi.Refusal;

/**
 * What a ballot may hold in one envelope, fixed before the vote: {@code APPROVAL} lets a voter choose up to
 * {@code maxPicks} projects; {@code BUDGET} also requires the chosen projects' costs to fit in the envelope's
 * amount, as a city's own spending must.
 */
record BallotRule(Kind kind, int maxPicks, long amount) {

    enum Kind { APPROVAL, BUDGET }

    /** Why these choices (their costs) are not a valid ballot, if they are not. */
    Optional<Refusal> check(Collection<Long> costs) {
        if (costs.isEmpty()) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.empty"));
        }
        if (costs.size() > maxPicks) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.too-many", maxPicks));
        }
        long total = costs.stream().mapToLong(Long::longValue).sum();
        if (kind == Kind.BUDGET && total > amount) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.over-budget", total, amount));
        }
        return Optional.empty();
    }
}
