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

    /** A third of 90 reserved: the popular-neighbourhood projects are walked first within 30, then everyone. */
    private static final String RESERVED = """
            META
            key;value
            budget;90
            reserved_budget;30
            vote_type;approval
            PROJECTS
            project_id;cost;reserved
            big;60;0
            mid;40;0
            popular1;25;1
            popular2;20;1
            VOTES
            voter_id;vote
            1;"big,mid,popular1,popular2"
            2;"big,mid,popular1"
            3;"big,mid"
            4;"big"
            """;

    @Test
    void theReserveFundsItsProjectsFirstThenTheWholeBudgetGoesOn() {
        Election election = Elections.parse(RESERVED);
        // Without the reserve: big (4 votes, 60), then mid (3, 40) no longer fits, popular1 (2, 25) fits: 85.
        assertEquals(List.of("big", "popular1"), new Greedy().outcome(Elections.parse(RESERVED.replace("reserved_budget;30\n", "")))
                .winners());
        // With it: popular1 (25 of the 30 reserved); then big (60) within the 65 left; popular2 (20) no longer fits.
        Outcome outcome = new Greedy().outcome(election);
        assertEquals(List.of("popular1", "big"), outcome.winners());
        assertEquals(new BigDecimal("85"), outcome.spent());
    }

    @Test
    void anUnspentReserveGoesBackToEveryone() {
        Election election = Elections.parse(RESERVED.replace("reserved_budget;30", "reserved_budget;10"));
        // Nothing reserved fits in 10; the whole 90 is then walked as usual.
        assertEquals(List.of("big", "popular1"), new Greedy().outcome(election).winners());
    }

    @Test
    void theReserveTravelsInTheFileItsTallyIsRecomputedFrom() throws Exception {
        java.io.StringWriter file = new java.io.StringWriter();
        Pabulib.write(Elections.parse(RESERVED), file);
        assertTrue(file.toString().contains("reserved_budget;30"), file.toString());
        assertTrue(file.toString().contains("project_id;cost;votes;name;category;district;selected;reserved"), file.toString());
        assertEquals(List.of("popular1", "big"), new Greedy().outcome(Elections.parse(file.toString())).winners());
        java.io.StringWriter plain = new java.io.StringWriter();
        Pabulib.write(Elections.small("100", List.of("p1;60"), List.of("p1")), plain);
        assertTrue(plain.toString().contains("project_id;cost;votes;name;category;district;selected\n"),
                "no reserve, Pabulib's usual columns: " + plain);
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
