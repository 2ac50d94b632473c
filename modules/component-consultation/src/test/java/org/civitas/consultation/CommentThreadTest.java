package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Threads are one level deep. */
class CommentThreadTest {

    @Test
    void aCommentTakesRepliesAndAReplyDoesNot() {
        Comment comment = new Comment(1, null, 2, "auteur", "Bonne idée", Instant.EPOCH);
        Comment reply = new Comment(1, 10L, 3, "autre", "Pas sûr", Instant.EPOCH);
        assertTrue(comment.acceptsReplies());
        assertFalse(reply.acceptsReplies());
    }

    @Test
    void aDeletedCommentKeepsItsPlaceWithoutItsWords() {
        Comment comment = new Comment(1, null, 2, "auteur", "Bonne idée", Instant.EPOCH);
        comment.delete();
        assertTrue(comment.isDeleted());
        assertTrue(comment.getBody().isEmpty());
        assertTrue(comment.acceptsReplies(), "its replies stay under it");
    }
}
