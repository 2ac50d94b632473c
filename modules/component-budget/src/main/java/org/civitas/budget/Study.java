package org.civitas.budget;

import java.util.Optional;

/**
 * What a directorate records about a project: admissible (an investment, in the city's competence) and feasible,
 * each with the reason when not; the city's own cost estimate; and the opinion with its public justification.
 * Any column may still be empty while the study goes on; {@link #problem()} holds the rules between them.
 */
public record Study(Boolean admissible, String admissibleReason, Boolean feasible, String feasibleReason,
                   Long cityCost, Opinion opinion, String justification) {

    /** The study's conclusion; a project goes to the vote only with a favourable one. */
    public enum Opinion { FAVOURABLE, UNFAVOURABLE }

    static final int REASON_MAX = 2000;
    static final int JUSTIFICATION_MAX = 4000;
    static final long COST_MAX = 10_000_000_000L;

    public static final Study NONE = new Study(null, null, null, null, null, null, null);

    public Study {
        admissibleReason = blankToNull(admissibleReason);
        feasibleReason = blankToNull(feasibleReason);
        justification = blankToNull(justification);
    }

    /** The first broken rule, as a key of the budget's messages, or empty when the study holds together. */
    public Optional<String> problem() {
        if (tooLong(admissibleReason, REASON_MAX) || tooLong(feasibleReason, REASON_MAX)) {
            return Optional.of("study.reason-length");
        }
        if (tooLong(justification, JUSTIFICATION_MAX)) {
            return Optional.of("study.justification-length");
        }
        if (cityCost != null && (cityCost < 1 || cityCost > COST_MAX)) {
            return Optional.of("study.city-cost");
        }
        if (Boolean.FALSE.equals(admissible) && admissibleReason == null) {
            return Optional.of("study.admissible-reason");
        }
        if (Boolean.FALSE.equals(feasible) && feasibleReason == null) {
            return Optional.of("study.feasible-reason");
        }
        if (opinion != null && justification == null) {
            return Optional.of("study.justification");
        }
        if (opinion == Opinion.FAVOURABLE && !(Boolean.TRUE.equals(admissible) && Boolean.TRUE.equals(feasible) && cityCost != null)) {
            return Optional.of("study.favourable");
        }
        return Optional.empty();
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
