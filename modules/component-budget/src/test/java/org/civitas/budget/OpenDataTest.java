package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of an envelope's results: a header row, one row per project, quoting where needed, no one named. */
class OpenDataTest {

    @Test
    void oneRowPerProjectWithItsOutcome() {
        Views.EnvelopeResult result = new Views.EnvelopeResult("75005", 100_000, "greedy", 3, 80_000,
                List.of(new Views.Count(12, "Des bancs, place Monge", "Cadre de vie", 30_000, 3),
                        new Views.Count(10, "Des arbres \"rue Mouffetard\"", "Environnement", 60_000, 1)),
                List.of(12L), new Views.Comparison("equal-shares", 30_000, List.of(12L)));
        Views.OpenEnvelope open = Views.OpenEnvelope.of(result);
        assertEquals(3, open.voters());
        assertEquals("EUR", open.currency());
        assertEquals("""
                project_id,title,category,cost,votes,funded\r
                12,"Des bancs, place Monge",Cadre de vie,30000,3,yes\r
                10,"Des arbres ""rue Mouffetard\"\"\",Environnement,60000,1,no\r
                """, OpenData.csv(open));
    }
}
