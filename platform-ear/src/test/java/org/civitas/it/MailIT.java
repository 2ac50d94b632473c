package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Mails go out as plain text with an HTML alternative in the portal's identity, over real SMTP (GreenMail). */
@PlatformIT
class MailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void aConfirmationMailHasItsPlainTextAndAnHtmlVersionBothWithTheLink() throws Exception {
        String email = Citizens.email("courrier");
        String pseudonym = "Nina d'Oberkampf " + System.nanoTime() % 100_000;
        Api.Reply registered = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"%s","acceptTerms":true}"""
                .formatted(email, Citizens.PASSWORD, pseudonym));
        assertEquals(202, registered.status(), registered.body());
        MimeMessage mail = awaitMail(email);
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(plain.isMimeType("text/plain"), "the plain text comes first, for programs that show only text");
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        String text = plain.getContent().toString();
        String page = html.getContent().toString();
        assertTrue(text.contains("/account/verify.xhtml?token="), text);
        assertTrue(text.contains(pseudonym), text);
        assertTrue(page.matches("(?s).*<a href=\"[^\"]*/account/verify\\.xhtml\\?token=[A-Za-z0-9_-]+\".*"), page);
        assertTrue(page.contains("Confirmez votre adresse e-mail</h1>"), page);
        assertTrue(page.contains(pseudonym.replace("'", "&#39;")), "what people wrote is escaped: " + page);
    }

    private static MimeMessage awaitMail(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] mails = PlatformServices.mail().getReceivedMessagesForDomain(email);
            if (mails.length > 0) {
                return mails[0];
            }
            Citizens.sleep(100);
        }
        throw new AssertionError("no mail reached " + email);
    }
}
