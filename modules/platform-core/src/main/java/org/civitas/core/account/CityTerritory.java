package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civitas.spi.Territory;

/** The districts administrators keep, in their order, for components. */
@ApplicationScoped
public class CityTerritory implements Territory {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Override
    @Transactional
    public List<District> districts() {
        return em.createNamedQuery("District.list", org.civitas.core.account.District.class).getResultStream()
                .map(d -> new District(d.getCode(), d.getName())).toList();
    }
}
