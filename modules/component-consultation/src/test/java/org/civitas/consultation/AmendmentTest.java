package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.civitas.consultation.Amendment.State;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

class AmendmentTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private static Amendment onSection(long section, State state) {
        return new Amendment(1, null, section, 1, 7, "camille", "Article 1", "<p>Des pistes larges.</p>", null, state, NOW);
    }

    private static Amendment in(State state) {
        Amendment a = onSection(10, State.EVALUATING);
        switch (state) {
            case DRAFT -> a = onSection(10, State.DRAFT);
            case ACCEPTED -> a.accept(2, 2, NOW);
            case REJECTED -> a.reject(2, "Hors sujet", NOW);
            case WITHDRAWN -> a.withdraw();
            case OUTDATED -> a.outdate();
            default -> { }
        }
        return a;
    }

    /** Every transition, from every state: allowed ones land where they should, the others are refused (409). */
    @Test
    void eachTransitionIsAllowedFromItsStatesOnly() {
        Map<String, Consumer<Amendment>> moves = Map.of(
                "submit", Amendment::submit,
                "withdraw", Amendment::withdraw,
                "accept", a -> a.accept(2, 2, NOW),
                "reject", a -> a.reject(2, "Déjà prévu", NOW),
                "outdate", Amendment::outdate,
                "rebase", a -> a.rebase(2, "Article 1 bis", "<p>Autre.</p>", null),
                "promote", a -> a.promote(99));
        Map<String, Map<State, State>> allowed = Map.of(
                "submit", Map.of(State.DRAFT, State.EVALUATING),
                "withdraw", Map.of(State.DRAFT, State.WITHDRAWN, State.EVALUATING, State.WITHDRAWN, State.OUTDATED, State.WITHDRAWN),
                "accept", Map.of(State.EVALUATING, State.ACCEPTED),
                "reject", Map.of(State.EVALUATING, State.REJECTED),
                "outdate", Map.of(State.EVALUATING, State.OUTDATED),
                "rebase", Map.of(State.DRAFT, State.DRAFT, State.EVALUATING, State.EVALUATING, State.OUTDATED, State.EVALUATING),
                "promote", Map.of(State.REJECTED, State.REJECTED));
        for (var move : moves.entrySet()) {
            for (State from : State.values()) {
                Amendment a = in(from);
                State to = allowed.get(move.getKey()).get(from);
                if (to == null) {
                    Refusal refused = assertThrows(Refusal.class, () -> move.getValue().accept(a), move.getKey() + " from " + from);
                    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
                    assertEquals(from, a.getState(), move.getKey() + " from " + from + " changed nothing");
                } else {
                    move.getValue().accept(a);
                    assertEquals(to, a.getState(), move.getKey() + " from " + from);
                }
            }
        }
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsIt() {
        Amendment a = in(State.EVALUATING);
        assertEquals(Refusal.Kind.BAD_INPUT, assertThrows(Refusal.class, () -> a.reject(2, "  ", NOW)).kind());
        assertEquals(State.EVALUATING, a.getState());
        a.reject(2, "Le budget ne le permet pas", NOW);
        assertEquals("Le budget ne le permet pas", a.getReason());
        assertEquals(2L, a.getDecidedBy());
    }

    @Test
    void anAcceptanceRecordsTheVersionItCreated() {
        Amendment a = in(State.EVALUATING);
        a.accept(5, 3, NOW);
        assertEquals(3, a.getResultVersion());
        assertEquals(NOW, a.getDecidedAt());
    }

    @Test
    void rebasingAnOutdatedAmendmentPutsItOnTheCurrentVersionForEvaluation() {
        Amendment a = in(State.OUTDATED);
        a.rebase(4, "Article 1 réécrit", "<p>Les pistes sont larges.</p>", "Sur la version 4");
        assertEquals(State.EVALUATING, a.getState());
        assertEquals(4, a.getBaseVersion());
        assertEquals("Article 1 réécrit", a.getTitle());
        assertEquals("Sur la version 4", a.getExplanation());
    }

    @Test
    void anAmendmentIsPromotedOnce() {
        Amendment a = in(State.REJECTED);
        assertNull(a.getPromotedTo());
        a.promote(42);
        assertEquals(42L, a.getPromotedTo());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> a.promote(43)).kind());
        assertEquals(42L, a.getPromotedTo());
    }

    /** Accepting one outdates the others under evaluation on the same section, and nothing else. */
    @Test
    void acceptingOneOutdatesTheOthersOnTheSameWordsOnly() {
        Amendment accepted = onSection(10, State.EVALUATING);
        Amendment rival = onSection(10, State.EVALUATING);
        Amendment draft = onSection(10, State.DRAFT);
        Amendment rejected = in(State.REJECTED);
        Amendment elsewhere = onSection(11, State.EVALUATING);
        Amendment onProposal = new Amendment(1, 5L, null, 1, 8, "lou", "Autre titre", "<p>x</p>", null, State.EVALUATING, NOW);
        accepted.accept(2, 2, NOW);
        List<Amendment> outdated = Amendment.outdateOthers(accepted,
                List.of(accepted, rival, draft, rejected, elsewhere, onProposal));
        assertEquals(List.of(rival), outdated);
        assertEquals(State.OUTDATED, rival.getState());
        assertEquals(State.ACCEPTED, accepted.getState());
        assertEquals(State.DRAFT, draft.getState());
        assertEquals(State.EVALUATING, elsewhere.getState());
        assertEquals(State.EVALUATING, onProposal.getState());
    }

    @Test
    void theCounterCountsOpenAndAcceptedAmendments() {
        Set<State> counted = EnumSet.noneOf(State.class);
        for (State s : State.values()) {
            if (Amendment.counted(s)) {
                counted.add(s);
            }
        }
        assertEquals(EnumSet.of(State.EVALUATING, State.ACCEPTED), counted);
    }

    @Test
    void wordsThatChangeNothingAreRefusedAndTheOthersCleaned() {
        AmendmentDesk.Words base = new AmendmentDesk.Words("Article 1", "<p>Les pistes sont séparées.</p>");
        Refusal same = assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Article 1", "Les pistes sont séparées.", null), false, base));
        assertEquals("consultation.amendment.unchanged", same.code());
        assertEquals("consultation.amendment.title", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Art", "x", null), false, base)).code());
        assertEquals("consultation.amendment.title", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Article\n1", "Autre", null), false, base)).code());
        assertEquals("consultation.amendment.body", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Article 1", "<script>x</script>", null), false, base)).code());
        assertEquals("consultation.amendment.explanation", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Article 1", "Autre", "a".repeat(2001)), false, base)).code());
        AmendmentInput clean = AmendmentDesk.validate(
                new AmendmentInput(" Article 1 ", "Les pistes sont <b>larges</b><script>alert(1)</script>.", " "), false, base);
        assertEquals("Article 1", clean.title());
        assertEquals("<p>Les pistes sont <b>larges</b>.</p>", clean.body());
        assertNull(clean.explanation());
    }

    /** A section's title follows the sections' rule (1 to 200 characters); a proposal's, the proposals' (5 to 200). */
    @Test
    void aSectionAmendmentKeepsTheTitleRulesOfSections() {
        AmendmentDesk.Words seul = new AmendmentDesk.Words("Seul", "<p>Un article court.</p>");
        assertEquals("Seul", AmendmentDesk.validate(new AmendmentInput("Seul", "Un article plus court.", null), true, seul).title());
        assertEquals("Ô", AmendmentDesk.validate(new AmendmentInput("Ô", "Un article court.", null), true, seul).title());
        assertEquals("consultation.section.title", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput(" ", "Un article plus court.", null), true, seul)).code());
        assertEquals("consultation.section.title", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("a".repeat(201), "Un article plus court.", null), true, seul)).code());
        assertEquals("consultation.amendment.title", assertThrows(Refusal.class, () -> AmendmentDesk.validate(
                new AmendmentInput("Seul", "Un article plus court.", null), false, seul)).code());
    }
}
