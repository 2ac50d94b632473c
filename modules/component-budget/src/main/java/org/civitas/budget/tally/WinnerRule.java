package org.civitas.budget.tally;

/** A rule that decides, from the ballots, which projects an election funds within its budget. */
public interface WinnerRule {

    Outcome outcome(Election election);
}
