package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenDataTest {

    @Test
    void hiddenContributionsAreSortedByKindAndUnknownIdsIgnored() {
        Hidden hidden = Hidden.of(Set.of("proposal-12", "argument-40", "comment-7", "amendment-9", "idea-3", "proposal-x"));
        assertEquals(Set.of(12L), hidden.proposals());
        assertEquals(Set.of(40L), hidden.arguments());
        assertEquals(Set.of(7L), hidden.comments());
        assertEquals(Set.of(9L), hidden.amendments());
        assertEquals("-1", Hidden.in(Set.of()));
    }

    @Test
    void aVoteRowIsItsProposalStanceAndDayWithoutAnythingThatTiesItToItsVoter() {
        List<Object> cells = OpenData.cells(ExportRows.Kind.VOTES,
                new Object[] {1000L, "AGREE", java.sql.Date.valueOf("2027-03-01"), 1050L});
        assertEquals(Arrays.asList(1000L, "agree", "2027-03-01"), cells);
        List<String> votes = OpenData.COLUMNS.get(ExportRows.Kind.VOTES.ordinal());
        assertEquals(List.of("proposal_id", "stance", "cast_on"), votes);
        // An argument shares with the votes only what every vote of that stance on that proposal shares: no join.
        Set<String> shared = new java.util.HashSet<>(votes);
        shared.retainAll(OpenData.COLUMNS.get(ExportRows.Kind.ARGUMENTS.ordinal()));
        assertEquals(Set.of("proposal_id", "stance"), shared);
        assertEquals(4, ExportRows.Kind.VOTES.keyColumns(), "votes are read by proposal, stance, day, then id");
    }

    @Test
    void anArgumentNamesItsAuthorByTheirPseudonymAndAnAnswerIsPlainWords() {
        Instant cast = Instant.parse("2027-03-01T10:15:30Z");
        assertEquals(Arrays.asList(1050L, 1000L, "Mei C.", "agree", "Plus de bancs", 3),
                OpenData.cells(ExportRows.Kind.ARGUMENTS, new Object[] {1050L, 1000L, "Mei C.", "AGREE", "Plus de bancs", 3}));
        List<Object> answer = OpenData.cells(ExportRows.Kind.ANSWERS,
                new Object[] {1000L, "CONSIDERED", "<p>Étudiée &amp; retenue</p>", Timestamp.from(cast)});
        assertEquals(Arrays.asList(1000L, "considered", "Étudiée & retenue", "2027-03-01T10:15:30Z"), answer);
    }
}
