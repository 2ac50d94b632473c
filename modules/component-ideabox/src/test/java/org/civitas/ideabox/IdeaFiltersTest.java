package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IdeaFiltersTest {

    @Test
    void aPageBeyondReachIsTheLastReachableOneAndNeverNegative() {
        assertEquals(IdeaReading.MAX_PAGE, new IdeaReading.Filter(null, null, null, null, null, null, Integer.MAX_VALUE).page());
        assertEquals(0, new IdeaReading.Filter(null, null, null, null, null, null, -3).page());
    }

    @Test
    void anAgeBeyondACenturyMeansAllAndNoneMeansNoFilter() {
        assertEquals(36_500, new TriageQueue.QueueFilter(Set.of(), null, null, Integer.MAX_VALUE, null, false).minAgeDays());
        assertNull(new TriageQueue.QueueFilter(Set.of(), null, null, -1, null, false).minAgeDays());
        assertEquals(14, new TriageQueue.QueueFilter(Set.of(), null, null, 14, null, false).minAgeDays());
    }
}
