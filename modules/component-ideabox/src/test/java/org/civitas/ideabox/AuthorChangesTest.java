package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What authors may still change: a waiting idea, and a fresh comment nobody answered. */
class AuthorChangesTest {

    private static final Instant POSTED = Instant.parse("2027-03-01T09:00:00Z");
    private static final long AUTHOR = 3;

    @Test
    void anIdeaCanBeChangedOrWithdrawnOnlyWhileItWaitsForAModeratorOrForItsAuthor() {
        Set<Status> changeable = EnumSet.noneOf(Status.class);
        for (Status s : Status.values()) {
            if (s.isChangeableByAuthor()) {
                changeable.add(s);
            }
        }
        assertEquals(EnumSet.of(Status.RECEIVED, Status.INFORMATION_REQUESTED), changeable,
                "not under review (a moderator studies what was filed), not decided, not withdrawn");
    }

    @Test
    void aRevisionIsInTheHistoryAndAWithdrawalClosesTheIdea() {
        Idea idea = new Idea(1, 2, AUTHOR, "Camille", new IdeaInput("Des arbres", "Planter des arbres rue de la Roquette.",
                "Espaces verts", "75011", null, null, null), POSTED);
        idea.submit(POSTED);
        idea.revise(new IdeaInput("Des arbres rue de la Roquette", "Planter des tilleuls du 10 au 40.", "Espaces verts",
                "75011", "rue de la Roquette", null, null), POSTED.plusSeconds(60));
        assertEquals("Planter des tilleuls du 10 au 40.", idea.getBody());
        assertEquals(Status.RECEIVED, idea.getStatus(), "a revision keeps its place in the queue");
        assertNull(idea.getFirstDecisionAt(), "a revision is no decision");

        idea.withdraw(POSTED.plusSeconds(120));
        assertEquals(Status.WITHDRAWN, idea.getStatus());
        assertTrue(idea.getStatus().isFinal(), "nobody decides on or supports a withdrawn idea");
        assertTrue(Status.UNLISTED.contains(Status.WITHDRAWN));
        assertEquals(List.of(Step.Kind.FILED, Step.Kind.EDITED, Step.Kind.WITHDRAWN),
                idea.getSteps().stream().map(Step::getKind).toList());
        assertNull(idea.getFirstDecisionAt());
    }

    @Test
    void aCommentCanBeChangedByItsAuthorForHalfAnHourUntilSomeoneReplies() {
        Comment comment = new Comment(1, null, AUTHOR, "Camille", "Bonne idée !", POSTED);
        assertTrue(comment.changeableBy(AUTHOR, false, POSTED.plus(Duration.ofMinutes(29))));
        assertFalse(comment.changeableBy(AUTHOR, false, POSTED.plus(Comment.CHANGE_WINDOW)), "the window is closed");
        assertFalse(comment.changeableBy(AUTHOR, true, POSTED.plusSeconds(10)), "a reply keeps what it answers");
        assertFalse(comment.changeableBy(AUTHOR + 1, false, POSTED.plusSeconds(10)), "only its author");
    }
}
