package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civitas.spi.Agents;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Role;

/** The accounts that hold the agent role, for components that assign work to an agent. */
@ApplicationScoped
public class CityAgents implements Agents {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Override
    @Transactional
    public List<CitizenRef> all() {
        return em.createQuery("SELECT c FROM Citizen c WHERE c.roles LIKE :pattern AND c.erasedAt IS NULL "
                        + "ORDER BY c.pseudonym, c.id", Citizen.class)
                .setParameter("pattern", RolesConverter.pattern(Role.AGENT)).getResultStream().map(Citizen::ref).toList();
    }
}
