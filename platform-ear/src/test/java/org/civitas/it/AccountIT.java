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
        assertEquals(202, registered.status(), registered.body());
        assertEquals("Nous avons envoyé un e-mail à cette adresse. Ouvrez le lien qu'il contient pour activer votre compte.",
                registered.json().getString("message"));

        Api.Reply early = Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, Citizens.PASSWORD));
        assertEquals(403, early.status());
        assertEquals("account.login.unverified", early.error());

        String token = Citizens.linkToken(email, "/account/verify.xhtml");
        MimeMessage mail = PlatformServices.mail().getReceivedMessagesForDomain(email)[0];
        assertEquals("Confirmez votre adresse e-mail", mail.getSubject());
        assertTrue(Citizens.plainText(mail).contains("Léa du 11e"), Citizens.plainText(mail));

        // The address and the token travel only in the mail: never in the outbox (nor Kafka, see KafkaRelayIT).
        String outbox = Database.outboxPayloads();
        assertFalse(outbox.contains(email), "the outbox holds no address");
        assertFalse(outbox.contains(token), "the outbox holds no token");
        assertEquals(0, Database.awaitZero("SELECT count(*) FROM core_mail m JOIN core_citizen c ON c.id = m.citizen_id "
                + "WHERE c.email = ?", email), "a sent mail leaves nothing behind");

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

    /**
     * A citizen on a daily digest gets no mail per notice, and one mail listing them once their day is over
     * (the test moves the notices to yesterday), never two; a kind switched off is not notified at all.
     */
    @Test
    void aDailyDigestReplacesOneMailPerNoticeAndGoesOutOnce() throws Exception {
        Citizen moderator = Citizens.moderator("moderatrice-resume");
        long box = Spaces.openSpace(Citizens.admin(), "resume", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        Citizen author = Citizens.verified("resumee");
        Api.Reply set = author.api().put("/me/notification-settings", "{\"kinds\":[\"CONTRIBUTION\",\"FOLLOWED\"],\"digest\":\"DAILY\"}");
        assertEquals(200, set.status(), set.body());
        JsonObject settings = author.api().get("/me/notification-settings").json();
        assertEquals("DAILY", settings.getString("digest"));
        assertEquals(2, settings.getJsonArray("kinds").size());
        Api.Reply unknown = author.api().put("/me/notification-settings", "{\"kinds\":[\"CONTRIBUTION\"],\"digest\":\"HOURLY\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("notification.settings.invalid", unknown.error());

        int before = Citizens.mailsTo(author.email());
        long idea = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Un banc square Maurice Gardette","body":"Pour se reposer à l'ombre des platanes.","category":"Autre"}""")
                .json().getJsonNumber("id").longValue();
        decide(moderator, idea, "{\"type\":\"review\",\"version\":%d}");
        decide(moderator, idea, "{\"type\":\"information\",\"version\":%d,\"message\":\"Près de quelle entrée ?\"}");
        assertEquals(2, author.api().get("/me/notifications").array().size(), "both notices are in the portal at once");
        Citizens.sleep(4000); // the relay and the digest run every 200 ms and 2 s in the test server
        assertEquals(before, Citizens.mailsTo(author.email()), "no mail per notice");

        Database.update("UPDATE core_notification SET created_at = created_at - interval '1 day' WHERE citizen_id = ?", author.id());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (Citizens.mailsTo(author.email()) == before && java.time.Instant.now().isBefore(deadline)) {
            Citizens.sleep(200);
        }
        MimeMessage[] mails = PlatformServices.mail().getReceivedMessagesForDomain(author.email());
        assertEquals(before + 1, mails.length, "one digest");
        MimeMessage digest = mails[mails.length - 1];
        assertTrue(digest.getSubject().startsWith("Vos notifications du "), digest.getSubject());
        String body = Citizens.plainText(digest);
        assertTrue(body.contains("Près de quelle entrée") && body.contains("/components/ideabox/idea.xhtml?id=" + idea), body);
        Citizens.sleep(5000);
        assertEquals(before + 1, Citizens.mailsTo(author.email()), "never twice");
        assertEquals(1, Database.count("SELECT count(*) FROM core_digest WHERE citizen_id = ?", author.id()));

        // A kind switched off is not notified: the author hears nothing more of their own idea.
        assertEquals(200, author.api().put("/me/notification-settings", "{\"kinds\":[\"FOLLOWED\"],\"digest\":\"IMMEDIATE\"}").status());
        author.api().post("/ideabox/ideas/" + idea + "/answer", "{\"text\":\"Côté avenue Parmentier.\"}");
        decide(moderator, idea, "{\"type\":\"admissible\",\"version\":%d,\"message\":\"Étude par la DEVE.\"}");
        Citizens.sleep(2000);
        assertEquals(2, author.api().get("/me/notifications").array().size());
        assertEquals(before + 1, Citizens.mailsTo(author.email()));
    }

    private static void decide(Citizen moderator, long idea, String json) {
        int version = Api.anonymous().get("/ideabox/ideas/" + idea).json().getInt("version");
        Api.Reply r = moderator.api().post("/ideabox/ideas/" + idea + "/decision", json.formatted(version));
        assertEquals(200, r.status(), r.body());
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
        assertEquals("request.malformed", malformed.error());
        Api.Reply noTerms = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"Sans Conditions"}""".formatted(Citizens.email("x"), Citizens.PASSWORD));
        assertEquals(400, noTerms.status());
        assertEquals("account.terms.required", noTerms.error());
        Api.Reply shortPassword = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"court","pseudonym":"Court","acceptTerms":true}""".formatted(Citizens.email("y")));
        assertEquals("account.password.length", shortPassword.error());
        Api.Reply everything = Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"court","pseudonym":"Court"}""".formatted(Citizens.email("z")));
        assertEquals(400, everything.status());
        assertTrue(everything.message().contains("Le mot de passe doit compter entre")
                && everything.message().contains("Vous devez accepter les conditions"), "every problem at once: " + everything.message());
        assertEquals(400, Api.anonymous().post("/auth/register", "").status());
        assertEquals(404, Api.anonymous().get("/nowhere").status());
        assertEquals(401, Api.as("forged-token").get("/me").status());
        Api.Reply badDate = Citizens.verified("dates").api().put("/me", "{\"pseudonym\":\"Dates\",\"birthDate\":\"31/12/1990\"}");
        assertEquals(400, badDate.status(), badDate.body());
    }

    @Test
    void withoutAcceptLanguageTheApiAnswersInTheProfilesLanguage() {
        Citizens.Citizen reader = Citizens.verified("reader");
        assertEquals(200, reader.api().put("/me", "{\"pseudonym\":\"Reader\",\"locale\":\"en\"}").status());
        Api.Reply unknown = reader.api().withoutLanguage().put("/me", "{\"pseudonym\":\"Reader\",\"district\":\"75099\"}");
        assertEquals(400, unknown.status());
        assertEquals("The district \"75099\" does not exist.", unknown.message(), "in English, as the profile says");
        Api.Reply asked = reader.api().put("/me", "{\"pseudonym\":\"Reader\",\"district\":\"75099\"}");
        assertEquals("Le quartier « 75099 » n'existe pas.", asked.message(), "a stated preference still wins");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWhichAnswersLikeAWrongPassword() {
        Citizen paul = Citizens.verified("paul");
        Api.Reply wrong = null;
        for (int i = 0; i < 4; i++) {
            wrong = login(paul.email(), "pas le bon mot de passe");
            assertEquals(401, wrong.status());
        }
        Api.Reply locked = login(paul.email(), "pas le bon mot de passe");
        assertEquals(401, locked.status());
        Api.Reply evenRight = login(paul.email(), Citizens.PASSWORD);
        assertEquals(401, evenRight.status(), "the right password does not open a locked account");
        assertEquals(wrong.body(), evenRight.body(), "a locked account answers exactly as a wrong password");
        assertEquals("account.login.invalid", evenRight.error());
        assertEquals("E-mail ou mot de passe incorrect, ou compte temporairement bloqué après trop d'essais. "
                + "Réessayez plus tard ou réinitialisez votre mot de passe.", evenRight.message());
        Api.Reply english = Api.anonymous().inEnglish().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(paul.email(), Citizens.PASSWORD));
        assertTrue(english.message().startsWith("Wrong e-mail address or password, or the account is locked"),
                english.message());
    }

    @Test
    void anUnknownAddressAnswersLikeAWrongPasswordAfterTheSameWork() {
        Citizen noa = Citizens.verified("noa");
        String unknown = Citizens.email("inconnu");
        long wrongFastest = Long.MAX_VALUE;
        long unknownFastest = Long.MAX_VALUE;
        // Four wrong passwords: one fewer than the lock-out.
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Api.Reply wrong = login(noa.email(), "pas le bon mot de passe");
            wrongFastest = Math.min(wrongFastest, System.nanoTime() - start);
            start = System.nanoTime();
            Api.Reply nobody = login(unknown, "pas le bon mot de passe");
            unknownFastest = Math.min(unknownFastest, System.nanoTime() - start);
            assertEquals(401, nobody.status());
            assertEquals(wrong.body(), nobody.body(), "same status, code and message");
        }
        // Without the dummy Argon2id check an unknown address answered in a few milliseconds.
        assertTrue(unknownFastest * 2 > wrongFastest, "unknown address " + unknownFastest / 1_000_000 + " ms, wrong "
                + "password " + wrongFastest / 1_000_000 + " ms");
        Citizens.login(noa.email(), Citizens.PASSWORD);
    }

    @Test
    void signingUpWithATakenAddressAnswersLikeASignUpAndTellsTheOwner() {
        Citizen owner = Citizens.verified("titulaire");
        int mailsBefore = Citizens.mailsTo(owner.email());
        long n = System.nanoTime() % 1_000_000;
        Api.Reply fresh = register(Citizens.email("nouvelle"), "Nouvelle " + n, Citizens.PASSWORD);
        Api.Reply taken = register(owner.email(), "Intrus " + n, Citizens.PASSWORD);
        assertEquals(202, fresh.status(), fresh.body());
        assertEquals(fresh.status(), taken.status());
        assertEquals(fresh.body(), taken.body(), "same answer whether or not the address has an account");

        MimeMessage mail = awaitMail(owner.email(), mailsBefore);
        assertEquals("Tentative d'inscription avec votre adresse e-mail", subject(mail));
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertTrue(body.contains("/account/forgot.xhtml"), body);
        assertFalse(body.contains("token="), "no link with a token: " + body);
        Citizens.login(owner.email(), Citizens.PASSWORD);
        // The pseudonym is held just as a new account holds its own, so that it tells nothing about the address.
        Api.Reply afterFresh = register(Citizens.email("autre"), "Nouvelle " + n, Citizens.PASSWORD);
        Api.Reply afterTaken = register(Citizens.email("autre"), "Intrus " + n, Citizens.PASSWORD);
        assertEquals(409, afterTaken.status(), afterTaken.body());
        assertEquals(afterFresh.body(), afterTaken.body());

        // Pseudonyms are public, so a taken one is refused, whether the address is new or not.
        Api.Reply pseudonym = register(Citizens.email("homonyme"), owner.pseudonym(), Citizens.PASSWORD);
        assertEquals(409, pseudonym.status());
        assertEquals("account.pseudonym.taken", pseudonym.error());
        assertEquals(pseudonym.body(), register(owner.email(), owner.pseudonym(), Citizens.PASSWORD).body());
    }

    @Test
    void commonAndRepeatedPasswordsAreRefused() {
        Api.Reply common = register(Citizens.email("commun"), "Commun " + System.nanoTime() % 100000, "Qwerty123456");
        assertEquals(400, common.status());
        assertEquals("account.password.common", common.error());
        assertTrue(common.message().startsWith("Ce mot de passe figure parmi les plus utilisés"), common.message());
        Api.Reply repeated = Api.anonymous().inEnglish().post("/auth/register", """
                {"email":"%s","password":"aaaaaaaaaaaaaa","pseudonym":"Repete %d","acceptTerms":true}"""
                .formatted(Citizens.email("repete"), System.nanoTime() % 100000));
        assertEquals(400, repeated.status());
        assertEquals("account.password.repeated", repeated.error());
        assertEquals("The password cannot be one character repeated.", repeated.message());
    }

    @Test
    void passwordResetByMail() {
        Citizen zoe = Citizens.verified("zoe");
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + zoe.email() + "\"}").status());
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + Citizens.email("personne") + "\"}").status());
        String first = Citizens.linkToken(zoe.email(), "/account/reset.xhtml");
        int mails = Citizens.mailsTo(zoe.email());
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + zoe.email() + "\"}").status());
        awaitMail(zoe.email(), mails);
        String token = Citizens.linkToken(zoe.email(), "/account/reset.xhtml");
        assertFalse(first.equals(token), "each mail has its own token");
        String outbox = Database.outboxPayloads();
        assertFalse(outbox.contains(zoe.email()), "the outbox holds no address");
        assertFalse(outbox.contains(first) || outbox.contains(token), "the outbox holds no token");

        assertEquals(204, Api.anonymous().post("/auth/password-reset/confirm", """
                {"token":"%s","password":"un tout nouveau mot de passe"}""".formatted(token)).status());
        Api.Reply older = Api.anonymous().post("/auth/password-reset/confirm", """
                {"token":"%s","password":"encore un autre mot de passe"}""".formatted(first));
        assertEquals(400, older.status(), "a reset voids the account's other reset links");
        assertEquals("account.reset.invalid", older.error());
        assertEquals(401, zoe.api().get("/me").status(), "a reset revokes existing tokens");
        assertEquals(401, Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(zoe.email(), Citizens.PASSWORD)).status());
        Citizens.login(zoe.email(), "un tout nouveau mot de passe");
    }

    @Test
    void aSignedInCitizenChangesTheirPasswordAndOtherSessionsEnd() {
        Citizen ana = Citizens.verified("ana");
        Citizen elsewhere = Citizens.login(ana.email(), Citizens.PASSWORD);
        Api.Reply wrong = ana.api().put("/me/password", """
                {"currentPassword":"pas le bon mot de passe","newPassword":"ma nouvelle phrase de passe"}""");
        assertEquals(400, wrong.status());
        assertEquals("account.password.current-wrong", wrong.error());
        Api.Reply common = ana.api().put("/me/password", """
                {"currentPassword":"%s","newPassword":"1qaz2wsx3edc"}""".formatted(Citizens.PASSWORD));
        assertEquals("account.password.common", common.error());
        assertEquals(401, Api.anonymous().put("/me/password", """
                {"currentPassword":"%s","newPassword":"ma nouvelle phrase de passe"}""".formatted(Citizens.PASSWORD)).status());

        assertEquals(204, ana.api().put("/me/password", """
                {"currentPassword":"%s","newPassword":"ma nouvelle phrase de passe"}""".formatted(Citizens.PASSWORD)).status());
        assertEquals(200, ana.api().get("/me").status(), "this session stays signed in");
        assertEquals(401, elsewhere.api().get("/me").status(), "other sessions are revoked");
        assertEquals(401, login(ana.email(), Citizens.PASSWORD).status());
        Citizens.login(ana.email(), "ma nouvelle phrase de passe");
    }

    @Test
    void expiredTokensArePurgedBySchedule() {
        Citizen kim = Citizens.verified("kim");
        long apiId = -System.nanoTime() % 1_000_000_000L - 1;
        long mailTokenId = apiId - 1;
        Database.update("INSERT INTO core_api_token (id, citizen_id, token_hash, created_at, expires_at) "
                + "VALUES (?, ?, md5(random()::text) || md5(random()::text), now() - interval '31 days', "
                + "now() - interval '1 day')", apiId, kim.id());
        Database.update("INSERT INTO core_account_token (id, citizen_id, purpose, token_hash, expires_at) "
                + "VALUES (?, ?, 'RESET_PASSWORD', md5(random()::text) || md5(random()::text), now() - interval '1 hour')",
                mailTokenId, kim.id());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        String sql = "SELECT (SELECT count(*) FROM core_api_token WHERE id = ?) + (SELECT count(*) FROM core_account_token WHERE id = ?)";
        while (Database.count(sql, apiId, mailTokenId) > 0 && java.time.Instant.now().isBefore(deadline)) {
            Citizens.sleep(200);
        }
        assertEquals(0, Database.count(sql, apiId, mailTokenId), "expired tokens purged");
        assertEquals(200, kim.api().get("/me").status(), "valid tokens stay");
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
        assertEquals(0, Database.count("SELECT count(*) FROM core_mail WHERE citizen_id = ?", marc.id()),
                "no mail left waiting for an erased account");
        assertEquals(401, marc.api().get("/me").status());
        assertEquals(401, Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(marc.email(), Citizens.PASSWORD)).status());
        var notes = Api.anonymous().get("/probe/notes").array();
        assertEquals(notesBefore, notes.size(), "contributions stay counted");
        assertFalse(notes.toString().contains(marc.pseudonym()), "the author's name is gone");
        // The address is free again: nothing personal is left under it, and a new confirmation link comes.
        int mails = Citizens.mailsTo(marc.email());
        assertEquals(202, register(marc.email(), "Marc Revenu " + System.nanoTime() % 100000, Citizens.PASSWORD).status());
        MimeMessage again = awaitMail(marc.email(), mails);
        assertEquals("Confirmez votre adresse e-mail", subject(again));
    }

    private static Api.Reply login(String email, String password) {
        return Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
    }

    private static Api.Reply register(String email, String pseudonym, String password) {
        return Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"%s","acceptTerms":true}""".formatted(email, password, pseudonym));
    }

    /** Waits for the mail after the first {@code before} ones to reach the address, and returns it. */
    private static MimeMessage awaitMail(String email, int before) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            MimeMessage[] mails = PlatformServices.mail().getReceivedMessagesForDomain(email);
            if (mails.length > before) {
                return mails[before];
            }
            Citizens.sleep(100);
        }
        throw new AssertionError("no new mail reached " + email);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
