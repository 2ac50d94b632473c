package org.civitas.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Role;

/** One person's account, used by every tool of the portal. */
@Entity
@Table(name = "core_citizen")
@NamedQuery(name = "Citizen.findByEmail", query = "SELECT c FROM Citizen c WHERE c.email = :email")
@NamedQuery(name = "Citizen.findByPseudonym", query = "SELECT c FROM Citizen c WHERE LOWER(c.pseudonym) = LOWER(:pseudonym)")
@NamedQuery(name = "Citizen.countWithRole", query = "SELECT COUNT(c) FROM Citizen c WHERE c.roles LIKE :pattern AND c.erasedAt IS NULL")
@NamedQuery(name = "Citizen.matching", query = "SELECT c FROM Citizen c WHERE c.erasedAt IS NULL AND "
        + "(LOWER(c.pseudonym) LIKE :pattern ESCAPE '!' OR LOWER(c.email) LIKE :pattern ESCAPE '!') ORDER BY LOWER(c.pseudonym), c.id")
@NamedQuery(name = "Citizen.countMatching", query = "SELECT COUNT(c) FROM Citizen c WHERE c.erasedAt IS NULL AND "
        + "(LOWER(c.pseudonym) LIKE :pattern ESCAPE '!' OR LOWER(c.email) LIKE :pattern ESCAPE '!')")
@NamedQuery(name = "Citizen.list", query = "SELECT c FROM Citizen c WHERE c.erasedAt IS NULL ORDER BY c.pseudonym")
public class Citizen {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;

    private String email;
    @Column(name = "email_verified")
    private boolean emailVerified;
    private String pseudonym;
    @Column(name = "password_hash")
    private String passwordHash;
    @Convert(converter = RolesConverter.class)
    private Set<Role> roles;
    private String directorate;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String address;
    @Column(name = "district_code")
    private String districtCode;
    private String locale;
    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;
    @Column(name = "newsletter_consent")
    private boolean newsletterConsent;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "erased_at")
    private Instant erasedAt;
    @Version
    private int version;

    protected Citizen() {
    }

    public Citizen(String email, String pseudonym, PasswordHash password, String locale, Instant now) {
        this.email = email;
        this.pseudonym = pseudonym;
        this.passwordHash = password.encoded();
        this.roles = EnumSet.of(Role.CITIZEN);
        this.locale = "en".equals(locale) ? "en" : "fr";
        this.termsAcceptedAt = now;
        this.createdAt = now;
    }

    public CitizenRef ref() {
        Integer age = birthDate == null ? null
                : Period.between(birthDate, LocalDate.now(ZoneId.of("Europe/Paris"))).getYears();
        return new CitizenRef(id, pseudonym, roles, emailVerified, districtCode, directorate, age, createdAt);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Checks a password; after {@code maxFailures} wrong ones in a row the account locks for {@code lock}. */
    public boolean tryPassword(char[] candidate, int maxFailures, Duration lock, Instant now) {
        if (passwordHash != null && PasswordHash.parse(passwordHash).matches(candidate)) {
            failedLogins = 0;
            lockedUntil = null;
            return true;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lock);
            failedLogins = 0;
        }
        return false;
    }

    public void changePassword(PasswordHash password) {
        this.passwordHash = password.encoded();
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void verifyEmail() {
        this.emailVerified = true;
    }

    public void updateProfile(String pseudonym, LocalDate birthDate, String address, String districtCode,
                              boolean newsletterConsent, String locale) {
        this.pseudonym = pseudonym;
        this.birthDate = birthDate;
        this.address = address;
        this.districtCode = districtCode;
        this.newsletterConsent = newsletterConsent;
        this.locale = "en".equals(locale) ? "en" : "fr";
    }

    public void grant(Set<Role> newRoles, String directorate) {
        EnumSet<Role> set = EnumSet.of(Role.CITIZEN);
        set.addAll(newRoles);
        set.remove(Role.VISITOR);
        this.roles = set;
        this.directorate = set.contains(Role.AGENT) ? directorate : null;
    }

    /**
     * GDPR erasure: every personal field goes; the row stays under an anonymous pseudonym so that
     * contributions and counts keep pointing at something.
     */
    public void erase(Instant now) {
        this.email = null;
        this.emailVerified = false;
        this.pseudonym = "anonyme-" + id;
        this.passwordHash = null;
        this.roles = EnumSet.of(Role.CITIZEN);
        this.directorate = null;
        this.birthDate = null;
        this.address = null;
        this.districtCode = null;
        this.newsletterConsent = false;
        this.termsAcceptedAt = null;
        this.lockedUntil = null;
        this.erasedAt = now;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public boolean isEmailVerified() { return emailVerified; }
    public String getPseudonym() { return pseudonym; }
    public Set<Role> getRoles() { return EnumSet.copyOf(roles); }
    public String getDirectorate() { return directorate; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getAddress() { return address; }
    public String getDistrictCode() { return districtCode; }
    public String getLocale() { return locale; }
    public Instant getTermsAcceptedAt() { return termsAcceptedAt; }
    public boolean isNewsletterConsent() { return newsletterConsent; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isErased() { return erasedAt != null; }
}
