package org.civitas.budget.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class GreedyTest {

    static final List<String> WARSAW = Elections.WARSAW;

    @ParameterizedTest
    @FieldSource("WARSAW")
    void reproducesWhatWarsawFunded(String name) {
        Election election = Elections.real(name);
        List<String> selected = Elections.selected(election);
        assertFalse(selected.isEmpty());

        Outcome outcome = new Greedy().outcome(election);

        assertEquals(new HashSet<>(selected), new HashSet<>(outcome.winners()));
        assertEquals(outcome.winners().size(), selected.size());
    }

    @Test
    void skipsAProjectThatDoesNotFitAndGoesOn() {
        Election election = Elections.small("100", List.of("p1;60", "p2;50", "p3;40"),
                List.of("p1,p2,p3", "p1,p2,p3", "p1,p2,p3", "p1,p2", "p1"));

        Outcome outcome = new Greedy().outcome(election);

        assertEquals(List.of("p1", "p3"), outcome.winners());
        assertEquals(new BigDecimal("100"), outcome.spent());
    }

    @Test
    void tiesGoToTheCheaperProjectThenToTheLowerIdInNaturalOrder() {
        Election election = Elections.small("1000", List.of("c10;20", "c2;20", "a;30", "b;20"),
                List.of("c10,c2,a,b", "c10,c2,a,b"));

        assertEquals(List.of("b", "c2", "c10", "a"), new Greedy().outcome(election).winners());
    }

    @Test
    void neverFundsAProjectNobodyApproved() {
        Election election = Elections.small("100", List.of("p1;10", "p2;10"), List.of("p1"));

        assertEquals(List.of("p1"), new Greedy().outcome(election).winners());
    }

    @Test
    void talliesToulouseWithinItsBudget() {
        Election election = Elections.real("France_Toulouse_2022");

        Outcome outcome = new Greedy().outcome(election);

        assertFalse(outcome.winners().isEmpty());
        assertTrue(outcome.spent().compareTo(election.budget()) <= 0);
    }
}
