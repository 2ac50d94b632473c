package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Contributions reach the one search index through the outbox, and leave it under moderation. */
@PlatformIT
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void publishedContributionsAreFoundInFrenchAndModerationHidesThem() {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "recherche");
        Citizen author = Citizens.verified("autrice");
        String marker = "Kermarrec" + System.nanoTime() % 100000;
        String id = author.api().post("/probe/" + probe + "/propose?district=75005&text="
                + encode("Végétaliser la rue Gay-Lussac " + marker), "").json().getString("id");
        String draft = author.api().post("/probe/" + probe + "/propose?private=true&text="
                + encode("Brouillon privé " + marker), "").json().getString("id");

        // Indexing is asynchronous (outbox), and other tests' contributions about the same street may be there.
        JsonObject found = await(Api.anonymous(), "/search?q=" + encode("végétalisation des rues " + marker),
                r -> r.toString().contains("\"" + id + "\""));
        JsonObject first = found.getJsonArray("hits").getJsonObject(0);
        assertEquals(id, first.getString("id"));
        assertTrue(first.getString("snippet").contains("<mark>"), first.toString());
        // Close neighbours from other tests may be counted too: the facets count what either side found.
        assertTrue(found.getJsonObject("facets").getJsonObject("district").getInt("75005") >= 1, found.toString());

        assertFalse(Api.anonymous().get("/search?q=" + encode("brouillon " + marker)).body().contains("\"" + draft + "\""),
                "a draft is not found by others");
        await(author.api(), "/search?q=" + encode("brouillon " + marker), r -> r.toString().contains("\"" + draft + "\""));

        Api.Reply similar = Api.anonymous().get("/search/similar?component=probe&text=" + encode("des arbres rue Gay-Lussac " + marker));
        assertEquals(200, similar.status());
        assertEquals(id, similar.array().getJsonObject(0).getString("id"));

        String report = "{\"component\":\"probe\",\"contributionId\":\"" + id + "\",\"reason\":\"SPAM\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Citizens.verified("signal").api().post("/reports", report).status());
        }
        await(Api.anonymous(), "/search?q=" + encode(marker), r -> !r.toString().contains("\"" + id + "\""));

        assertEquals(400, Api.anonymous().get("/search?from=31-12-2027").status());
        assertEquals(200, Api.anonymous().get("/search?q=" + encode("\"((rue -")).status());
    }

    @Test
    void aFullReindexAddsWhatTheIndexMissedAndKeepsModeratedContributionsHidden() {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "reindex");
        Citizen author = Citizens.verified("importrice");
        String marker = "Lamarck" + System.nanoTime() % 100000;
        String imported = author.api().post("/probe/" + probe + "/import?text=" + encode("Composteur collectif " + marker),
                "").json().getString("id");
        String hidden = author.api().post("/probe/" + probe + "/propose?text=" + encode("Publicité " + marker), "")
                .json().getString("id");
        await(Api.anonymous(), "/search?q=" + encode("publicité " + marker), r -> r.toString().contains("\"" + hidden + "\""));
        String report = "{\"component\":\"probe\",\"contributionId\":\"" + hidden + "\",\"reason\":\"SPAM\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Citizens.verified("signal").api().post("/reports", report).status());
        }
        await(Api.anonymous(), "/search?q=" + encode(marker), r -> !r.toString().contains("\"" + hidden + "\""));
        assertFalse(Api.anonymous().get("/search?q=" + encode(marker)).body().contains("\"" + imported + "\""),
                "the index never heard of the imported contribution");

        assertEquals(403, author.api().post("/admin/search/reindex", "").status(), "administrators only");
        Api.Reply started = admin.api().post("/admin/search/reindex", "");
        assertEquals(202, started.status(), started.body());
        JsonObject done = await(admin.api(), "/admin/search/reindex", r -> "DONE".equals(r.getString("state")));
        assertTrue(done.getJsonNumber("indexed").longValue() >= 2, done.toString());

        JsonObject found = Api.anonymous().get("/search?q=" + encode("composteurs " + marker)).json();
        assertEquals(imported, found.getJsonArray("hits").getJsonObject(0).getString("id"));
        assertFalse(found.toString().contains("\"" + hidden + "\""), "moderation still hides it after a reindex");
    }

    private static JsonObject await(Api api, String path, Predicate<JsonObject> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply r = api.get(path);
            assertEquals(200, r.status(), r.body());
            last = r.json();
            if (until.test(last)) {
                return last;
            }
            Citizens.sleep(200);
        }
        throw new AssertionError("not reached for " + path + ": " + last);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
