package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The citizen account end to end: sign-up, mail over SMTP, login, profile, lock-out, GDPR export and erasure. */
@PlatformIT
class AccountIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void signUpVerifyByMailAndLogIn() throws Exception {
        String email = Citizens.email("lea");
        Api.Reply registered = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"Léa du 11e","acceptTerms":true}"""
                .formatted(email, Citizens.PASSWORD));
        assertEquals(201, registered.status(), registered.body());

        Api.Reply early = Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, Citizens.PASSWORD));
        assertEquals(403, early.status());
        assertEquals("account.login.unverified", early.error());

        String token = Citizens.linkToken(email, "/account/verify.xhtml");
        MimeMessage mail = PlatformServices.mail().getReceivedMessagesForDomain(email)[0];
        assertEquals("Confirmez votre adresse e-mail", mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains("Léa du 11e") || mail.getContent().toString().contains("Léa du 11e"));

        assertEquals(200, Api.anonymous().post("/auth/verify", "{\"token\":\"" + token + "\"}").status());
        Api.Reply reused = Api.anonymous().post("/auth/verify", "{\"token\":\"" + token + "\"}");
        assertEquals(400, reused.status());

        Citizen lea = Citizens.login(email, Citizens.PASSWORD);
        JsonObject me = lea.api().get("/me").json();
        assertEquals(email, me.getString("email"));
        assertEquals("Léa du 11e", me.getString("pseudonym"));
        assertTrue(me.getBoolean("emailVerified"));

        assertEquals(204, lea.api().post("/auth/logout", "").status());
        assertEquals(401, lea.api().get("/me").status());
    }

    @Test
    void disposableDomainsAreRefusedInTheCallersLanguage() {
        String body = """
                {"email":"quelqu.un@yopmail.com","password":"%s","pseudonym":"Jetable","acceptTerms":true}"""
                .formatted(Citizens.PASSWORD);
        Api.Reply fr = Api.anonymous().post("/auth/register", body);
        assertEquals(400, fr.status());
        assertEquals("account.email.disposable", fr.error());
        assertTrue(fr.message().startsWith("Les adresses e-mail jetables ne sont pas acceptées"), fr.message());
        Api.Reply en = Api.anonymous().inEnglish().post("/auth/register", body.replace("yopmail.com", "mailinator.com"));
        assertEquals(400, en.status());
        assertTrue(en.message().startsWith("Disposable e-mail addresses are not accepted"), en.message());
    }

    @Test
    void badInputGetsA4xxWithAMessageNeverA5xx() {
        Api.Reply malformed = Api.anonymous().post("/auth/register", "{\"email\": ");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("request.invalid", malformed.error());
        Api.Reply noTerms = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"Sans Conditions"}""".formatted(Citizens.email("x"), Citizens.PASSWORD));
        assertEquals(400, noTerms.status());
        assertEquals("account.terms.required", noTerms.error());
        Api.Reply shortPassword = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"court","pseudonym":"Court","acceptTerms":true}""".formatted(Citizens.email("y")));
        assertEquals("account.password.length", shortPassword.error());
        assertEquals(400, Api.anonymous().post("/auth/register", "").status());
        assertEquals(404, Api.anonymous().get("/nowhere").status());
        assertEquals(401, Api.as("forged-token").get("/me").status());
        Api.Reply badDate = Citizens.verified("dates").api().put("/me", "{\"pseudonym\":\"Dates\",\"birthDate\":\"31/12/1990\"}");
        assertEquals(400, badDate.status(), badDate.body());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        Citizen paul = Citizens.verified("paul");
        for (int i = 0; i < 4; i++) {
            assertEquals(401, Api.anonymous().post("/auth/login", """
                    {"email":"%s","password":"pas le bon mot de passe"}""".formatted(paul.email())).status());
        }
        Api.Reply locked = Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"pas le bon mot de passe"}""".formatted(paul.email()));
        assertEquals(429, locked.status());
        Api.Reply evenRight = Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(paul.email(), Citizens.PASSWORD));
        assertEquals(429, evenRight.status(), "the right password does not open a locked account");
        assertEquals("account.login.locked", evenRight.error());
    }

    @Test
    void passwordResetByMail() {
        Citizen zoe = Citizens.verified("zoe");
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + zoe.email() + "\"}").status());
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"personne@exemple-ville.fr\"}").status());
        String token = Citizens.linkToken(zoe.email(), "/account/reset.xhtml");
        assertEquals(204, Api.anonymous().post("/auth/password-reset/confirm", """
                {"token":"%s","password":"un tout nouveau mot de passe"}""".formatted(token)).status());
        assertEquals(401, zoe.api().get("/me").status(), "a reset revokes existing tokens");
        assertEquals(401, Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(zoe.email(), Citizens.PASSWORD)).status());
        Citizens.login(zoe.email(), "un tout nouveau mot de passe");
    }

    @Test
    void profileTakesResidenceInAKnownDistrict() {
        Citizen ines = Citizens.verified("ines");
        Api.Reply saved = ines.api().put("/me", """
                {"pseudonym":"Inès","birthDate":"1988-04-02","address":"12 rue Oberkampf","district":"75011","newsletterConsent":true}""");
        assertEquals(200, saved.status(), saved.body());
        assertEquals("75011", saved.json().getString("district"));
        Api.Reply unknown = ines.api().put("/me", "{\"pseudonym\":\"Inès\",\"district\":\"75099\"}");
        assertEquals(400, unknown.status());
        assertEquals("account.district.unknown", unknown.error());
        assertEquals(20, Api.anonymous().get("/districts").array().size());
    }

    @Test
    void exportHoldsEverythingAndErasureKeepsContributionsAnonymised() {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "rgpd");
        Citizen marc = Citizens.verified("marc");
        assertEquals(201, marc.api().post("/probe/" + probe + "/propose", "").status());
        int notesBefore = Api.anonymous().get("/probe/notes").array().size();

        Api.Reply export = marc.api().get("/me/export");
        assertEquals(200, export.status(), export.body());
        JsonObject data = export.json();
        assertEquals(marc.email(), data.getJsonObject("account").getString("email"));
        assertEquals(1, data.getJsonObject("contributions").getJsonObject("probe").getJsonArray("notes").size());

        assertEquals(204, marc.api().delete("/me").status());
        assertEquals(401, marc.api().get("/me").status());
        assertEquals(401, Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(marc.email(), Citizens.PASSWORD)).status());
        var notes = Api.anonymous().get("/probe/notes").array();
        assertEquals(notesBefore, notes.size(), "contributions stay counted");
        assertFalse(notes.toString().contains(marc.pseudonym()), "the author's name is gone");
        // The address is free again: nothing personal is left under it.
        assertEquals(201, Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"Marc Revenu","acceptTerms":true}"""
                .formatted(marc.email(), Citizens.PASSWORD)).status());
    }
}
