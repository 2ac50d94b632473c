package org.civitas.budget.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class EqualSharesTest {

    @Test
    void reproducesWhatSwiecieFunded() {
        Election election = Elections.real("Poland_Swiecie_2023");
        List<String> selected = Elections.selected(election);

        Outcome outcome = new EqualShares().outcome(election);

        assertEquals(new HashSet<>(selected), new HashSet<>(outcome.winners()));
        assertEquals(selected.size(), outcome.winners().size());
    }

    @Test
    void doublesDecideAsFractionsDo() {
        Election election = Elections.real("Poland_Swiecie_2023");

        assertEquals(new EqualShares(false).outcome(election), new EqualShares().outcome(election));
    }

    @Test
    void talliesToulouseWithinItsBudget() {
        Election election = Elections.real("France_Toulouse_2022");

        Outcome outcome = new EqualShares().outcome(election);

        assertFalse(outcome.winners().isEmpty());
        assertTrue(outcome.spent().compareTo(election.budget()) <= 0);
    }

    /**
     * Six voters want A and B, four want C, all three cost 50 of 100. Greedy funds A and B; equal shares gives the
     * four their part of the budget: A and C.
     */
    @Test
    void givesAMinorityItsShareWhereGreedyDoesNot() {
        Election election = Elections.small("100", List.of("A;50", "B;50", "C;50"),
                List.of("A,B", "A,B", "A,B", "A,B", "A,B", "A,B", "C", "C", "C", "C"));

        Outcome equalShares = new EqualShares().outcome(election);
        Outcome greedy = new Greedy().outcome(election);

        assertEquals(List.of("A", "C"), equalShares.winners());
        assertEquals(List.of("A", "B"), greedy.winners());
        assertNotEquals(greedy.winners(), equalShares.winners());
    }

    /**
     * After p3, voters 1 to 4 have nothing left. p2 (cost 10, voters 1, 6, 7) and p1 (cost 8, voters 6 and 7) then
     * cost their payers the same per unit of utility, 1/2; p2 has more approvers, so it goes first, although p1
     * is cheaper and has the lower id.
     */
    @Test
    void tiesGoToTheProjectWithMoreApprovers() {
        Election election = Elections.small("70", List.of("p1;8", "p2;10", "p3;40"),
                List.of("p3,p2", "p3", "p3", "p3", "", "p2,p1", "p2,p1"));

        assertEquals(List.of("p3", "p2", "p1"), new EqualShares().outcome(election).winners());
    }

    /** Equal in everything but their cost and id: the cheaper goes first, then the lower id in natural order. */
    @Test
    void thenToTheCheaperProjectThenToTheLowerId() {
        Election election = Elections.small("90", List.of("c10;30", "c2;30", "b;20"),
                List.of("c10,c2,b", "c10,c2,b", "c10,c2,b"));

        assertEquals(List.of("b", "c2", "c10"), new EqualShares().outcome(election).winners());
    }

    /**
     * Each of the 10 voters gets 10 of 100: A costs its 6 approvers 50, and C, wanted by 4, is out of their reach
     * (40). Raising each share by one unit at a time, at 13 the four can afford C, and A with C still fits in 100.
     */
    @Test
    void completesTheOutcomeByRaisingEveryShare() {
        Election election = Elections.small("100", List.of("A;50", "C;50"),
                List.of("A", "A", "A", "A", "A", "A", "C", "C", "C", "C"));

        Outcome outcome = new EqualShares().outcome(election);

        assertEquals(List.of("A", "C"), outcome.winners());
        assertEquals(new BigDecimal("100"), outcome.spent());
    }

    /**
     * At a share of 10, A alone, which leaves 40 where D (approved by nobody) would fit; at 25, B's two voters can
     * afford it too, but A and B cost 110.
     */
    @Test
    void keepsTheLastOutcomeThatFitsTheBudget() {
        Election election = Elections.small("100", List.of("A;60", "B;50", "D;30"),
                List.of("A", "A", "A", "A", "A", "A", "A", "A", "B", "B"));

        assertEquals(List.of("A"), new EqualShares().outcome(election).winners());
    }

    /**
     * After p0, voters 1 and 4 hold 2 of their 10. q2 (voters 1 to 3) and q10 (voters 4 to 6), both costing 18,
     * then both cost 8 to their other approvers: an exact tie that doubles cannot tell from a near one, so the run is
     * done in fractions, and the tie goes to the lower id.
     */
    @Test
    void decidesInFractionsATieTooCloseForDoubles() {
        Election election = Elections.small("80", List.of("p0;32", "q10;18", "q2;18"),
                List.of("p0,q2", "q2", "q2", "p0,q10", "q10", "q10", "p0", "p0"));

        Outcome outcome = new EqualShares().outcome(election);

        assertEquals(List.of("p0", "q2", "q10"), outcome.winners());
        assertEquals(new EqualShares(false).outcome(election), outcome);
    }

    @Test
    void countsMoneyExactlyWithCentsAndThirds() {
        // Three voters share 10.01: every price is a third of a cent, which doubles cannot hold.
        Election election = Elections.small("10.01", List.of("x;3.34", "y;3.33", "z;3.34"),
                List.of("x,y,z", "x,y,z", "x,y,z"));

        Outcome outcome = new EqualShares(false).outcome(election);

        assertEquals(new EqualShares().outcome(election), outcome);
        assertEquals(new BigDecimal("10.01"), outcome.spent());
    }
}
