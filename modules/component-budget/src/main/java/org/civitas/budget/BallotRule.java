package org.civitas.budget;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/**
 * What a ballot may hold in one envelope, fixed before the vote: {@code APPROVAL} lets a voter choose up to
 * {@code maxPicks} projects; {@code BUDGET} also requires the chosen projects' costs to fit in the envelope's
 * amount, as a city's own spending must. {@code perCategory}, when above zero, caps the picks in any one category.
 */
record BallotRule(Kind kind, int maxPicks, long amount, int perCategory) {

    enum Kind { APPROVAL, BUDGET }

    /** A chosen project, as the rule sees it: its category in French (which counts) and English (which a refusal names). */
    record Choice(long cost, LocalizedText category) {
    }

    /** Why these choices are not a valid ballot, if they are not. */
    Optional<Refusal> check(Collection<Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.empty"));
        }
        if (choices.size() > maxPicks) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.too-many", maxPicks));
        }
        long total = choices.stream().mapToLong(Choice::cost).sum();
        if (kind == Kind.BUDGET && total > amount) {
            return Optional.of(Texts.refusal(Refusal.Kind.BAD_INPUT, "ballot.over-budget", total, amount));
        }
        if (perCategory > 0) {
            Map<String, List<Choice>> byCategory = choices.stream().collect(Collectors.groupingBy(c -> c.category().fr()));
            Optional<LocalizedText> crowded = byCategory.entrySet().stream().filter(e -> e.getValue().size() > perCategory)
                    .map(Map.Entry::getKey).sorted().findFirst().map(c -> byCategory.get(c).get(0).category());
            if (crowded.isPresent()) {
                return Optional.of(new Refusal(Refusal.Kind.BAD_INPUT, "budget.ballot.category", new LocalizedText(
                        Texts.text(Locale.FRENCH, "ballot.category", perCategory, crowded.get().fr()),
                        Texts.text(Locale.ENGLISH, "ballot.category", perCategory, crowded.get().in(Locale.ENGLISH)))));
            }
        }
        return Optional.empty();
    }

    /** Whether a voter of {@code age} (null when no birth date is known) meets the budget's minimum age. */
    static Optional<Refusal> checkAge(int minimum, Integer age) {
        if (minimum <= 0) {
            return Optional.empty();
        }
        if (age == null) {
            return Optional.of(Texts.refusal(Refusal.Kind.FORBIDDEN, "ballot.age-unknown", minimum));
        }
        return age < minimum ? Optional.of(Texts.refusal(Refusal.Kind.FORBIDDEN, "ballot.too-young", minimum)) : Optional.empty();
    }

    /** The age band a ballot keeps for turnout statistics: never the age itself. */
    static String ageBand(Integer age) {
        if (age == null) {
            return "unknown";
        }
        return age < 18 ? "under-18" : age < 25 ? "18-24" : age < 35 ? "25-34" : age < 50 ? "35-49"
                : age < 65 ? "50-64" : "65-plus";
    }
}
