package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** How lists are sorted: the orders people choose, the divisive rule, and the random order's seed. */
class ProposalOrderTest {

    @Test
    void anOrderIsChosenByNameInAnyCaseAndRecentByDefault() {
        assertEquals(ProposalOrder.DIVISIVE, ProposalOrder.named(" Divisive "));
        assertEquals(ProposalOrder.RECENT, ProposalOrder.named(null));
        assertEquals(ProposalOrder.RECENT, ProposalOrder.named(""));
        Refusal unknown = assertThrows(Refusal.class, () -> ProposalOrder.named("popular"));
        assertEquals(Refusal.Kind.BAD_INPUT, unknown.kind());
    }

    @Test
    void divisiveRanksTheSmallerCampFirstThenTheTurnout() {
        String sql = ProposalOrder.DIVISIVE.sql;
        assertTrue(sql.startsWith("LEAST(p.agree_count, p.disagree_count) DESC"), sql);
        assertTrue(sql.indexOf("p.mixed_count") > sql.indexOf("LEAST"), "turnout only breaks ties: " + sql);
    }

    @Test
    void everyOrderEndsOnTheIdSoPagesNeverOverlap() {
        for (ProposalOrder order : ProposalOrder.values()) {
            assertTrue(order.sql.matches(".*p\\.id( DESC)?$"), order + ": " + order.sql);
        }
    }

    @Test
    void theRandomOrderIsTheReadersOwnAndTheSessionsWhenSignedOut() {
        assertEquals(42, ProposalOrder.seed(42L, 7));
        assertEquals(7, ProposalOrder.seed(null, 7));
    }
}
