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
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued e-mails over SMTP. Without {@code civitas.mail.host} (the embedded default) mails are
 * only written to the log, so that a developer can follow the links.
 */
@ApplicationScoped
public class MailCourier implements EventConsumer<MailQueued> {

    private static final Logger LOG = Logger.getLogger(MailCourier.class.getName());

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
    @ConfigProperty(name = "civitas.mail.log-body", defaultValue = "false")
    boolean logBody;

    @Override
    public String name() {
        return "core.mail";
    }

    @Override
    public Class<MailQueued> eventType() {
        return MailQueued.class;
    }

    @Override
    public void consume(MailQueued mail, EventMetadata metadata) {
        if (logBody || host.isEmpty()) {
            LOG.info(() -> "Mail to " + mail.to() + " — " + mail.subject() + "\n" + mail.body());
        }
        if (host.isEmpty()) {
            return;
        }
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
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
        } catch (MessagingException e) {
            // The relay keeps the event and tries again later.
            throw new IllegalStateException("SMTP send to " + host.get() + ":" + port + " failed: " + e.getMessage(), e);
        }
    }
}
