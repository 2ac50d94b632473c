package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A proposal's counters follow its votes: a changed vote moves from its old stance to its new one. */
class ProposalCountersTest {

    private static Proposal proposal() {
        Consultation consultation = new Consultation(1, 2, "DVD", "Plan vélo", "<p>Contexte</p>", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(86_400), 3, Instant.EPOCH) {
            @Override
            public Long getId() {
                return 9L;
            }
        };
        return new Proposal(consultation, null, null, 4, "auteur", "Des pistes", "<p>Larges</p>",
                Proposal.Status.PUBLISHED, Instant.EPOCH);
    }

    @Test
    void aNewVoteCountsOnceUnderItsStanceAndItsArgumentOnce() {
        Proposal p = proposal();
        p.voteMoved(null, false, Vote.Stance.AGREE, true);
        p.voteMoved(null, false, Vote.Stance.DISAGREE, false);
        assertEquals(1, p.getAgreeCount());
        assertEquals(1, p.getDisagreeCount());
        assertEquals(0, p.getMixedCount());
        assertEquals(1, p.getArgumentCount());
    }

    @Test
    void aChangedVoteMovesFromTheOldStanceToTheNew() {
        Proposal p = proposal();
        p.voteMoved(null, false, Vote.Stance.AGREE, true);
        p.voteMoved(Vote.Stance.AGREE, true, Vote.Stance.DISAGREE, true);
        assertEquals(0, p.getAgreeCount());
        assertEquals(1, p.getDisagreeCount());
        assertEquals(1, p.getArgumentCount(), "the argument is still one argument");
        p.voteMoved(Vote.Stance.DISAGREE, true, Vote.Stance.MIXED, false);
        assertEquals(0, p.getDisagreeCount());
        assertEquals(1, p.getMixedCount());
        assertEquals(0, p.getArgumentCount(), "words taken back leave the arguments");
    }

    @Test
    void theSameVoteAgainChangesNothing() {
        Proposal p = proposal();
        p.voteMoved(null, false, Vote.Stance.MIXED, false);
        p.voteMoved(Vote.Stance.MIXED, false, Vote.Stance.MIXED, false);
        assertEquals(1, p.getMixedCount());
        assertEquals(0, p.getAgreeCount() + p.getDisagreeCount());
    }

    @Test
    void onlyAReactableProposalTakesVotes() {
        Proposal p = proposal();
        assertEquals(true, p.isOpenToReactions());
        p.withdraw();
        assertEquals(false, p.isOpenToReactions());
    }
}
