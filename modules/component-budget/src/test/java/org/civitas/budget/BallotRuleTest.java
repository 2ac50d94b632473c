package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotRuleTest {

    @Test
    void anApprovalBallotHoldsOneToMaxPicksProjectsWhateverTheyCost() {
        BallotRule rule = new BallotRule(BallotRule.Kind.APPROVAL, 2, 100_000);
        assertTrue(rule.check(List.of(90_000L, 90_000L)).isEmpty(), "costs do not matter in an approval ballot");
        assertEquals("budget.ballot.empty", rule.check(List.of()).orElseThrow().code());
        assertEquals("budget.ballot.too-many", rule.check(List.of(1L, 2L, 3L)).orElseThrow().code());
    }

    @Test
    void aBudgetBallotMustAlsoFitTheEnvelope() {
        BallotRule rule = new BallotRule(BallotRule.Kind.BUDGET, 5, 100_000);
        assertTrue(rule.check(List.of(60_000L, 40_000L)).isEmpty(), "exactly the envelope fits");
        assertEquals("budget.ballot.over-budget", rule.check(List.of(60_000L, 40_001L)).orElseThrow().code());
        assertTrue(rule.check(List.of(60_000L, 40_001L)).orElseThrow().text().fr().contains("100"), "says the amount");
    }
}
