package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/**
 * Who took part: ballots per envelope, per the voters' declared district and per age band, never crossed (a
 * district's age band could single a voter out). Public with the results; administrators see it during the vote.
 */
@ApplicationScoped
public class Turnout {

    static final List<String> AGE_BANDS = List.of("under-18", "18-24", "25-34", "35-49", "50-64", "65-plus", "unknown");

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    BudgetRecords records;

    @Transactional
    public Views.Turnout of(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        if (!records.published(componentId)) {
            access.require(BudgetComponent.ID, viewer, componentId, "results", null);
        }
        Map<String, Long> byEnvelope = counts("b.envelope", componentId);
        Map<String, Long> byDistrict = counts("b.voterDistrict", componentId);
        Map<String, Long> byAge = new LinkedHashMap<>();
        Map<String, Long> ages = counts("b.ageBand", componentId);
        AGE_BANDS.forEach(band -> byAge.put(band, ages.getOrDefault(band, 0L)));
        long voters = em.createQuery("SELECT COUNT(DISTINCT b.voterId) FROM Ballot b WHERE b.componentId = :c", Long.class)
                .setParameter("c", componentId).getSingleResult();
        return new Views.Turnout(voters, byEnvelope, byDistrict, byAge);
    }

    /** Ballots grouped by one column; a voter counts once per group even with ballots in two envelopes. */
    private Map<String, Long> counts(String column, long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT " + column + ", COUNT(DISTINCT b.voterId) FROM Ballot b "
                        + "WHERE b.componentId = :c GROUP BY " + column + " ORDER BY " + column, Object[].class)
                .setParameter("c", componentId).getResultList());
        for (Object[] row : rows) {
            counts.put(row[0] == null ? "none" : (String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
