package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civitas.spi.LocalizedText;
import org.junit.jupiter.api.Test;

class BallotRuleTest {

    private static BallotRule.Choice costing(long cost) {
        return new BallotRule.Choice(cost, LocalizedText.french("Environnement"));
    }

    @Test
    void anApprovalBallotHoldsOneToMaxPicksProjectsWhateverTheyCost() {
        BallotRule rule = new BallotRule(BallotRule.Kind.APPROVAL, 2, 100_000, 0);
        assertTrue(rule.check(List.of(costing(90_000), costing(90_000))).isEmpty(), "costs do not matter in an approval ballot");
        assertEquals("budget.ballot.empty", rule.check(List.of()).orElseThrow().code());
        assertEquals("budget.ballot.too-many", rule.check(List.of(costing(1), costing(2), costing(3))).orElseThrow().code());
    }

    @Test
    void aBudgetBallotMustAlsoFitTheEnvelope() {
        BallotRule rule = new BallotRule(BallotRule.Kind.BUDGET, 5, 100_000, 0);
        assertTrue(rule.check(List.of(costing(60_000), costing(40_000))).isEmpty(), "exactly the envelope fits");
        assertEquals("budget.ballot.over-budget", rule.check(List.of(costing(60_000), costing(40_001))).orElseThrow().code());
        assertTrue(rule.check(List.of(costing(60_000), costing(40_001))).orElseThrow().text().fr().contains("100"), "says the amount");
    }

    @Test
    void aCategoryMaximumCapsThePicksInAnyOneCategory() {
        BallotRule rule = new BallotRule(BallotRule.Kind.APPROVAL, 5, 100_000, 1);
        LocalizedText culture = new LocalizedText("Culture et patrimoine", "Culture and heritage");
        LocalizedText youth = new LocalizedText("Éducation et jeunesse", "Education and youth");
        assertTrue(rule.check(List.of(new BallotRule.Choice(1, culture), new BallotRule.Choice(1, youth))).isEmpty());
        var refusal = rule.check(List.of(new BallotRule.Choice(1, youth), new BallotRule.Choice(2, youth),
                new BallotRule.Choice(3, culture))).orElseThrow();
        assertEquals("budget.ballot.category", refusal.code());
        assertTrue(refusal.text().fr().contains("« Éducation et jeunesse »"), refusal.text().fr());
        assertTrue(refusal.text().en().contains("\"Education and youth\""), "named in the reader's language: " + refusal.text().en());
    }

    @Test
    void aMinimumAgeNeedsAKnownAgeAtLeastThatHigh() {
        assertTrue(BallotRule.checkAge(0, null).isEmpty(), "no minimum, no question");
        assertEquals("budget.ballot.age-unknown", BallotRule.checkAge(16, null).orElseThrow().code());
        assertEquals("budget.ballot.too-young", BallotRule.checkAge(16, 15).orElseThrow().code());
        assertTrue(BallotRule.checkAge(16, 16).isEmpty());
    }

    @Test
    void ballotsKeepAnAgeBandNeverTheAge() {
        assertEquals("under-18", BallotRule.ageBand(11));
        assertEquals("18-24", BallotRule.ageBand(18));
        assertEquals("35-49", BallotRule.ageBand(49));
        assertEquals("65-plus", BallotRule.ageBand(90));
        assertEquals("unknown", BallotRule.ageBand(null));
    }
}
