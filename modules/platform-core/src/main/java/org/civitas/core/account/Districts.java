package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.audit.AuditLog;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/** The city's districts, which administrators keep: configuration, not code. */
@ApplicationScoped
public class Districts {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    AuditLog audit;

    /** Adds or renames a district (administrators); districts are configuration, not code. */
    @Transactional
    public District save(CitizenRef administrator, String code, String name, int position) {
        Authority.administrator(administrator);
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9_-]{1,32}") || name == null || name.isBlank() || name.length() > 200) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "district.invalid");
        }
        District district = em.find(District.class, c);
        if (district == null) {
            district = new District(c, name.strip(), position);
            em.persist(district);
        } else {
            district.rename(name.strip(), position);
        }
        audit.record(administrator, "district.saved", "district", c, null, name.strip());
        return district;
    }

    /** Removes a district no citizen has declared as their residence. */
    @Transactional
    public void remove(CitizenRef administrator, String code) {
        Authority.administrator(administrator);
        District district = em.find(District.class, code);
        if (district == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "district.not-found");
        }
        long residents = em.createQuery("SELECT COUNT(c) FROM Citizen c WHERE c.districtCode = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (residents > 0) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "district.in-use", residents);
        }
        em.remove(district);
        audit.record(administrator, "district.removed", "district", code, null, district.getName());
    }

    @Transactional
    public List<District> all() {
        return em.createNamedQuery("District.list", District.class).getResultList();
    }
}
