package org.civitas.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Reportable;
import org.junit.jupiter.api.Test;

class ModerationCaseTest {

    private static final LocalizedText COMMENT = new LocalizedText("Commentaire", "Comment");

    @Test
    void aCaseShowsWhatWasReportedInContext() {
        ModerationCase c = new ModerationCase("ideabox", "comment-12");
        c.describe(new Reportable("comment-12", COMMENT, "Plus de bancs", "/components/ideabox/idea.xhtml?id=3#comment-12",
                "x".repeat(2_000), 7));
        assertEquals("Comment", c.getKind().en());
        assertEquals("Plus de bancs", c.getTitle());
        assertEquals(7L, c.getInstanceId());
        assertEquals(Reportable.EXCERPT_LENGTH, c.getExcerpt().length(), "a long text is cut to an excerpt");
        assertTrue(c.getExcerpt().endsWith("…"));
    }

    @Test
    void aLinkThatCouldNotBeStoredIsLeftOutRatherThanCut() {
        ModerationCase c = new ModerationCase("budget", "5");
        c.describe(new Reportable("5", COMMENT, "t", "/" + "p".repeat(400), null, 1));
        assertNull(c.getPath(), "a cut link would lead nowhere");
        assertNull(c.getExcerpt());
    }

    @Test
    void reportsAfterARestorationStartANewWait() {
        ModerationCase c = new ModerationCase("ideabox", "3");
        assertFalse(c.reported(2, 6));
        Instant first = c.getFirstReportedAt();
        assertNotNull(first);
        c.decide(false, "rien d'illicite", Instant.now());
        c.reported(2, 6);
        assertEquals(1, c.getReportCount(), "the count starts again");
        assertFalse(c.getFirstReportedAt().isBefore(first));
        assertEquals(c.getLastReportedAt(), c.getFirstReportedAt());
    }

    @Test
    void pagesOfTheQueueStayInRange() {
        assertEquals(0, new ModerationFilter(" ", null, null, null, -3).page());
        assertNull(new ModerationFilter(" ", null, null, null, 0).component());
        assertEquals(10_000, new ModerationFilter(null, null, null, null, Integer.MAX_VALUE).page());
    }
}
