package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Floods are cut short with 429 and a Retry-After, whatever the account or address. The test server trusts
 * 127.0.0.1 as its reverse proxy and exempts it (as a town hall's terminals would be), so these tests speak
 * through {@code X-Forwarded-For} as distinct people; the other test classes are not limited.
 */
@PlatformIT
class AbuseLimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(HttpClient.newHttpClient(), request);
    }

    private static String address() {
        return "203.0.113." + (1 + (int) (System.nanoTime() % 250));
    }

    @Test
    void tenSignUpsAnHourFromOneAddress() {
        Api from = Api.anonymous().from(address());
        for (int i = 0; i < 10; i++) {
            Api.Reply r = from.post("/auth/register", """
                    {"email":"%s","password":"%s","pseudonym":"vague%d","acceptTerms":true}"""
                    .formatted(Citizens.email("vague"), Citizens.PASSWORD, System.nanoTime() % 1_000_000_000L));
            assertTrue(r.status() < 300, r.body());
        }
        Api.Reply refused = from.post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"vague-de-trop","acceptTerms":true}"""
                .formatted(Citizens.email("vague"), Citizens.PASSWORD));
        assertEquals(429, refused.status(), refused.body());
        assertEquals("limit.exceeded", refused.error());
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
        assertTrue(refused.message().contains("Réessayez dans"), refused.message());
        assertTrue(Api.anonymous().from(address() + "1").post("/auth/register", "{}").status() != 429,
                "another address is not limited");
        // A client's own X-Forwarded-For line does not get it a new allowance: the proxy's line, added last, counts.
        HttpResponse<String> spoofed = send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + "/api/v1/auth/register"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.77")
                .header("X-Forwarded-For", from.address())
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + Citizens.email("vague") + "\"}")));
        assertEquals(429, spoofed.statusCode(), spoofed.body());
    }

    /**
     * Behind a reverse proxy or an operator's NAT a whole city may share one address: its successful logins
     * never count, only failures do (the test server allows 10 per window), and each address counts its own.
     */
    @Test
    void onlyFailedLoginsCountAgainstAnAddress() {
        Citizen regular = Citizens.verified("habituee");
        String rightPassword = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(regular.email(), Citizens.PASSWORD);
        Api from = Api.anonymous().from(address());
        for (int i = 0; i < 40; i++) {
            Api.Reply r = from.post("/auth/login", rightPassword);
            assertEquals(200, r.status(), "login " + i + ": " + r.body());
        }
        for (int i = 0; i < 10; i++) {
            Api.Reply r = from.post("/auth/login", "{\"email\":\"%s\",\"password\":\"pas le bon mot de passe\"}"
                    .formatted(Citizens.email("inconnu")));
            assertEquals(401, r.status(), "failure " + i + ": " + r.body());
        }
        Api.Reply refused = from.post("/auth/login", rightPassword);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("account.login.throttled", refused.error());
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
        assertTrue(refused.message().startsWith("Trop de connexions manquées depuis votre adresse réseau. Réessayez dans"),
                refused.message());
        assertEquals(200, Api.anonymous().from(address() + "1").post("/auth/login", rightPassword).status(),
                "another address is not limited, and the account is not locked by others' failures");
    }

    @Test
    void threeMailsAnHourToOneRecipientWhateverTheAddress() {
        String email = Citizens.verified("boite").email();
        for (int i = 0; i < 3; i++) {
            assertEquals(202, Api.anonymous().from(address()).post("/auth/password-reset", "{\"email\":\"" + email + "\"}").status());
        }
        Api.Reply refused = Api.anonymous().from(address()).post("/auth/verify/resend", "{\"email\":\"" + email.toUpperCase() + "\"}");
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.header("Retry-After").isPresent());
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + Citizens.email("autre") + "\"}").status(),
                "another recipient is not limited");
    }

    @Test
    void twentyReportsAnHourFromOneAccount() {
        long probe = Spaces.openSpaceWithProbe(Citizens.admin(), "signalements");
        Citizen author = Citizens.verified("prolixe");
        Citizen reporter = Citizens.verified("delateur");
        for (int i = 0; i <= 20; i++) {
            String note = author.api().post("/probe/" + probe + "/propose?text=note" + i, "").json().getString("id");
            Api.Reply r = reporter.api().post("/reports", "{\"component\":\"probe\",\"contributionId\":\"" + note
                    + "\",\"reason\":\"SPAM\"}");
            assertEquals(i < 20 ? 201 : 429, r.status(), i + ": " + r.body());
        }
    }

    @Test
    void tenCommentsInTenMinutesFromOneAccount() {
        Citizen admin = Citizens.admin();
        long box = Spaces.openSpace(admin, "commentaires", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        Citizen talker = Citizens.verified("bavard");
        long idea = talker.api().post("/ideabox/" + box + "/ideas",
                "{\"title\":\"Un banc place Monge\",\"body\":\"Pour s'asseoir à l'ombre.\",\"category\":\"Autre\"}")
                .json().getJsonNumber("id").longValue();
        for (int i = 0; i <= 10; i++) {
            Api.Reply r = talker.api().post("/ideabox/ideas/" + idea + "/comments", "{\"text\":\"Oui, vraiment " + i + "\"}");
            assertEquals(i < 10 ? 201 : 429, r.status(), i + ": " + r.body());
        }
    }
}
