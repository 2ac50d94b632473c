package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Reports hide a contribution after N of them; moderators decide, one at a time; everything is audited. */
@PlatformIT
class ModerationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void reportsHideThenOneModeratorDecidesAndTheOtherIsToldSo() throws Exception {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "moderation");
        Citizen author = Citizens.verified("auteur");
        String note = author.api().post("/probe/" + probe + "/propose?text=Un%20texte%20injurieux", "").json().getString("id");
        String report = "{\"component\":\"probe\",\"contributionId\":\"" + note + "\",\"reason\":\"OFFENSIVE\"}";
        Citizen first = Citizens.verified("signale");
        assertEquals(201, first.api().post("/reports", report).status());
        Api.Reply twice = first.api().post("/reports", report);
        assertEquals(409, twice.status());
        assertEquals("moderation.report.already", twice.error());
        // Accounts a few minutes old weigh half: three of them cannot hide anything on their own.
        for (int i = 0; i < 5; i++) {
            assertEquals("false", Api.anonymous().get("/probe/hidden/" + note).body(), "still visible after " + (i + 1));
            assertEquals(201, Citizens.verified("signale").api().post("/reports", report).status());
        }
        assertEquals("true", Api.anonymous().get("/probe/hidden/" + note).body(), "hidden after 6 new accounts' reports");

        assertEquals(403, first.api().get("/moderation/queue").status());
        assertEquals(400, first.api().post("/reports", report.replace("OFFENSIVE", "BORING")).status());

        Citizen m1 = Citizens.moderator("moderateur");
        Citizen m2 = Citizens.moderator("moderateur");
        JsonObject item = ModerationQueue.openCase(m1.api(), "probe", note).orElseThrow();
        assertEquals("HIDDEN", item.getString("status"));
        assertEquals(6, item.getInt("reports"));
        assertEquals("Un texte injurieux", item.getString("title"), "the title is the contribution's own");
        long id = item.getJsonNumber("id").longValue();
        int version = item.getInt("version");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Api.Reply>> decisions = new ArrayList<>();
        for (Citizen m : List.of(m1, m2)) {
            String decision = m == m1 ? "RESTORE" : "REMOVE";
            decisions.add(pool.submit(() -> {
                go.await();
                return m.api().post("/moderation/" + id + "/decision", """
                        {"version":%d,"decision":"%s","reason":"Relu par la modération"}""".formatted(version, decision));
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        String conflictMessage = null;
        for (Future<Api.Reply> f : decisions) {
            Api.Reply r = f.get();
            statuses.add(r.status());
            if (r.status() == 409) {
                conflictMessage = r.message();
            }
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertTrue(conflictMessage.startsWith("Un autre modérateur vient de traiter ce signalement"), conflictMessage);

        String audit = admin.api().get("/admin/audit").body();
        assertTrue(audit.contains(note) && audit.contains("Relu par la modération"), audit);
        assertEquals(403, m1.api().get("/admin/audit").status());
    }

    @Test
    void onlyWhatTheReporterMayOpenCanBeReported() {
        long probe = Spaces.openSpaceWithProbe(Citizens.admin(), "signalement");
        Citizen author = Citizens.verified("auteur");
        String draft = author.api().post("/probe/" + probe + "/propose?private=true&text=Brouillon", "").json().getString("id");
        Citizen other = Citizens.verified("curieux");
        for (String[] target : new String[][] {{"probe", draft}, {"probe", "note-inconnue"}, {"inconnu", "1"},
                {"ideabox", "999999999"}, {"ideabox", "abc"}}) {
            Api.Reply r = other.api().post("/reports", "{\"component\":\"" + target[0] + "\",\"contributionId\":\""
                    + target[1] + "\",\"reason\":\"SPAM\"}");
            assertEquals(404, r.status(), r.body());
            assertEquals("moderation.report.not-found", r.error());
        }
    }

    @Test
    void aReportedCommentIsJudgedInContextDecidedInBulkAndLeavesTheIdeaPage() {
        Citizen admin = Citizens.admin();
        long box = Spaces.openSpace(admin, "commentaires", """
                {"manifestId":"ideabox","title":"Boîte des commentaires","published":true}""").get(0);
        Citizen author = Citizens.verified("autrice");
        long idea = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Des fontaines au square","body":"Installer deux fontaines à boire au square pour l'été.",
                 "category":"Espaces verts","district":"75011"}""").json().getJsonNumber("id").longValue();
        Citizen commenter = Citizens.verified("troll");
        Api.Reply comment = commenter.api().post("/ideabox/ideas/" + idea + "/comments", "{\"text\":\"Vous êtes tous des idiots\"}");
        assertEquals(201, comment.status(), comment.body());
        String commentId = "comment-" + comment.json().getJsonNumber("id").longValue();

        Citizen reporter = Citizens.verified("vigilante");
        Api.Reply reported = reporter.api().post("/reports", """
                {"component":"ideabox","contributionId":"%s","reason":"OFFENSIVE","details":"Insulte"}""".formatted(commentId));
        assertEquals(201, reported.status(), reported.body());
        JsonObject receipt = reported.json();
        assertEquals(commentId, receipt.getString("contributionId"));
        assertEquals("Des fontaines au square", receipt.getString("title"), "the idea it comments on");
        assertEquals(Set.of("component", "contributionId", "title"), receipt.keySet(),
                "a reporter learns nothing of other people's reports: " + receipt);
        assertEquals(201, reporter.api().post("/reports", """
                {"component":"ideabox","contributionId":"%d","reason":"OFF_TOPIC"}""".formatted(idea)).status());
        assertEquals(404, author.api().post("/reports", """
                {"component":"ideabox","contributionId":"comment-999999999","reason":"SPAM"}""").status());
        Api.Reply longDetails = author.api().post("/reports", """
                {"component":"ideabox","contributionId":"%s","reason":"SPAM","details":"%s"}""".formatted(commentId, "x".repeat(2001)));
        assertEquals(400, longDetails.status());
        assertEquals("moderation.report.details-length", longDetails.error());

        Citizen moderator = Citizens.moderator("moderatrice");
        long commentCase = ModerationQueue.openCase(moderator.api(), "ideabox", commentId).orElseThrow().getJsonNumber("id").longValue();
        long ideaCase = ModerationQueue.openCase(moderator.api(), "ideabox", Long.toString(idea)).orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject full = moderator.api().get("/moderation/" + commentCase).json();
        JsonObject line = full.getJsonObject("item");
        assertEquals("Commentaire", line.getJsonObject("kind").getString("fr"));
        assertEquals("Vous êtes tous des idiots", line.getString("excerpt"), "the words reported");
        assertTrue(line.getString("path").endsWith("?id=" + idea + "#" + commentId), line.getString("path"));
        JsonObject report = full.getJsonArray("reports").getJsonObject(0);
        assertEquals("OFFENSIVE", report.getString("reason"));
        assertEquals("Insulte", report.getString("details"));
        assertEquals(reporter.pseudonym(), report.getString("reporter"));
        assertEquals(2, report.getInt("reporterReports"), "the reporter's record: two reports, none upheld yet");
        assertEquals(0, report.getInt("reporterUpheld"));
        assertEquals(403, reporter.api().get("/moderation/" + commentCase).status());

        long space = full.getJsonObject("item").getJsonNumber("spaceId").longValue();
        JsonObject inSpace = moderator.api().get("/moderation/queue?space=" + space).json();
        assertEquals(2, inSpace.getInt("total"), "this space's two cases: " + inSpace);
        JsonObject offensive = moderator.api().get("/moderation/queue?space=" + space + "&reason=OFFENSIVE").json();
        assertEquals(List.of(commentCase), ids(offensive), "the reason filter");
        assertEquals(0, moderator.api().get("/moderation/queue?space=" + space + "&waiting=OVER_A_WEEK").json().getInt("total"));
        assertEquals(2, moderator.api().get("/moderation/queue?space=" + space + "&component=ideabox&waiting=LAST_DAY")
                .json().getInt("total"));
        assertEquals(400, moderator.api().get("/moderation/queue?reason=BORING").status());
        assertEquals(400, moderator.api().get("/moderation/queue?space=abc").status());
        Api.Reply invisible = moderator.api().inEnglish().get("/moderation/queue?reason=%01");
        assertEquals(400, invisible.status());
        assertTrue(invisible.message().startsWith("The text sent holds a forbidden invisible character"),
                "checked at the edge, in the caller's language: " + invisible.message());

        // A box the moderator may not triage (unpublished) is left out of the queue across boxes, not an error.
        long closed = Spaces.openSpace(admin, "fermee", """
                {"manifestId":"ideabox","title":"Boîte fermée","published":true}""").get(0);
        assertEquals(201, author.api().post("/ideabox/" + closed + "/ideas", """
                {"title":"Une idée dans une boîte fermée","body":"Elle ne doit pas bloquer la file des autres boîtes.",
                 "category":"Espaces verts","district":"75011"}""").status());
        assertEquals(200, admin.api().put("/components/" + closed, """
                {"title":"Boîte fermée","published":false}""").status());
        JsonObject triage = moderator.api().get("/ideabox/triage").json();
        assertTrue(triage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("box").equals("Boîte fermée")), "an unpublished box is not in the queue");
        JsonObject waiting = triage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == idea).findFirst().orElseThrow();
        assertEquals("Boîte des commentaires", waiting.getString("box"), "one queue across boxes names each idea's box");

        int commentVersion = full.getJsonObject("item").getInt("version");
        int staleIdeaVersion = moderator.api().get("/moderation/" + ideaCase).json().getJsonObject("item").getInt("version") + 1;
        Api.Reply noReason = moderator.api().post("/moderation/decisions", """
                {"cases":[{"id":%d,"version":%d}],"decision":"REMOVE"}""".formatted(commentCase, commentVersion));
        assertEquals(400, noReason.status());
        assertEquals("Indiquez le motif de la décision.", noReason.message());
        assertEquals(400, moderator.api().post("/moderation/decisions", """
                {"cases":[null],"decision":"REMOVE","reason":"Insulte"}""").status());
        JsonObject bulk = moderator.api().post("/moderation/decisions", """
                {"cases":[{"id":%d,"version":%d},{"id":%d,"version":%d}],"decision":"REMOVE","reason":"Insulte"}"""
                .formatted(commentCase, commentVersion, ideaCase, staleIdeaVersion)).json();
        assertEquals(1, bulk.getInt("decided"));
        assertEquals(List.of(ideaCase), bulk.getJsonArray("conflicts").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(n -> n.longValue()).toList(), "a case seen at another version is left as it was");

        assertEquals(404, moderator.api().post("/moderation/decisions", """
                {"cases":[{"id":999999999,"version":0}],"decision":"REMOVE","reason":"Insulte"}""").status(),
                "a case that does not exist is not found, not a conflict");
        assertFalse(Api.anonymous().get("/ideabox/ideas/" + idea).body().contains("idiots"), "removed: gone for the public");
        Api.Reply again = Citizens.verified("curieux").api().post("/reports", """
                {"component":"ideabox","contributionId":"%s","reason":"SPAM"}""".formatted(commentId));
        assertEquals(404, again.status(), "a removed comment cannot be reported, nor its words read back: " + again.body());
        assertFalse(author.api().get("/ideabox/ideas/" + idea).body().contains("idiots"));
        String notices = "";
        for (int i = 0; i < 100 && !notices.contains("retiré par la modération"); i++) {
            Citizens.sleep(200); // the notice follows the removal through the outbox
            notices = commenter.api().get("/me/notifications").body();
        }
        assertTrue(notices.contains("Votre commentaire sur l'idée « Des fontaines au square » a été retiré par la modération"),
                "the author hears of the removal: " + notices);
        JsonObject seenByModerator = moderator.api().get("/ideabox/ideas/" + idea).json().getJsonArray("comments").getJsonObject(0);
        assertTrue(seenByModerator.getBoolean("hidden"), "moderators still see it, marked");

        JsonObject ideaLine = moderator.api().get("/moderation/" + ideaCase).json().getJsonObject("item");
        assertEquals(200, moderator.api().post("/moderation/" + ideaCase + "/decision", """
                {"version":%d,"decision":"REMOVE","reason":"Hors sujet"}""".formatted(ideaLine.getInt("version"))).status());
        assertTrue(moderator.api().get("/ideabox/triage").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getJsonNumber("id").longValue() == idea), "a removed idea leaves the triage queue");
        assertTrue(moderator.api().get("/ideabox/" + box + "/triage").json().getJsonArray("items").isEmpty());
        assertEquals(0, moderator.api().get("/ideabox/" + box + "/stats").json().getInt("waiting"),
                "the box's figures agree with its queue");
        JsonObject history = moderator.api().get("/moderation/" + ideaCase).json();
        assertEquals("Hors sujet", history.getJsonArray("decisions").getJsonObject(0).getString("reason"));
        assertTrue(history.getJsonArray("decisions").getJsonObject(0).getBoolean("removed"));
    }

    private static List<Long> ids(JsonObject queue) {
        return queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
