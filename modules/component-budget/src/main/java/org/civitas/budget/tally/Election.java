package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One participatory-budget election (one envelope): its budget, its projects and its ballots.
 *
 * @param meta      the file's META section as read, in order (dates, currency, description…)
 * @param budget    what can be spent
 * @param rule      the winner rule the city applied (Pabulib's {@code rule}), or empty when not given
 * @param minLength the fewest projects a ballot may approve, or {@code null}
 * @param maxLength the most projects a ballot may approve, or {@code null}
 */
public record Election(Map<String, String> meta, BigDecimal budget, String rule, Integer minLength,
                       Integer maxLength, List<Project> projects, List<Ballot> ballots) {

    public Election {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        rule = rule == null ? "" : rule;
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
    }

    /** The same election, with {@code selected} saying which projects an outcome funds. */
    public Election withSelected(Collection<String> funded) {
        Set<String> ids = Set.copyOf(funded);
        return new Election(meta, budget, rule, minLength, maxLength,
                projects.stream().map(p -> p.withSelected(ids.contains(p.id()))).toList(), ballots);
    }
}
