package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idea box over real HTTP: filing, every triage path, redirects through the SPI, conflicts, permissions. */
@PlatformIT
class IdeaBoxIT {

    private static final String IDEA = """
            {"title":"%s","body":"Planter des arbres et des fleurs le long de la rue pour l'ombre en été.",
             "category":"Espaces verts","district":"75011","address":"rue de la Roquette"}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private Citizen admin;
    private Citizen moderator;
    private long box;

    @BeforeEach
    void openBox() {
        admin = Citizens.admin();
        moderator = Citizens.moderator("moderatrice");
        box = Spaces.openSpace(admin, "idees", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
    }

    @Test
    void aFiledIdeaShowsEachDecisionOnItsPageAndTellsItsAuthor() {
        Citizen author = Citizens.verified("autrice");
        Citizen other = Citizens.verified("voisin");

        Api.Reply tooShort = author.api().post("/ideabox/" + box + "/ideas", IDEA.formatted("Ab"));
        assertEquals(400, tooShort.status());
        assertEquals("Le titre doit faire entre 5 et 150 caractères.", tooShort.message());
        Api.Reply badCategory = author.api().inEnglish().post("/ideabox/" + box + "/ideas",
                IDEA.formatted("Des arbres rue de la Roquette").replace("Espaces verts", "Jardins"));
        assertEquals(400, badCategory.status());
        assertTrue(badCategory.message().startsWith("Choose a category from the list: Cadre de vie"), badCategory.body());
        Api.Reply preferred = author.api().in("de-DE, en;q=0.5, fr;q=0.4").post("/ideabox/" + box + "/ideas", IDEA.formatted("Ab"));
        assertEquals("The title must be 5 to 150 characters long.", preferred.message(), "the first supported language");
        // The portal reads the same header with the same rule; a malformed one is no error there, but French.
        assertTrue(portalPage("de, en;q=0.5").contains("lang=\"en\""));
        assertTrue(portalPage("en;q=abc").contains("lang=\"fr\""));

        // A draft is its author's alone.
        JsonObject draft = author.api().post("/ideabox/" + box + "/ideas?draft=true",
                IDEA.formatted("Des arbres rue de la Roquette")).json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(404, other.api().get("/ideabox/ideas/" + id).status());
        assertEquals(404, Api.anonymous().get("/ideabox/ideas/" + id).status());
        assertFalse(Api.anonymous().get("/ideabox/" + box + "/ideas").body().contains("\"id\":" + id + ","));
        assertTrue(author.api().get("/ideabox/" + box + "/ideas/mine").body().contains("\"id\":" + id + ","));

        JsonObject filed = author.api().put("/ideabox/ideas/" + id + "?submit=true",
                IDEA.formatted("Des arbres rue de la Roquette")).json();
        assertEquals("RECEIVED", filed.getString("status"));
        assertTrue(Api.anonymous().get("/ideabox/" + box + "/ideas?category=Espaces%20verts&district=75011")
                .body().contains("\"id\":" + id + ","));

        JsonObject reviewed = decide(moderator, id, "{\"type\":\"review\",\"version\":%d}");
        assertEquals("UNDER_REVIEW", reviewed.getString("status"));
        JsonObject asked = decide(moderator, id,
                "{\"type\":\"information\",\"version\":%d,\"message\":\"À quel numéro de la rue pensez-vous ?\"}");
        assertEquals("INFORMATION_REQUESTED", asked.getString("status"));
        assertTrue(queueWith(moderator, "").contains("\"id\":" + id + ","), "waiting for its author is still in the queue");

        assertEquals(409, other.api().post("/ideabox/ideas/" + id + "/answer", "{\"text\":\"Au 12\"}").status());
        JsonObject answered = author.api().post("/ideabox/ideas/" + id + "/answer",
                "{\"text\":\"Entre le 10 et le 40, côté soleil.\"}").json();
        assertEquals("UNDER_REVIEW", answered.getString("status"));
        assertTrue(queueOf(moderator, "UNDER_REVIEW").contains("\"id\":" + id + ","), "back in the queue");

        JsonObject admissible = decide(moderator, id, "{\"type\":\"admissible\",\"version\":%d,\"message\":\"Étude par la DEVE.\"}");
        assertEquals("ADMISSIBLE", admissible.getString("status"));

        JsonObject page = Api.anonymous().get("/ideabox/ideas/" + id).json();
        List<String> kinds = page.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind")).toList();
        assertEquals(List.of("FILED", "REVIEW", "INFORMATION_REQUESTED", "ANSWERED", "ADMISSIBLE"), kinds);
        assertFalse(page.toString().contains(moderator.pseudonym()), "the public history never names the moderator");

        // Each decision reaches the author in the portal and by e-mail (three decisions).
        String notices = author.api().get("/me/notifications").body();
        assertTrue(notices.contains("Idée « Des arbres rue de la Roquette » : Recevable"), notices);
        awaitMails(author.email(), 3);
    }

    @Test
    void anIdeasPageShowsItsPointAndAsksVisitorsToLogInToSupportIt() {
        Citizen author = Citizens.verified("cartographe");
        long placed = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Un banc square Trousseau","body":"Un banc à l'ombre pour les parents près des jeux.",
                 "category":"Espaces verts","district":"75012","address":"square Trousseau","latitude":48.8503,"longitude":2.3770}""")
                .json().getJsonNumber("id").longValue();
        String page = PortalSession.anonymous().get("/components/ideabox/idea.xhtml?id=" + placed);
        assertTrue(page.contains("id=\"idea-map\""), page);
        String places = page.substring(page.indexOf("data-places=\""), page.indexOf("data-tiles="));
        assertTrue(places.contains("48.8503") && places.contains("2.377"), places);
        assertTrue(page.contains("Emplacement de l'idée : square Trousseau"), "the address says the place in words");
        // An anonymous visitor is asked to log in, and the login page is told to come back here.
        assertTrue(page.contains("account/login.xhtml?back=%2Fcomponents%2Fideabox%2Fidea.xhtml%3Fid%3D" + placed), page);
        assertTrue(page.contains("Connectez-vous pour soutenir"), page);
        String signedIn = PortalSession.signIn(Citizens.verified("lectrice").email(), Citizens.PASSWORD)
                .get("/components/ideabox/idea.xhtml?id=" + placed);
        assertFalse(signedIn.contains("id=\"login-to-support\""), "a signed-in citizen supports directly");

        long unplaced = file(author, "Des fontaines dans toute la ville");
        assertFalse(PortalSession.anonymous().get("/components/ideabox/idea.xhtml?id=" + unplaced).contains("id=\"idea-map\""),
                "no map without a point");
    }

    @Test
    void anAuthorChangesOrWithdrawsTheirIdeaOnlyWhileItWaitsAndAtTheVersionTheySaw() {
        Citizen author = Citizens.verified("auteure");
        Citizen other = Citizens.verified("riveraine");
        long id = file(author, "Un potager rue des Vignoles");
        int seen = version(id);
        String changed = IDEA.formatted("Un potager partagé rue des Vignoles");
        assertEquals(400, author.api().put("/ideabox/ideas/" + id, changed).status(), "the version seen is required");
        assertEquals(409, other.api().put("/ideabox/ideas/" + id + "?version=" + seen, changed).status(), "only its author");
        JsonObject edited = author.api().put("/ideabox/ideas/" + id + "?version=" + seen, changed).json();
        assertEquals("Un potager partagé rue des Vignoles", edited.getString("title"));
        assertEquals("RECEIVED", edited.getString("status"), "still waiting, in its place in the queue");
        assertEquals("EDITED", last(edited).getString("kind"), "the history says it changed");
        Api.Reply stale = author.api().put("/ideabox/ideas/" + id + "?version=" + seen, IDEA.formatted("Encore un autre titre"));
        assertEquals(409, stale.status(), "a change made from an old page is refused");
        assertTrue(stale.message().contains("Rechargez la page"), stale.body());
        // A moderator deciding from the page before the change is refused too: they see what they decide on.
        assertEquals(409, moderator.api().post("/ideabox/ideas/" + id + "/decision",
                "{\"type\":\"review\",\"version\":" + seen + "}").status());

        decide(moderator, id, "{\"type\":\"review\",\"version\":%d}");
        assertEquals(409, author.api().put("/ideabox/ideas/" + id + "?version=" + version(id), changed).status(),
                "under review, it stays as filed");
        assertEquals(409, author.api().post("/ideabox/ideas/" + id + "/withdrawal", "{\"version\":" + version(id) + "}").status());

        String marker = "Quinquina" + System.nanoTime() % 100000;
        long gone = file(author, "Une boîte à livres " + marker);
        await(Api.anonymous(), "/search?q=" + marker, r -> r.toString().contains("\"" + gone + "\""));
        assertEquals(409, other.api().post("/ideabox/ideas/" + gone + "/withdrawal", "{\"version\":" + version(gone) + "}").status());
        JsonObject withdrawn = author.api().post("/ideabox/ideas/" + gone + "/withdrawal",
                "{\"version\":" + version(gone) + "}").json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertFalse(Api.anonymous().get("/ideabox/" + box + "/ideas").body().contains("\"id\":" + gone + ","), "not listed");
        assertEquals(404, other.api().get("/ideabox/ideas/" + gone).status(), "its page is its author's and moderators'");
        assertEquals(200, author.api().get("/ideabox/ideas/" + gone).status());
        assertFalse(queueWith(moderator, "").contains("\"id\":" + gone + ","), "nobody has to decide on it");
        await(Api.anonymous(), "/search?q=" + marker, r -> !r.toString().contains("\"" + gone + "\""));
        assertEquals(404, other.api().put("/ideabox/ideas/" + gone + "/support", "").status(), "nor supported");
        assertEquals(404, author.api().post("/ideabox/ideas/" + gone + "/comments", "{\"text\":\"Encore un mot\"}").status(),
                "nor commented, even by its author");
    }

    @Test
    void commentsAreChangedOrDeletedByTheirAuthorUntilAnsweredAndRepliesGoOneLevelDeep() {
        Citizen author = Citizens.verified("commentatrice");
        Citizen replier = Citizens.verified("repondant");
        long id = file(Citizens.verified("porteuse"), "Des toilettes publiques place Gambetta");
        long first = author.api().post("/ideabox/ideas/" + id + "/comments", "{\"text\":\"Bonne idée, vers le métro ?\"}")
                .json().getJsonNumber("id").longValue();
        long second = author.api().post("/ideabox/ideas/" + id + "/comments", "{\"text\":\"Avec un point d'eau.\"}")
                .json().getJsonNumber("id").longValue();

        assertEquals(403, replier.api().put("/ideabox/comments/" + first, "{\"text\":\"Détourné\"}").status(), "only its author");
        JsonObject rewritten = author.api().put("/ideabox/comments/" + first, "{\"text\":\"Bonne idée, près du métro ?\"}").json();
        assertEquals("Bonne idée, près du métro ?", rewritten.getString("body"));
        assertTrue(rewritten.containsKey("editedAt") && !rewritten.isNull("editedAt"), "marked as changed");

        JsonObject reply = replier.api().post("/ideabox/ideas/" + id + "/comments",
                "{\"text\":\"Oui, sortie rue Belgrand.\",\"replyTo\":" + first + "}").json();
        long replyId = reply.getJsonNumber("id").longValue();
        // A reply to a reply joins the same discussion: one level deep.
        long deeper = author.api().post("/ideabox/ideas/" + id + "/comments",
                "{\"text\":\"Merci, c'est noté.\",\"replyTo\":" + replyId + "}").json().getJsonNumber("id").longValue();
        Api.Reply answered = author.api().put("/ideabox/comments/" + first, "{\"text\":\"Tout autre chose\"}");
        assertEquals(409, answered.status(), "a reply keeps what it answers");
        assertEquals(409, author.api().delete("/ideabox/comments/" + first).status());

        assertEquals(204, author.api().delete("/ideabox/comments/" + second).status());
        JsonArray comments = Api.anonymous().get("/ideabox/ideas/" + id).json().getJsonArray("comments");
        assertEquals(List.of(first), ids(comments), "the deleted comment is gone; replies sit under their comment");
        JsonArray replies = comments.getJsonObject(0).getJsonArray("replies");
        assertEquals(List.of(replyId, deeper), ids(replies));
        assertTrue(replies.getJsonObject(0).getJsonArray("replies").isEmpty());
        assertEquals(400, author.api().post("/ideabox/ideas/" + id + "/comments",
                "{\"text\":\"Ailleurs\",\"replyTo\":" + second + "}").status(), "no reply to a deleted comment");
    }

    @Test
    void supportingDoesNotFollowFollowingIsItsOwnChoice() {
        Citizen author = Citizens.verified("proposante");
        Citizen supporter = Citizens.verified("soutien");
        long id = file(author, "Des bancs le long du canal Saint-Martin");
        JsonObject supported = supporter.api().put("/ideabox/ideas/" + id + "/support", "").json();
        assertTrue(supported.getBoolean("supportedByMe"));
        assertFalse(supported.getBoolean("followedByMe"), "supporting does not subscribe");
        decide(moderator, id, "{\"type\":\"review\",\"version\":%d}");
        assertFalse(supporter.api().get("/me/notifications").body().contains("Des bancs le long du canal"),
                "a supporter who did not follow hears nothing");
        assertTrue(supporter.api().put("/ideabox/ideas/" + id + "/follow", "").json().getBoolean("followedByMe"));
        decide(moderator, id, "{\"type\":\"admissible\",\"version\":%d}");
        assertTrue(supporter.api().get("/me/notifications").body().contains("Des bancs le long du canal"));
    }

    @Test
    void internalNotesStayWithModeratorsAndTheAgentTheIdeaIsAssignedToAndDuplicatesAreFoundByTitle() {
        Citizen author = Citizens.verified("auteur-notes");
        Citizen agent = Citizens.agent("agent-deve", "DEVE");
        long id = file(author, "Un jardin partagé rue Ramponeau");
        long original = file(Citizens.verified("jardiniere"), "Jardin partagé Ramponeau-Belleville");
        long elsewhere = Spaces.openSpace(admin, "autre-boite", """
                {"manifestId":"ideabox","title":"Autre boîte","published":true}""").get(0);
        Api.Reply other = author.api().post("/ideabox/" + elsewhere + "/ideas", IDEA.formatted("Jardin partagé Ramponeau bis"));
        assertEquals(201, other.status(), other.body());

        List<Long> found = ids(moderator.api().get("/ideabox/ideas/" + id + "/originals?q=partag%C3%A9%20ramponeau").array());
        assertEquals(List.of(original), found, "by title, within the box, never the idea itself");
        assertEquals(400, moderator.api().get("/ideabox/ideas/" + id + "/originals?q=a").status());
        assertEquals(403, author.api().get("/ideabox/ideas/" + id + "/originals?q=jardin").status());

        int version = version(id);
        String secret = "Terrain de la Ville, voir le service des espaces verts";
        assertEquals(201, moderator.api().post("/ideabox/ideas/" + id + "/notes", "{\"text\":\"" + secret + "\"}").status());
        assertEquals(403, author.api().get("/ideabox/ideas/" + id + "/notes").status(), "never its author");
        assertEquals(403, agent.api().get("/ideabox/ideas/" + id + "/notes").status(), "nor an agent it is not assigned to");
        assertEquals(401, Api.anonymous().get("/ideabox/ideas/" + id + "/notes").status());
        assertFalse(author.api().get("/ideabox/ideas/" + id).body().contains(secret), "not in the idea the author reads");
        assertFalse(Api.anonymous().get("/ideabox/ideas/" + id).body().contains(secret), "nor in the public history");
        assertFalse(PortalSession.signIn(author.email(), Citizens.PASSWORD).get("/components/ideabox/idea.xhtml?id=" + id)
                .contains(secret), "nor on its page");
        assertEquals(version, version(id), "a note is no decision");
        assertTrue(admin.api().get("/admin/audit?max=50").body().contains("ideabox.note"), "notes are audited");

        List<Long> agents = ids(moderator.api().get("/ideabox/" + box + "/agents").array());
        assertTrue(agents.contains(agent.id()), agents.toString());
        assertFalse(agents.contains(author.id()));
        assertEquals(400, moderator.api().put("/ideabox/ideas/" + id + "/assignee", "{\"agentId\":" + author.id() + "}").status(),
                "only an agent");
        assertEquals(403, author.api().put("/ideabox/ideas/" + id + "/assignee", "{\"agentId\":" + agent.id() + "}").status());
        assertEquals(200, moderator.api().put("/ideabox/ideas/" + id + "/assignee", "{\"agentId\":" + agent.id() + "}").status());
        assertEquals(List.of(id), ids(agent.api().get("/ideabox/assigned").array()), "the agent sees what is assigned to them");
        assertTrue(agent.api().get("/ideabox/ideas/" + id + "/notes").body().contains(secret));
        assertEquals(201, agent.api().post("/ideabox/ideas/" + id + "/notes", "{\"text\":\"Terrain confirmé, faisable.\"}").status());
        assertEquals(2, moderator.api().get("/ideabox/ideas/" + id + "/notes").array().size());
        assertTrue(agent.api().get("/me/notifications").body().contains("Un jardin partagé rue Ramponeau"), "the agent is told");
        assertTrue(queueWith(moderator, "").contains("\"assignee\":\"" + agent.pseudonym() + "\""), "the queue says who has it");
        assertTrue(PortalSession.signIn(agent.email(), Citizens.PASSWORD).get("/components/ideabox/idea.xhtml?id=" + id)
                .contains("Terrain confirmé, faisable."), "the agent reads the notes on the idea's page");
        assertTrue(ids(author.api().get("/ideabox/assigned").array()).isEmpty());
    }

    @Test
    void notAdmissibleUsesAnEditableReasonAndADuplicateJoinsItsOriginal() {
        Citizen first = Citizens.verified("premiere");
        Citizen second = Citizens.verified("seconde");
        Citizen s1 = Citizens.verified("soutien");
        Citizen s2 = Citizens.verified("soutien");
        long original = file(first, "Un composteur square Gardette");
        long duplicate = file(second, "Composteur collectif au square");
        assertEquals(200, s1.api().put("/ideabox/ideas/" + original + "/support", "").status());
        assertEquals(200, s1.api().put("/ideabox/ideas/" + duplicate + "/support", "").status());
        JsonObject supported = s2.api().put("/ideabox/ideas/" + duplicate + "/support", "").json();
        assertEquals(2, supported.getInt("supports"));
        assertEquals(200, s2.api().put("/ideabox/ideas/" + duplicate + "/support", "").status(), "once per account");
        assertEquals(2, Api.anonymous().get("/ideabox/ideas/" + duplicate).json().getInt("supports"));
        assertEquals(400, first.api().put("/ideabox/ideas/" + original + "/support", "").status(), "not one's own idea");

        JsonObject merged = decide(moderator, duplicate, "{\"type\":\"duplicate\",\"version\":%d,\"duplicateOf\":" + original + "}");
        assertEquals("DUPLICATE", merged.getString("status"));
        assertEquals(original, merged.getJsonNumber("duplicateOf").longValue());
        JsonObject joined = second.api().get("/ideabox/ideas/" + original).json();
        assertEquals(2, joined.getInt("supports"), "s1 counted once, s2 joined");
        assertEquals(List.of(second.pseudonym()), joined.getJsonArray("credited").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(joined.getBoolean("followedByMe"), "the duplicate's author follows the original");
        assertEquals("MERGED", last(joined).getString("kind"));
        assertEquals(409, s1.api().put("/ideabox/ideas/" + duplicate + "/support", "").status(), "a duplicate is closed");

        // Not admissible: a standard reason (seeded, editable) completed by free text.
        JsonArray reasons = moderator.api().get("/ideabox/" + box + "/reasons").array();
        assertEquals(3, reasons.size());
        assertEquals("Outside the City's remit", reasons.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("label").equals("Hors compétence de la Ville")).findFirst().orElseThrow()
                .getString("labelEn"), "the seeded reasons are written in English too");
        assertEquals(400, moderator.api().put("/ideabox/" + box + "/reasons/" + reasons.getJsonObject(0).getInt("id"),
                "{\"label\":\"Hors compétence\",\"text\":\"Relève de la Métropole.\",\"labelEn\":\"Outside\"}").status(),
                "an English label goes with an English text");
        JsonObject edited = moderator.api().put("/ideabox/" + box + "/reasons/" + reasons.getJsonObject(0).getInt("id"), """
                {"label":"Hors compétence","text":"Relève de la Métropole.","labelEn":"Outside the City's remit",
                 "textEn":"A matter for the Metropolis."}""").json();
        long other = file(first, "Un nouveau tramway vers Roissy");
        assertEquals(400, moderator.api().post("/ideabox/ideas/" + other + "/decision",
                "{\"type\":\"not_admissible\",\"version\":" + version(other) + "}").status());
        JsonObject refused = decide(moderator, other, "{\"type\":\"not_admissible\",\"version\":%d,\"reasonId\":"
                + edited.getInt("id") + ",\"message\":\"Écrivez à Île-de-France Mobilités.\"}");
        assertEquals("NOT_ADMISSIBLE", refused.getString("status"));
        assertEquals("Relève de la Métropole.\n\nÉcrivez à Île-de-France Mobilités.", last(refused).getString("message"));
        assertEquals("A matter for the Metropolis.\n\nÉcrivez à Île-de-France Mobilités.", last(refused).getString("messageEn"),
                "readers of English get the reason in English");
        assertEquals(409, moderator.api().post("/ideabox/ideas/" + other + "/decision",
                "{\"type\":\"admissible\",\"version\":" + version(other) + "}").status(), "a final decision stays");
    }

    @Test
    void aRedirectCreatesADraftInTheAuthorsNameWhereItCanSucceed() {
        List<Long> probes = Spaces.openSpace(admin, "budget", """
                {"manifestId":"probe","title":"Dépôt des projets","settings":{"threshold":"20"},"published":true}""", """
                {"manifestId":"probe","title":"Vote clos","settings":{"threshold":"20","accepts_ideas":"false"},"published":true}""");
        long open = probes.get(0);
        long closed = probes.get(1);
        Citizen author = Citizens.verified("autrice");
        Citizen supporter = Citizens.verified("soutien");
        long id = file(author, "Une fontaine à boire place Léon-Blum");
        supporter.api().put("/ideabox/ideas/" + id + "/support", "");

        String destinations = moderator.api().get("/ideabox/" + box + "/destinations").body();
        assertTrue(destinations.contains("\"componentId\":" + open + ","), destinations);
        assertFalse(destinations.contains("\"componentId\":" + closed + ","), destinations);
        Api.Reply refused = moderator.api().post("/ideabox/ideas/" + id + "/decision",
                "{\"type\":\"redirect\",\"version\":" + version(id) + ",\"componentId\":" + closed + "}");
        assertEquals(409, refused.status());
        assertTrue(refused.message().contains("n'accepte plus d'idées"), refused.body());

        JsonObject redirected = decide(moderator, id, "{\"type\":\"redirect\",\"version\":%d,\"componentId\":" + open
                + ",\"message\":\"Déposez-la au budget participatif : la phase de dépôt est ouverte.\"}");
        assertEquals("REDIRECTED", redirected.getString("status"));
        String link = redirected.getString("redirectLink");
        assertTrue(redirected.getString("redirectLabel").endsWith("Dépôt des projets"), redirected.toString());
        String draftId = link.substring(link.indexOf("draft=") + 6);
        JsonObject draft = admin.api().get("/probe/drafts/" + draftId).json();
        assertEquals(author.id(), draft.getJsonNumber("authorId").longValue(), "the draft is in the author's name");
        assertEquals(String.valueOf(id), draft.getString("ideaId"));
        assertTrue(draft.getJsonArray("followerIds").toString().contains(String.valueOf(supporter.id())),
                "supporters follow the draft");
        assertTrue(author.api().get("/me/notifications").body().contains("draft="+ draftId), "the author is asked to confirm");

        // What became of it there comes back on the idea's page.
        assertEquals(204, author.api().post("/probe/drafts/" + draftId + "/confirm", "").status());
        JsonObject followed = await("/ideabox/ideas/" + id, p -> "PROGRESS".equals(last(p).getString("kind")));
        assertEquals("Confirmé par son auteur", last(followed).getString("message"));
        assertEquals("Confirmed by its author", last(followed).getString("messageEn"));

        // An external scheme: its standard message and address.
        long green = file(author, "Jardiner au pied des arbres");
        JsonObject scheme = moderator.api().get("/ideabox/" + box + "/schemes").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("Permis de végétaliser")).findFirst().orElseThrow();
        JsonObject external = decide(moderator, green, "{\"type\":\"external\",\"version\":%d,\"schemeId\":" + scheme.getInt("id") + "}");
        assertEquals("REDIRECTED", external.getString("status"));
        assertEquals(scheme.getString("url"), last(external).getString("link"));
        assertTrue(last(external).getString("message").startsWith("Votre idée peut être réalisée par vous-même"));
        assertTrue(last(external).getString("messageEn").startsWith("You can carry out your idea yourself"),
                "readers of English get the scheme's message in English");

        JsonObject stats = moderator.api().get("/ideabox/" + box + "/stats").json();
        assertEquals(1, stats.getJsonObject("redirectsByTarget").getInt("Permis de végétaliser"));
        assertEquals(2, stats.getJsonObject("decisionsByType").getInt("REDIRECTED"));
        assertTrue(stats.getJsonNumber("medianHoursToFirstDecision").doubleValue() >= 0);
    }

    @Test
    void twoModeratorsDecidingAtOnceOneWinsAndTheOtherIsToldWhy() throws Exception {
        Citizen second = Citizens.moderator("moderateur");
        Citizen author = Citizens.verified("autrice");
        for (int round = 0; round < 3; round++) {
            long id = file(author, "Des bancs square Gardette " + round);
            int version = version(id);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Api.Reply> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return moderator.api().post("/ideabox/ideas/" + id + "/decision", "{\"type\":\"admissible\",\"version\":" + version + "}");
            });
            CompletableFuture<Api.Reply> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return second.api().post("/ideabox/ideas/" + id + "/decision",
                        "{\"type\":\"not_admissible\",\"version\":" + version + ",\"message\":\"Déjà prévu.\"}");
            });
            start.countDown();
            List<Api.Reply> replies = List.of(a.get(), b.get());
            assertEquals(List.of(200, 409), replies.stream().map(Api.Reply::status).sorted().toList(),
                    replies.stream().map(Api.Reply::body).collect(Collectors.joining("\n")));
            Api.Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertTrue(lost.message().startsWith("Un autre modérateur"), lost.body());
            JsonObject page = Api.anonymous().get("/ideabox/ideas/" + id).json();
            assertEquals(2, page.getJsonArray("history").size(), "one decision only: " + page);
        }
    }

    @Test
    void onlyModeratorsTriageAndBulkDecisionsStandAlone() {
        Citizen author = Citizens.verified("autrice");
        Citizen citizen = Citizens.verified("curieux");
        long a = file(author, "Un marché le dimanche soir");
        long b = file(author, "Des toilettes publiques au parc");
        assertEquals(401, Api.anonymous().get("/ideabox/" + box + "/triage").status());
        assertEquals(403, citizen.api().get("/ideabox/" + box + "/triage").status());
        Api.Reply forbidden = citizen.api().post("/ideabox/ideas/" + a + "/decision", "{\"type\":\"admissible\",\"version\":0}");
        assertEquals(403, forbidden.status());
        assertEquals(403, citizen.api().get("/ideabox/" + box + "/stats").status());
        assertEquals(401, Api.anonymous().post("/ideabox/" + box + "/ideas", IDEA.formatted("Sans compte")).status());

        assertTrue(moderator.api().put("/ideabox/ideas/" + a + "/assignee", "{\"me\":true}").json().getInt("version") >= 0);
        assertTrue(queueWith(moderator, "assigned=me").contains("\"id\":" + a + ","));
        assertFalse(queueWith(moderator, "assigned=me").contains("\"id\":" + b + ","));

        assertEquals(201, citizen.api().post("/reports", "{\"component\":\"ideabox\",\"contributionId\":\"" + b
                + "\",\"reason\":\"SPAM\"}").status());
        JsonObject reported = moderator.api().get("/ideabox/" + box + "/triage?reported=true").json();
        assertEquals(List.of(b), reported.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList(), "the reported filter keeps reported ideas");
        assertEquals(1, reported.getJsonArray("items").getJsonObject(0).getInt("reports"));
        assertEquals(1, reported.getInt("total"));

        Api.Reply bulk = moderator.api().post("/ideabox/" + box + "/triage/bulk", """
                {"ideas":[{"id":%d,"version":%d},{"id":%d,"version":%d}],"decision":{"type":"admissible"}}"""
                .formatted(a, version(a), b, version(b) + 7));
        assertEquals(200, bulk.status(), bulk.body());
        JsonArray outcomes = bulk.array();
        assertTrue(outcomes.getJsonObject(0).getBoolean("decided"));
        assertFalse(outcomes.getJsonObject(1).getBoolean("decided"));
        assertEquals("ideabox.triage.conflict", outcomes.getJsonObject(1).getString("error"));
        assertEquals("ADMISSIBLE", Api.anonymous().get("/ideabox/ideas/" + a).json().getString("status"));
        assertEquals("RECEIVED", Api.anonymous().get("/ideabox/ideas/" + b).json().getString("status"));
    }

    @Test
    void anIdeaHiddenByModerationIsNeitherListedNorCountedForReaders() {
        Citizen author = Citizens.verified("autrice");
        long kept = file(author, "Des bancs rue Oberkampf");
        long hidden = file(author, "Des bancs rue Saint-Maur");
        long reportedOnce = file(author, "Des bancs rue Amelot");
        // New accounts weigh half (ReportWeight): six of them hide what three established ones would.
        for (int i = 0; i < 6; i++) {
            assertEquals(201, Citizens.verified("vigilant").api().post("/reports", "{\"component\":\"ideabox\","
                    + "\"contributionId\":\"" + hidden + "\",\"reason\":\"SPAM\"}").status());
        }
        assertEquals(201, Citizens.verified("vigilant").api().post("/reports", "{\"component\":\"ideabox\","
                + "\"contributionId\":\"" + reportedOnce + "\",\"reason\":\"SPAM\"}").status());
        // One idea, one case: the same id written with a leading zero is no other idea.
        assertEquals(404, Citizens.verified("vigilant").api().post("/reports", "{\"component\":\"ideabox\","
                + "\"contributionId\":\"0" + hidden + "\",\"reason\":\"SPAM\"}").status());
        // Only an idea the reporter may open can be reported: an id that names none is refused.
        assertEquals(404, Citizens.verified("vigilant").api().post("/reports",
                "{\"component\":\"ideabox\",\"contributionId\":\"pas-une-idee\",\"reason\":\"SPAM\"}").status());

        JsonObject list = Api.anonymous().get("/ideabox/" + box + "/ideas").json();
        assertEquals(List.of(reportedOnce, kept), ids(list.getJsonArray("ideas")));
        assertEquals(2, list.getInt("total"), "the total does not count the hidden idea");
        assertEquals(2, author.api().get("/ideabox/" + box + "/ideas").json().getInt("total"), "nor for its author");
        JsonObject all = moderator.api().get("/ideabox/" + box + "/ideas").json();
        assertEquals(List.of(reportedOnce, hidden, kept), ids(all.getJsonArray("ideas")));
        assertEquals(3, all.getInt("total"), "moderators see hidden ideas");

        JsonObject reported = moderator.api().get("/ideabox/" + box + "/triage?reported=true").json();
        assertEquals(List.of(hidden, reportedOnce), ids(reported.getJsonArray("items")), "oldest first");
        assertEquals(2, reported.getInt("total"));
        assertEquals(6, reported.getJsonArray("items").getJsonObject(0).getInt("reports"));
        assertEquals(3, moderator.api().get("/ideabox/" + box + "/triage").json().getInt("total"));
        JsonObject noneHere = moderator.api().get("/ideabox/" + box + "/triage?reported=true&district=75012").json();
        assertEquals(0, noneHere.getInt("total"));
    }

    @Test
    void anErasedAuthorsIdeasStayAnonymousAndTheirDraftsGo() {
        Citizen author = Citizens.verified("efface");
        long filed = file(author, "Une piste cyclable rue Oberkampf");
        long draft = author.api().post("/ideabox/" + box + "/ideas?draft=true", IDEA.formatted("Brouillon à effacer"))
                .json().getJsonNumber("id").longValue();
        assertTrue(author.api().get("/me/export").body().contains("Une piste cyclable rue Oberkampf"));
        assertEquals(204, author.api().delete("/me").status());
        assertEquals("anonyme", Api.anonymous().get("/ideabox/ideas/" + filed).json().getString("author"));
        assertEquals(404, admin.api().get("/ideabox/ideas/" + draft).status());
    }

    // ---- helpers ----

    private long file(Citizen author, String title) {
        Api.Reply r = author.api().post("/ideabox/" + box + "/ideas", IDEA.formatted(title));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonArray ideas) {
        return ideas.getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    /** The box's public page in a new session, with this {@code Accept-Language}. */
    private String portalPage(String acceptLanguage) {
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            PlatformServices.BASE + "/components/ideabox/index.xhtml?component=" + box))
                    .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), acceptLanguage);
            return page.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static int version(long id) {
        return Api.anonymous().get("/ideabox/ideas/" + id).json().getInt("version");
    }

    /** Decides with the version the page shows now ({@code %d} in the JSON). */
    private static JsonObject decide(Citizen moderator, long id, String json) {
        Api.Reply r = moderator.api().post("/ideabox/ideas/" + id + "/decision", json.formatted(version(id)));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private String queueOf(Citizen moderator, String status) {
        return queueWith(moderator, "status=" + status);
    }

    private String queueWith(Citizen moderator, String query) {
        Api.Reply r = moderator.api().get("/ideabox/" + box + "/triage?" + query);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private static JsonObject last(JsonObject idea) {
        JsonArray history = idea.getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    private static JsonObject await(Api api, String path, Predicate<JsonObject> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = api.get(path).json();
            if (until.test(last)) {
                return last;
            }
            Citizens.sleep(200);
        }
        throw new AssertionError("not reached for " + path + ": " + last);
    }

    private static JsonObject await(String path, Predicate<JsonObject> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Api.anonymous().get(path).json();
            if (until.test(last)) {
                return last;
            }
            Citizens.sleep(200);
        }
        throw new AssertionError("not reached for " + path + ": " + last);
    }

    private static void awaitMails(String email, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        // One mail was the sign-up confirmation.
        while (Citizens.mailsTo(email) < atLeast + 1 && Instant.now().isBefore(deadline)) {
            Citizens.sleep(200);
        }
        assertTrue(Citizens.mailsTo(email) >= atLeast + 1, "mails to " + email + ": " + Citizens.mailsTo(email));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anotherComponentsInstanceIsNoIdeaBox() {
        long probe = Spaces.openSpaceWithProbe(admin, "pas-une-boite");
        Citizen citizen = Citizens.verified("egaree");
        Api.Reply list = Api.anonymous().get("/ideabox/" + probe + "/ideas");
        assertEquals(404, list.status(), "an action name means nothing in another component: " + list.body());
        assertEquals(404, citizen.api().post("/ideabox/" + probe + "/ideas",
                "{\"title\":\"Ailleurs\",\"body\":\"Dans la sonde\",\"category\":\"Autre\"}").status());
    }

}
