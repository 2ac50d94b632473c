package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Supports belong to an argument's words and stance: changing either starts again with none. */
class VoteChangeTest {

    private static Vote supported() throws Exception {
        Vote vote = new Vote(1, 2, "julien", Vote.Stance.AGREE, "Plus sûr pour les enfants.", Instant.EPOCH);
        var count = Vote.class.getDeclaredField("supportCount");
        count.setAccessible(true);
        count.setInt(vote, 3);
        return vote;
    }

    @Test
    void otherWordsOrAnotherStanceLoseTheSupports() throws Exception {
        Vote reworded = supported();
        assertTrue(reworded.change(Vote.Stance.AGREE, "Plus sûr pour tous.", Instant.EPOCH));
        assertEquals(0, reworded.getSupportCount());
        Vote turned = supported();
        assertTrue(turned.change(Vote.Stance.DISAGREE, "Plus sûr pour les enfants.", Instant.EPOCH));
        assertEquals(0, turned.getSupportCount());
    }

    @Test
    void theSameWordsAndStanceKeepThem() throws Exception {
        Vote same = supported();
        assertFalse(same.change(Vote.Stance.AGREE, "Plus sûr pour les enfants.", Instant.EPOCH));
        assertEquals(3, same.getSupportCount());
    }
}
