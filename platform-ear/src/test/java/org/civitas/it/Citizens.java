package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.icegreen.greenmail.util.GreenMailUtil;

/** Signs people up the way a citizen does: register, read the mail received over SMTP, follow the link. */
public final class Citizens {

    public static final String PASSWORD = "une phrase de passe solide";
    public static final String ADMIN_EMAIL = "admin@civitas.local";
    public static final String ADMIN_PASSWORD = "administrateur-essai-2026";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Citizens() {
    }

    public record Citizen(long id, String email, String pseudonym, String token) {
        public Api api() {
            return Api.as(token);
        }
    }

    /** A unique address on a real-looking domain, so that tests can run again against the same database. */
    public static String email(String who) {
        return who + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet() + "@exemple-ville.fr";
    }

    public static Citizen verified(String who) {
        String email = email(who);
        String pseudonym = who + SEQ.incrementAndGet();
        Api.Reply r = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"%s","acceptTerms":true}""".formatted(email, PASSWORD, pseudonym));
        assertEquals(202, r.status(), r.body());
        String token = linkToken(email, "verify.xhtml");
        assertEquals(200, Api.anonymous().post("/auth/verify", "{\"token\":\"" + token + "\"}").status());
        return login(email, PASSWORD);
    }

    /** A verified citizen an administrator made a moderator, logged in again so the token carries the role. */
    public static Citizen moderator(String who) {
        Citizen c = verified(who);
        assertEquals(200, admin().api().put("/admin/citizens/" + c.id() + "/roles",
                "{\"roles\":[\"MODERATOR\"],\"reason\":\"équipe participation\"}").status());
        return login(c.email(), PASSWORD);
    }

    /** A verified citizen an administrator made an agent of {@code directorate}, logged in again for the role. */
    public static Citizen agent(String who, String directorate) {
        Citizen c = verified(who);
        assertEquals(200, admin().api().put("/admin/citizens/" + c.id() + "/roles",
                "{\"roles\":[\"AGENT\"],\"directorate\":\"" + directorate + "\",\"reason\":\"instruction\"}").status());
        return login(c.email(), PASSWORD);
    }

    public static Citizen login(String email, String password) {
        Api.Reply r = Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
        assertEquals(200, r.status(), r.body());
        return new Citizen(r.json().getJsonNumber("citizenId").longValue(), email, r.json().getString("pseudonym"),
                r.json().getString("token"));
    }

    public static Citizen admin() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Waits for the newest mail to {@code email} whose link points at {@code page}, and returns its token. */
    public static String linkToken(String email, String page) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] mails = PlatformServices.mail().getReceivedMessagesForDomain(email);
            for (int i = mails.length - 1; i >= 0; i--) {
                String body = GreenMailUtil.getBody(mails[i]).replace("=\r\n", "").replace("=3D", "=");
                if (body.contains(page)) {
                    Matcher m = TOKEN.matcher(body);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            sleep(100);
        }
        throw new AssertionError("no mail with a link to " + page + " reached " + email + " over SMTP; received: "
                + Arrays.toString(PlatformServices.mail().getReceivedMessagesForDomain(email)));
    }

    /** A mail's plain text: the whole body, or its text/plain alternative when it also has an HTML one. */
    public static String plainText(jakarta.mail.internet.MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return parts.getBodyPart(i).getContent().toString();
                    }
                }
            }
            return content.toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static int mailsTo(String email) {
        return PlatformServices.mail().getReceivedMessagesForDomain(email).length;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
