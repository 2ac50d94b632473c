package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        assertTrue(first.getString("markedTitle").startsWith("<mark>Végétaliser</mark> la <mark>rue</mark>"),
                "every form that stems like the query's words: " + first);
        // Close neighbours from other tests may be counted too: the facets count what either side found.
        assertTrue(found.getJsonObject("facets").getJsonObject("district").getInt("75005") >= 1, found.toString());

        assertFalse(Api.anonymous().get("/search?q=" + encode("brouillon " + marker)).body().contains("\"" + draft + "\""),
                "a draft is not found by others");
        await(author.api(), "/search?q=" + encode("brouillon " + marker), r -> r.toString().contains("\"" + draft + "\""));

        Api.Reply similar = Api.anonymous().get("/search/similar?component=probe&text=" + encode("des arbres rue Gay-Lussac " + marker));
        assertEquals(200, similar.status());
        assertEquals(id, similar.array().getJsonObject(0).getString("id"));

        reportUntilHidden(id);
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
        reportUntilHidden(hidden);
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

    /**
     * Search shows exactly what the reader may open, for every moderation outcome and publication state:
     * hidden by reports, then removed (and republished by its component after that), restored; space and
     * instance unpublished and published again.
     */
    @Test
    void searchFollowsEveryModerationDecisionAndPublicationState() {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "contrat");
        long space = admin.api().get("/spaces").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getJsonNumber("id").longValue() == probe))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Citizen author = Citizens.verified("contrat");
        String marker = "Quincampoix" + System.nanoTime() % 100000;
        String removed = author.api().post("/probe/" + probe + "/propose?text=" + encode("Banc cassé " + marker), "")
                .json().getString("id");
        String restored = author.api().post("/probe/" + probe + "/propose?text=" + encode("Banc repeint " + marker), "")
                .json().getString("id");
        // Within this space only: contributions of other tests may be close in meaning to the marker.
        String inSpace = "/search?space=" + space + "&q=" + encode(marker);
        Predicate<JsonObject> both = r -> r.toString().contains(removed) && r.toString().contains(restored);
        await(Api.anonymous(), inSpace, both);

        reportUntilHidden(removed);
        reportUntilHidden(restored);
        await(Api.anonymous(), inSpace, r -> r.getInt("total") == 0);
        Citizen moderator = moderators().get(0);
        decide(moderator, removed, "REMOVE");
        decide(moderator, restored, "RESTORE");
        await(Api.anonymous(), inSpace, r -> r.toString().contains(restored));
        assertEquals(204, admin.api().post("/probe/" + probe + "/publish?text=" + removed, "").status());
        assertEquals(204, admin.api().post("/probe/" + probe + "/publish?text=" + restored, "").status());
        String sentinel = author.api().post("/probe/" + probe + "/propose?text=" + encode("Témoin " + marker), "")
                .json().getString("id");
        // Events are delivered in order: once the later sentinel is found, the republications were applied.
        await(Api.anonymous(), inSpace, r -> r.toString().contains(sentinel));
        for (Api reader : List.of(Api.anonymous(), author.api(), admin.api())) {
            String found = reader.get(inSpace).body();
            assertFalse(found.contains(removed), "removed stays out of search for everyone, even republished: " + found);
            assertFalse(reader.get("/search/similar?text=" + encode("Banc cassé " + marker)).body().contains(removed));
        }

        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":false}").status());
        for (Api reader : List.of(Api.anonymous(), author.api())) {
            JsonObject closed = reader.get(inSpace).json();
            assertEquals(0, closed.getInt("total"), "an unpublished space shows nothing: " + closed);
            assertFalse(reader.get("/search/similar?text=" + encode("Banc repeint " + marker)).body().contains(restored));
        }
        assertTrue(admin.api().get(inSpace).body().contains(restored), "administrators see all");
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());
        assertTrue(Api.anonymous().get(inSpace).body().contains(restored));

        assertEquals(200, admin.api().put("/components/" + probe, "{\"published\":false}").status());
        assertEquals(0, Api.anonymous().get(inSpace).json().getInt("total"),
                "an unpublished component shows nothing");
        assertEquals(200, admin.api().put("/components/" + probe, "{\"published\":true}").status());
        assertTrue(Api.anonymous().get(inSpace).body().contains(restored));
    }

    private static List<Citizen> moderators;

    /** Moderators' reports weigh in full, so three of them hide a contribution at once. */
    private static synchronized List<Citizen> moderators() {
        if (moderators == null) {
            moderators = List.of(Citizens.moderator("veille"), Citizens.moderator("veille"), Citizens.moderator("veille"));
        }
        return moderators;
    }

    private static void reportUntilHidden(String noteId) {
        String report = "{\"component\":\"probe\",\"contributionId\":\"" + noteId + "\",\"reason\":\"SPAM\"}";
        for (Citizen m : moderators()) {
            Api.Reply r = m.api().post("/reports", report);
            assertEquals(201, r.status(), r.body());
        }
        assertEquals("true", Api.anonymous().get("/probe/hidden/" + noteId).body());
    }

    private static void decide(Citizen moderator, String noteId, String decision) {
        JsonObject item = ModerationQueue.openCase(moderator.api(), "probe", noteId).orElseThrow();
        Api.Reply r = moderator.api().post("/moderation/" + item.getJsonNumber("id").longValue() + "/decision",
                "{\"version\":" + item.getInt("version") + ",\"decision\":\"" + decision + "\",\"reason\":\"contrat\"}");
        assertEquals(200, r.status(), r.body());
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
