package org.civitas.budget.tally;

import java.util.List;

/**
 * One voter's approval ballot: the ids of the projects they approve, each once. Voters stay anonymous.
 */
public record Ballot(List<String> approved) {

    public Ballot {
        approved = List.copyOf(approved);
    }
}
