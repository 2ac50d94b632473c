package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.civitas.core.Messages;
import org.civitas.core.account.AccountToken;
import org.civitas.core.account.Citizen;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued e-mails. For each {@link MailQueued} it loads the {@code core_mail} row, reads the citizen's
 * current address (an erased account gets nothing), issues a link mail's single-use token now (only its
 * SHA-256 is stored, committed first by {@link LinkTokens} so the link works the moment it arrives), sends, and
 * deletes the row in the consumer's transaction: when the send fails, the deletion rolls back and the relay tries
 * again later with a new token. A token thus exists only in the mail.
 * Without {@code civitas.mail.host} (the embedded default) each mail is written to a file in
 * {@code civitas.mail.folder} instead, and the log says only which mail went to which file.
 */
@ApplicationScoped
public class MailCourier implements EventConsumer<MailQueued> {

    private static final Logger LOG = Logger.getLogger(MailCourier.class.getName());
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"']+");

    @Inject
    LinkTokens linkTokens;
    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "civitas.mail.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "civitas.mail.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "civitas.mail.from")
    String from;
    @Inject
    @ConfigProperty(name = "civitas.mail.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "civitas.mail.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "civitas.mail.starttls", defaultValue = "false")
    boolean starttls;
    @Inject
    @ConfigProperty(name = "civitas.mail.folder")
    Optional<String> folder;
    @Inject
    @ConfigProperty(name = "civitas.portal.url")
    String portalUrl;
    @Inject
    @ConfigProperty(name = "civitas.account.verification.hours", defaultValue = "48")
    int verificationHours;
    @Inject
    @ConfigProperty(name = "civitas.account.reset.hours", defaultValue = "2")
    int resetHours;

    @Override
    public String name() {
        return "core.mail";
    }

    @Override
    public Class<MailQueued> eventType() {
        return MailQueued.class;
    }

    @Override
    public void consume(MailQueued event, EventMetadata metadata) {
        QueuedMail mail = em.find(QueuedMail.class, event.mailId());
        if (mail == null) {
            return; // already sent, or dropped (the account was erased, the password reset meanwhile)
        }
        em.remove(mail);
        Citizen citizen = em.find(Citizen.class, mail.getCitizenId());
        if (citizen == null || citizen.isErased() || citizen.getEmail() == null) {
            return;
        }
        if (mail.getKind() == QueuedMail.Kind.VERIFY_EMAIL && citizen.isEmailVerified()) {
            return; // confirmed meanwhile: no token to hand out
        }
        String body = switch (mail.getKind()) {
            case VERIFY_EMAIL -> withLink(mail, citizen, AccountToken.Purpose.VERIFY_EMAIL, verificationHours,
                    "/account/verify.xhtml?token=");
            case RESET_PASSWORD -> withLink(mail, citizen, AccountToken.Purpose.RESET_PASSWORD, resetHours,
                    "/account/reset.xhtml?token=");
            case SIGN_UP_ATTEMPT, NOTICE, DIGEST -> mail.getBody();
        };
        em.flush();
        if (host.isPresent()) {
            Locale locale = Locale.forLanguageTag(citizen.getLocale());
            String html = MailLayout.html(locale.getLanguage(), Messages.text(locale, "mail.site"), mail.getSubject(), body,
                    Messages.text(locale, "mail.footer", portalUrl + "/"));
            send(mail, citizen.getEmail(), body, html);
        } else {
            Path file = MailFiles.write(mailFolder(), mail.getId(), from, citizen.getEmail(), mail.getSubject(), body);
            LOG.info(() -> "mail " + mail.getId() + " for citizen " + citizen.getId() + " written to " + file);
        }
    }

    private String withLink(QueuedMail mail, Citizen citizen, AccountToken.Purpose purpose, int hours, String path) {
        return mail.getBody().replace(QueuedMail.LINK, portalUrl + path + linkTokens.issue(citizen.getId(), purpose, hours));
    }

    private Path mailFolder() {
        return Path.of(folder.orElseGet(() -> System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir")) + "/mail"));
    }

    /** Sends the plain text and its HTML version as alternatives: each mail program shows the one it can. */
    private void send(QueuedMail mail, String to, String body, String html) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        Authenticator auth = null;
        if (username.isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props, auth));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", plain, rich));
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
        } catch (MessagingException e) {
            // The consumer's transaction rolls back (the token too); the relay tries again later. The error
            // goes to the log and the outbox row: servers often quote the address, so it is masked.
            throw new IllegalStateException("SMTP send of mail " + mail.getId() + " to " + host.get() + ":" + port
                    + " failed: " + masked(e));
        }
    }

    static String masked(Throwable e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return ADDRESS.matcher(text).replaceAll("<address>");
    }
}
