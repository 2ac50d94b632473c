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
    void aVoteRowNamesItsVoterByTheExportsKeyOnlyWithPlainWordsAndIsoInstants() {
        Instant cast = Instant.parse("2027-03-01T10:15:30Z");
        List<Object> cells = OpenData.cells(ExportRows.Kind.VOTES,
                new Object[] {1050L, 1000L, 77L, "AGREE", "Plus de bancs", Timestamp.from(cast), Timestamp.from(cast)},
                voter -> "key-" + (voter == 77L ? "a" : "b"));
        assertEquals(Arrays.asList(1050L, 1000L, "key-a", "agree", "Plus de bancs", "2027-03-01T10:15:30Z",
                "2027-03-01T10:15:30Z"), cells);
        List<Object> answer = OpenData.cells(ExportRows.Kind.ANSWERS,
                new Object[] {1000L, "CONSIDERED", "<p>Étudiée &amp; retenue</p>", Timestamp.from(cast)}, voter -> "");
        assertEquals(Arrays.asList(1000L, "considered", "Étudiée & retenue", "2027-03-01T10:15:30Z"), answer);
    }
}
