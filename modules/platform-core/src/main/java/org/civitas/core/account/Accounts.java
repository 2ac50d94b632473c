package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civitas.core.Messages;
import org.civitas.core.event.CitizenErased;
import org.civitas.core.event.MailQueue;
import org.civitas.core.event.QueuedMail;
import org.civitas.core.limit.LoginThrottle;
import org.civitas.core.notification.Notification;
import org.civitas.core.notification.NotificationSettings;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Outbox;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The citizen account: sign-up, e-mail verification, login, password reset, profile, GDPR export and erasure. */
@ApplicationScoped
public class Accounts {

    /**
     * What {@code account.pseudonym.invalid} says: 3 to 40 characters, letters, digits, spaces, points, hyphens,
     * underscores and apostrophes, starting with a letter or a digit (so "Marie D." and "O'Neil" are names).
     */
    private static final Pattern PSEUDONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{2,39}");
    /**
     * What a login for an unknown address, or for a locked account, checks the password against: the same
     * Argon2id work as a real check, so that the answer's timing does not tell whether the account exists.
     */
    private static final PasswordHash DUMMY = PasswordHash.of(SecretToken.generate().value().toCharArray());

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    DisposableDomains disposableDomains;
    @Inject
    LoginThrottle throttle;
    @Inject
    Outbox outbox;
    @Inject
    MailQueue mails;
    @Inject
    @Any
    Instance<ParticipationComponent> components;
    @Inject
    @ConfigProperty(name = "civitas.portal.url")
    String portalUrl;
    @Inject
    @ConfigProperty(name = "civitas.account.login.max-failures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "civitas.account.login.lock-minutes", defaultValue = "15")
    int lockMinutes;
    @Inject
    @ConfigProperty(name = "civitas.account.token.days", defaultValue = "30")
    int tokenDays;
    @Inject
    @ConfigProperty(name = "civitas.account.verification.hours", defaultValue = "48")
    int verificationHours;
    @Inject
    @ConfigProperty(name = "civitas.account.unconfirmed-days", defaultValue = "7")
    int unconfirmedDays;
    @Inject
    @ConfigProperty(name = "civitas.account.reset.hours", defaultValue = "2")
    int resetHours;

    /**
     * Opens an account and mails its confirmation link. An address that already has an account gets the
     * same answer, after the same work, and its owner gets a mail saying that someone tried: the answer never
     * tells whether an address is registered. Pseudonyms are public, so a taken one is refused (409), and it
     * is checked before the address so that this refusal does not depend on the address either.
     */
    @Transactional
    public void register(Registration r) {
        List<Refusal> problems = List.copyOf(problems(r).values());
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (problems.size() > 1) {
            // Every problem in one answer, so that a form built on the API fixes them all in one go.
            throw new Refusal(Refusal.Kind.BAD_INPUT, problems.get(0).code(), new LocalizedText(
                    problems.stream().map(p -> p.text().fr()).collect(Collectors.joining(" ")),
                    problems.stream().map(p -> p.text().en()).collect(Collectors.joining(" "))));
        }
        String email = normaliseEmail(r.email());
        String pseudonym = checkPseudonym(r.pseudonym());
        if (pseudonymTaken(pseudonym, null)) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "account.pseudonym.taken");
        }
        PasswordHash hash = PasswordHash.of(r.password().toCharArray());
        Optional<Citizen> owner = findByEmail(email);
        if (owner.isPresent()) {
            // The pseudonym is held as long as an unconfirmed account would hold it.
            em.createNativeQuery("INSERT INTO core_pseudonym_hold (pseudonym, until) VALUES (LOWER(?1), ?2) "
                            + "ON CONFLICT (pseudonym) DO UPDATE SET until = EXCLUDED.until")
                    .setParameter(1, pseudonym).setParameter(2, Timestamp.from(Instant.now().plus(Duration.ofDays(unconfirmedDays))))
                    .executeUpdate();
            Citizen citizen = owner.get();
            Locale locale = Locale.forLanguageTag(citizen.getLocale());
            mails.queue(citizen.getId(), QueuedMail.Kind.SIGN_UP_ATTEMPT, Messages.text(locale, "mail.attempt.subject"),
                    Messages.text(locale, "mail.attempt.body", citizen.getPseudonym(),
                            portalUrl + "/account/login.xhtml", portalUrl + "/account/forgot.xhtml"));
            return;
        }
        Citizen citizen = new Citizen(email, pseudonym, hash, r.locale(), Instant.now());
        em.persist(citizen);
        em.flush();
        sendVerification(citizen);
    }

    /**
     * What is wrong with a sign-up, by {@link Registration} field ({@code email}, {@code password},
     * {@code pseudonym}, {@code termsAccepted}), in the form's order, so that a form can show every error at
     * once beside its field. Only what can be told without looking anyone up: a taken pseudonym is told by
     * {@link #register}.
     */
    public Map<String, Refusal> problems(Registration r) {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        try {
            if (disposableDomains.isDisposable(normaliseEmail(r.email()))) {
                problems.put("email", Messages.refusal(Refusal.Kind.BAD_INPUT, "account.email.disposable"));
            }
        } catch (Refusal refusal) {
            problems.put("email", refusal);
        }
        try {
            checkPseudonym(r.pseudonym());
        } catch (Refusal refusal) {
            problems.put("pseudonym", refusal);
        }
        try {
            checkPassword(r.password());
        } catch (Refusal refusal) {
            problems.put("password", refusal);
        }
        if (!r.termsAccepted()) {
            problems.put("termsAccepted", Messages.refusal(Refusal.Kind.BAD_INPUT, "account.terms.required"));
        }
        return problems;
    }

    @Transactional
    public CitizenRef verifyEmail(String token) {
        AccountToken t = redeem(token, AccountToken.Purpose.VERIFY_EMAIL, "account.verify.invalid");
        t.getCitizen().verifyEmail();
        return t.getCitizen().ref();
    }

    /** Sends a new verification link; says nothing about whether the address has an account. */
    @Transactional
    public void resendVerification(String email) {
        findByEmail(normaliseEmail(email)).filter(c -> !c.isEmailVerified()).ifPresent(this::sendVerification);
    }

    /**
     * Logs in. Failures are counted against {@code clientAddress} (null when unknown), which is refused once it
     * has used them up, so that trying many accounts from one address is slowed down as well as trying many
     * passwords on one account (the lock-out). Successful logins never count.
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public Login login(String email, String password, String clientAddress) {
        Instant now = Instant.now();
        throttle.check(clientAddress);
        Refusal wrong = Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "account.login.invalid");
        if (email == null || password == null) {
            throttle.failed(clientAddress);
            throw wrong;
        }
        // An unknown address, a locked account and a wrong password get the same answer after the same
        // Argon2id work, so that neither the answer nor its timing tells whether an account exists.
        Citizen citizen = findByEmail(email.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (citizen == null || citizen.isLocked(now)) {
            DUMMY.matches(password.toCharArray());
            throttle.failed(clientAddress);
            throw wrong;
        }
        if (!citizen.tryPassword(password.toCharArray(), maxFailures, Duration.ofMinutes(lockMinutes), now)) {
            throttle.failed(clientAddress);
            throw wrong;
        }
        if (!citizen.isEmailVerified()) {
            throw Messages.refusal(Refusal.Kind.FORBIDDEN, "account.login.unverified");
        }
        SecretToken token = SecretToken.generate();
        Instant expires = now.plus(Duration.ofDays(tokenDays));
        em.persist(new ApiToken(citizen, token, now, expires));
        return new Login(token.value(), expires, citizen.ref());
    }

    @Transactional
    public void logout(String token) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", SecretToken.hashOf(token)).executeUpdate();
    }

    /** The citizen a bearer token stands for, if it is valid. */
    @Transactional
    public Optional<CitizenRef> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", SecretToken.hashOf(token.strip()))
                .getResultStream().filter(t -> t.isValid(Instant.now())).findFirst()
                .map(t -> t.getCitizen().ref());
    }

    /** Sends a reset link if the address has an account; answers the same either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null) {
            return;
        }
        findByEmail(email.strip().toLowerCase(Locale.ROOT)).ifPresent(citizen ->
                mail(citizen, QueuedMail.Kind.RESET_PASSWORD, "mail.reset.subject", "mail.reset.body", resetHours));
    }

    @Transactional
    public void resetPassword(String token, String newPassword) {
        checkPassword(newPassword);
        AccountToken t = redeem(token, AccountToken.Purpose.RESET_PASSWORD, "account.reset.invalid");
        Citizen citizen = t.getCitizen();
        citizen.changePassword(PasswordHash.of(newPassword.toCharArray()));
        // A reset proves control of the address.
        citizen.verifyEmail();
        em.createNamedQuery("ApiToken.deleteForCitizen").setParameter("citizen", citizen).executeUpdate();
        revokeResetLinks(citizen);
    }

    /**
     * The signed-in citizen changes their password, giving the current one (wrong ones count towards the
     * lock-out, as at login). Every other session's token is revoked; {@code sessionToken}, the caller's
     * own, stays valid. Outstanding reset links die too.
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public void changePassword(long citizenId, String sessionToken, String currentPassword, String newPassword) {
        Citizen citizen = citizen(citizenId);
        checkPassword(newPassword);
        Instant now = Instant.now();
        if (currentPassword == null || citizen.isLocked(now)
                || !citizen.tryPassword(currentPassword.toCharArray(), maxFailures, Duration.ofMinutes(lockMinutes), now)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.password.current-wrong");
        }
        citizen.changePassword(PasswordHash.of(newPassword.toCharArray()));
        em.createNamedQuery("ApiToken.deleteForCitizenExcept").setParameter("citizen", citizen)
                .setParameter("hash", sessionToken == null ? "" : SecretToken.hashOf(sessionToken.strip()))
                .executeUpdate();
        revokeResetLinks(citizen);
    }

    /** Deletes the citizen's unused reset tokens, and drops reset mails not sent yet. */
    private void revokeResetLinks(Citizen citizen) {
        em.flush();
        em.createNamedQuery("AccountToken.deleteUnused").setParameter("citizen", citizen)
                .setParameter("purpose", AccountToken.Purpose.RESET_PASSWORD).executeUpdate();
        mails.drop(citizen.getId(), QueuedMail.Kind.RESET_PASSWORD);
    }

    /** Deletes expired e-mail tokens and API tokens; run by {@link org.civitas.core.ExpiryPurge}. Returns how many went. */
    @Transactional
    public int purgeExpiredTokens() {
        return em.createNativeQuery("DELETE FROM core_account_token WHERE expires_at < now()").executeUpdate()
                + em.createNativeQuery("DELETE FROM core_api_token WHERE expires_at < now()").executeUpdate()
                + em.createNativeQuery("DELETE FROM core_pseudonym_hold WHERE until < now()").executeUpdate();
    }

    /**
     * Deletes accounts whose address was never confirmed within {@code civitas.account.unconfirmed-days}: they
     * could not sign in or take part, and keep an address and a pseudonym nobody uses. Returns how many went.
     */
    @Transactional
    public int purgeUnconfirmedAccounts() {
        return em.createNativeQuery("DELETE FROM core_citizen WHERE email_verified = FALSE AND erased_at IS NULL "
                        + "AND created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(unconfirmedDays)))).executeUpdate();
    }

    @Transactional
    public Profile profile(long citizenId) {
        return Profile.of(citizen(citizenId));
    }

    @Transactional
    public Profile updateProfile(long citizenId, ProfileChange change) {
        Citizen citizen = citizen(citizenId);
        String pseudonym = checkPseudonym(change.pseudonym());
        if (pseudonymTaken(pseudonym, citizen.getId())) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "account.pseudonym.taken");
        }
        LocalDate birth = change.birthDate();
        if (birth != null && (birth.isAfter(LocalDate.now()) || birth.isBefore(LocalDate.now().minusYears(120)))) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.birthdate.invalid");
        }
        String address = blankToNull(change.address());
        if (address != null && address.length() > 500) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.address.too-long");
        }
        String district = blankToNull(change.district());
        if (district != null && em.find(District.class, district) == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.district.unknown", district);
        }
        citizen.updateProfile(pseudonym, birth, address, district, change.newsletterConsent(), change.locale());
        return Profile.of(citizen);
    }

    /** Everything the platform holds about a citizen, for their GDPR download. */
    @Transactional
    public Map<String, Object> export(long citizenId) {
        Citizen citizen = citizen(citizenId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now().toString());
        data.put("account", Profile.of(citizen));
        List<Object[]> reports = em.createQuery(
                        "SELECT r.moderationCase.component, r.moderationCase.contributionId, r.reason, r.createdAt "
                                + "FROM Report r WHERE r.reporterId = :id", Object[].class)
                .setParameter("id", citizenId).getResultList();
        data.put("reports", reports.stream().map(r -> Map.of("component", r[0], "contribution", r[1],
                "reason", r[2], "at", r[3].toString())).toList());
        Map<String, Object> contributions = new LinkedHashMap<>();
        CitizenRef ref = citizen.ref();
        for (ParticipationComponent component : components) {
            Map<String, Object> held = component.personalData(ref);
            if (!held.isEmpty()) {
                contributions.put(component.manifest().id(), held);
            }
        }
        data.put("contributions", contributions);
        data.put("notifications", em.createNamedQuery("Notification.latest", Notification.class)
                .setParameter("citizen", citizenId).getResultStream()
                .map(n -> n.view(Locale.forLanguageTag(citizen.getLocale()))).toList());
        NotificationSettings settings = em.find(NotificationSettings.class, citizenId);
        data.put("notificationSettings", settings == null ? NotificationSettings.defaults() : settings.view());
        return data;
    }

    /**
     * Erases the account: personal data goes, contributions stay under an anonymous name so that counts
     * do not change, pending e-mails to the citizen are dropped.
     */
    @Transactional
    public void erase(long citizenId) {
        Citizen citizen = citizen(citizenId);
        CitizenRef ref = citizen.ref();
        for (ParticipationComponent component : components) {
            component.anonymise(ref);
        }
        em.createNamedQuery("ApiToken.deleteForCitizen").setParameter("citizen", citizen).executeUpdate();
        em.createQuery("DELETE FROM AccountToken t WHERE t.citizen = :citizen")
                .setParameter("citizen", citizen).executeUpdate();
        // Their MailQueued events carry only the mails' ids, and then find nothing to send.
        mails.dropAll(citizenId);
        // Notices quote the citizen's contributions and name them.
        em.createNamedQuery("Notification.erase").setParameter("citizen", citizenId).executeUpdate();
        NotificationSettings settings = em.find(NotificationSettings.class, citizenId);
        if (settings != null) {
            em.remove(settings);
        }
        citizen.erase(Instant.now());
        outbox.record(new CitizenErased(citizenId));
    }

    private void sendVerification(Citizen citizen) {
        mail(citizen, QueuedMail.Kind.VERIFY_EMAIL, "mail.verify.subject", "mail.verify.body", verificationHours);
    }

    /** Queues a link mail; the courier issues its token and puts the link in when it sends it. */
    private void mail(Citizen citizen, QueuedMail.Kind kind, String subjectKey, String bodyKey, int hours) {
        Locale locale = Locale.forLanguageTag(citizen.getLocale());
        mails.queue(citizen.getId(), kind, Messages.text(locale, subjectKey),
                Messages.text(locale, bodyKey, citizen.getPseudonym(), QueuedMail.LINK, hours));
    }

    private AccountToken redeem(String token, AccountToken.Purpose purpose, String invalidKey) {
        if (token == null || token.isBlank()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, invalidKey);
        }
        return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
                .setParameter("hash", SecretToken.hashOf(token.strip()))
                .getResultStream().filter(t -> t.redeem(purpose, Instant.now())).findFirst()
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.BAD_INPUT, invalidKey));
    }

    private Citizen citizen(long id) {
        Citizen citizen = em.find(Citizen.class, id);
        if (citizen == null || citizen.isErased()) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "account.not-found");
        }
        return citizen;
    }

    private Optional<Citizen> findByEmail(String email) {
        return em.createNamedQuery("Citizen.findByEmail", Citizen.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    private boolean pseudonymTaken(String pseudonym, Long except) {
        return em.createNamedQuery("Citizen.findByPseudonym", Citizen.class).setParameter("pseudonym", pseudonym)
                .getResultStream().anyMatch(c -> !c.getId().equals(except))
                || !em.createNativeQuery("SELECT 1 FROM core_pseudonym_hold WHERE pseudonym = LOWER(?1) AND until > now()")
                        .setParameter(1, pseudonym).getResultList().isEmpty();
    }

    static String normaliseEmail(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        try {
            // A bidirectional control could make one address look like another.
            if (email.length() > 254 || email.indexOf('@') < 1 || TextInput.hasBidiControl(email)) {
                throw new AddressException(email);
            }
            new InternetAddress(email, true).validate();
        } catch (AddressException e) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.email.invalid");
        }
        if (!email.substring(email.indexOf('@') + 1).contains(".")) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.email.invalid");
        }
        return email;
    }

    static void checkPassword(String password) {
        PasswordPolicy.check(password);
    }

    static String checkPseudonym(String raw) {
        String pseudonym = raw == null ? "" : raw.strip();
        if (!PSEUDONYM.matcher(pseudonym).matches()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "account.pseudonym.invalid");
        }
        return pseudonym;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
