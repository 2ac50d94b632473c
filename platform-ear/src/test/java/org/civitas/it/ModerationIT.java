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
        String note = "note-" + System.nanoTime();
        String report = "{\"component\":\"probe\",\"contributionId\":\"" + note + "\",\"title\":\"Un titre\",\"reason\":\"OFFENSIVE\"}";
        Citizen first = Citizens.verified("signale");
        assertEquals(201, first.api().post("/reports", report).status());
        Api.Reply twice = first.api().post("/reports", report);
        assertEquals(409, twice.status());
        assertEquals("moderation.report.already", twice.error());
        assertEquals(201, Citizens.verified("signale").api().post("/reports", report).status());
        assertEquals("false", Api.anonymous().get("/probe/hidden/" + note).body());
        assertEquals(201, Citizens.verified("signale").api().post("/reports", report).status());
        assertEquals("true", Api.anonymous().get("/probe/hidden/" + note).body(), "hidden after 3 reports");

        assertEquals(403, first.api().get("/moderation/queue").status());
        assertEquals(400, first.api().post("/reports", report.replace("OFFENSIVE", "BORING")).status());

        Citizen m1 = Citizens.moderator("moderateur");
        Citizen m2 = Citizens.moderator("moderateur");
        JsonObject item = m1.api().get("/moderation/queue").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("contributionId").equals(note)).findFirst().orElseThrow();
        assertEquals("HIDDEN", item.getString("status"));
        assertEquals(3, item.getInt("reports"));
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
}
