package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a winner rule funds.
 *
 * @param funded the projects funded, in the order the rule funded them
 * @param spent  their total cost
 */
public record Outcome(List<Project> funded, BigDecimal spent) {

    public Outcome {
        funded = List.copyOf(funded);
    }

    static Outcome of(List<Project> funded) {
        return new Outcome(funded, funded.stream().map(Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public List<String> winners() {
        return funded.stream().map(Project::id).toList();
    }
}
