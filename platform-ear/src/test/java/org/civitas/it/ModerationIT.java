package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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
        JsonObject item = m1.api().get("/moderation/queue").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("contributionId").equals(note)).findFirst().orElseThrow();
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
}
