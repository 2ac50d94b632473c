package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.audit.AuditLog;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** Administrators' work on accounts: the list, roles (audited), and the first administrator at start-up. */
@ApplicationScoped
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    AuditLog audit;

    /** An administrator sets someone's whole set of roles; recorded in the audit log. */
    @Transactional
    public Profile grant(CitizenRef administrator, long citizenId, Set<Role> roles, String directorate, String reason) {
        Authority.administrator(administrator);
        Citizen citizen = grantee(citizenId, directorate, reason);
        return change(administrator, citizen, EnumSet.copyOf(with(roles)), directorate, reason);
    }

    /** Gives one more role, keeping the others (an agent's directorate is set with the role). */
    @Transactional
    public Profile addRole(CitizenRef administrator, long citizenId, Role role, String directorate, String reason) {
        Authority.administrator(administrator);
        requireGrantable(role);
        Citizen citizen = grantee(citizenId, directorate, reason);
        EnumSet<Role> roles = EnumSet.copyOf(with(citizen.getRoles()));
        roles.add(role);
        return change(administrator, citizen, roles,
                role == Role.AGENT ? directorate : citizen.getDirectorate(), reason);
    }

    /** Takes one role away, keeping the others. */
    @Transactional
    public Profile removeRole(CitizenRef administrator, long citizenId, Role role, String reason) {
        Authority.administrator(administrator);
        requireGrantable(role);
        Citizen citizen = grantee(citizenId, null, reason);
        EnumSet<Role> roles = EnumSet.copyOf(with(citizen.getRoles()));
        roles.remove(role);
        return change(administrator, citizen, roles, citizen.getDirectorate(), reason);
    }

    /** The roles an administrator gives or takes one by one; everyone is a citizen. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.MODERATOR, Role.AGENT, Role.ADMINISTRATOR);

    private static void requireGrantable(Role role) {
        if (role == null || !GRANTABLE.contains(role)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.role.unknown");
        }
    }

    private Citizen grantee(long citizenId, String directorate, String reason) {
        if ((reason != null && reason.length() > 500) || (directorate != null && directorate.length() > 100)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-long");
        }
        Citizen citizen = em.find(Citizen.class, citizenId);
        if (citizen == null || citizen.isErased()) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "account.not-found");
        }
        return citizen;
    }

    private Profile change(CitizenRef administrator, Citizen citizen, EnumSet<Role> roles, String directorate,
                           String reason) {
        if (roles.contains(Role.AGENT) && Accounts.blankToNull(directorate) == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.directorate.required");
        }
        if (citizen.getId() == administrator.id() && !roles.contains(Role.ADMINISTRATOR)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.roles.self-demotion");
        }
        if (citizen.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(citizen.getId());
        }
        String before = citizen.getRoles().toString();
        citizen.grant(roles, Accounts.blankToNull(directorate));
        audit.record(administrator, "account.roles.changed", "citizen", Long.toString(citizen.getId()), reason,
                before + " -> " + citizen.getRoles());
        return Profile.of(citizen);
    }

    /**
     * Someone must keep the back office. Every administrator's row is locked, in one order, before counting: two
     * administrators removing each other at once are served one after the other, and the second finds itself the
     * last one.
     */
    private void requireAnotherAdministrator(long leaving) {
        List<?> administrators = em.createNativeQuery("SELECT id FROM core_citizen WHERE roles LIKE ?1 ORDER BY id FOR UPDATE")
                .setParameter(1, RolesConverter.pattern(Role.ADMINISTRATOR)).getResultList();
        if (administrators.stream().noneMatch(id -> ((Number) id).longValue() != leaving)) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "account.roles.last-administrator");
        }
    }

    private static Set<Role> with(Set<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.CITIZEN);
        all.addAll(roles);
        return all;
    }

    @Transactional
    public List<Profile> citizens(CitizenRef administrator, int first, int max) {
        Authority.administrator(administrator);
        return em.createNamedQuery("Citizen.list", Citizen.class).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(Profile::of).toList();
    }

    /** One account, as its role editor shows it. */
    @Transactional
    public Profile account(CitizenRef administrator, long citizenId) {
        Authority.administrator(administrator);
        return Profile.of(grantee(citizenId, null, null));
    }

    /** One page of the accounts whose pseudonym or e-mail contains {@code text} (all when blank), and their number. */
    public record Found(List<Profile> accounts, long total) {
    }

    @Transactional
    public Found search(CitizenRef administrator, String text, int first, int max) {
        Authority.administrator(administrator);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_")) + "%";
        long total = em.createNamedQuery("Citizen.countMatching", Long.class).setParameter("pattern", pattern)
                .getSingleResult();
        List<Profile> page = em.createNamedQuery("Citizen.matching", Citizen.class).setParameter("pattern", pattern)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(Profile::of).toList();
        return new Found(page, total);
    }

    /**
     * Creates the first administrator when there is none. Returns the generated password when one had to
     * be generated, so that it can be shown once.
     */
    @Transactional
    public Optional<String> ensureFirstAdministrator(String email, String configuredPassword) {
        long admins = em.createNamedQuery("Citizen.countWithRole", Long.class)
                .setParameter("pattern", RolesConverter.pattern(Role.ADMINISTRATOR)).getSingleResult();
        if (admins > 0) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? generatedPassword() : configuredPassword;
        PasswordHash hash = PasswordHash.of(password.toCharArray());
        Citizen admin = em.createNamedQuery("Citizen.findByEmail", Citizen.class).setParameter("email", email)
                .getResultStream().findFirst().orElseGet(() -> {
            Citizen created = new Citizen(email, "administrateur", hash, "fr", Instant.now());
            em.persist(created);
            return created;
        });
        admin.changePassword(hash);
        admin.verifyEmail();
        admin.grant(Set.of(Role.ADMINISTRATOR, Role.MODERATOR), null);
        LOG.info(() -> "Created the first administrator " + email);
        return generate ? Optional.of(password) : Optional.empty();
    }

    private static String generatedPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
