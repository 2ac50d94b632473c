package org.civitas.consultation;

import java.util.Set;
import java.util.TreeSet;

/**
 * What moderation hides of a consultation's contributions, by kind, from the ids {@code ModerationStatus} gives
 * ({@code proposal-12}, {@code argument-<voteId>}, {@code comment-<id>}, {@code amendment-<id>}). Queries that
 * count or export leave them out with {@link #in}, whose numbers were parsed here and so are safe to write in SQL.
 */
record Hidden(Set<Long> proposals, Set<Long> arguments, Set<Long> comments, Set<Long> amendments) {

    static Hidden of(Set<String> ids) {
        Hidden hidden = new Hidden(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (String id : ids) {
            int dash = id.lastIndexOf('-');
            if (dash < 0 || !id.substring(dash + 1).matches("\\d{1,18}")) {
                continue;
            }
            long number = Long.parseLong(id.substring(dash + 1));
            switch (id.substring(0, dash)) {
                case "proposal" -> hidden.proposals.add(number);
                case "argument" -> hidden.arguments.add(number);
                case "comment" -> hidden.comments.add(number);
                case "amendment" -> hidden.amendments.add(number);
                default -> {
                }
            }
        }
        return hidden;
    }

    /** A list for {@code NOT IN (...)}: never empty, -1 standing for no id. */
    static String in(Set<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
