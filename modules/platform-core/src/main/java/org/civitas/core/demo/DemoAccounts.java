package org.civitas.core.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
import org.civitas.core.audit.AuditLog;
import org.civitas.core.account.PasswordHash;
import org.civitas.core.account.SecretToken;
import org.civitas.core.space.ComponentInstance;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.Refusal;

/** The demo's accounts: Parisian residents at {@code demo.civitas.local}, confirmed, each in a district. */
@ApplicationScoped
public class DemoAccounts {

    /** The demo residents' e-mail domain: never a real mailbox. */
    public static final String DOMAIN = "demo.civitas.local";

    /** Pseudonym, e-mail's local part, district, year of birth. */
    private record Resident(String pseudonym, String mailbox, String district, int born) {
    }

    private static final List<Resident> RESIDENTS = List.of(
            new Resident("Camille D.", "camille.durand", "75005", 1984),
            new Resident("Karim B.", "karim.benali", "75010", 1991),
            new Resident("Sophie M.", "sophie.martin", "75011", 1976),
            new Resident("Lucas P.", "lucas.petit", "75014", 2001),
            new Resident("Aïcha N.", "aicha.ndiaye", "75018", 1988),
            new Resident("Julien R.", "julien.robert", "75019", 1969),
            new Resident("Inès L.", "ines.lefebvre", "75020", 1995),
            new Resident("Thomas G.", "thomas.garcia", "75015", 1980),
            new Resident("Mei C.", "mei.chen", "75013", 1993),
            new Resident("Hugo V.", "hugo.vincent", "75012", 1972));

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    AuditLog audit;

    @Transactional
    public PlatformContents contents(String firstAdministratorEmail) {
        long spaces = em.createQuery("SELECT COUNT(s) FROM Space s", Long.class).getSingleResult();
        long others = em.createQuery("SELECT COUNT(c) FROM Citizen c WHERE c.email IS NULL OR c.email <> :admin", Long.class)
                .setParameter("admin", firstAdministratorEmail).getSingleResult();
        return new PlatformContents(spaces, others);
    }

    /**
     * The demo residents, made (confirmed, with their district and birth date) when missing. {@code password} is
     * theirs when made; null gives them one nobody knows.
     */
    @Transactional
    public List<CitizenRef> residents(String password) {
        String hashed = PasswordHash.of((password == null ? SecretToken.generate().value() : password).toCharArray()).encoded();
        List<CitizenRef> refs = new ArrayList<>();
        for (Resident r : RESIDENTS) {
            String email = r.mailbox() + "@" + DOMAIN;
            Citizen citizen = em.createNamedQuery("Citizen.findByEmail", Citizen.class).setParameter("email", email)
                    .getResultStream().findFirst().orElseGet(() -> {
                        String pseudonym = em.createNamedQuery("Citizen.findByPseudonym", Citizen.class)
                                .setParameter("pseudonym", r.pseudonym()).getResultList().isEmpty()
                                ? r.pseudonym() : r.pseudonym() + " démo";
                        Citizen made = new Citizen(email, pseudonym, PasswordHash.parse(hashed), "fr", Instant.now());
                        made.verifyEmail();
                        made.updateProfile(pseudonym, LocalDate.of(r.born(), 3, 14), null, r.district(), false, "fr");
                        em.persist(made);
                        return made;
                    });
            em.flush();
            refs.add(citizen.ref());
        }
        return refs;
    }

    /** The account the demo's team acts as. */
    @Transactional
    public CitizenRef account(String email) {
        return em.createNamedQuery("Citizen.findByEmail", Citizen.class).setParameter("email", email)
                .getResultStream().findFirst().map(Citizen::ref)
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "account.not-found"));
    }

    /** A component instance as its component sees it. */
    @Transactional
    public ComponentRef instance(long componentId) {
        ComponentInstance instance = em.find(ComponentInstance.class, componentId);
        if (instance == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "component.not-found");
        }
        return instance.ref();
    }

    /** An administrator filled an instance with the demo: in the audit log like any change. */
    @Transactional
    public void audited(CitizenRef administrator, ComponentRef instance) {
        audit.record(administrator, "component.demo.filled", "component", Long.toString(instance.id()), null,
                instance.manifestId());
    }
}
