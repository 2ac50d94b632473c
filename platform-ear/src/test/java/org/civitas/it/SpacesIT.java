package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spaces, phases and a component registered through the SPI (the probe from the test sources), and the
 * permission matrix: each role × a sample of actions × phases, checked server-side.
 */
@PlatformIT
class SpacesIT {

    private static Citizen admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @BeforeAll
    static void administrator() {
        admin = Citizens.admin();
    }

    @Test
    void theTestComponentIsDiscoveredThroughTheSpiAndShownInItsSpace() {
        Api.Reply manifests = Api.anonymous().get("/components");
        assertTrue(manifests.body().contains("\"id\":\"probe\""), manifests.body());
        assertTrue(manifests.body().contains("Sonde de test"), manifests.body());
        long probe = Spaces.openSpaceWithProbe(admin, "decouverte");
        String spaces = Api.anonymous().get("/spaces").body();
        assertTrue(spaces.contains("\"manifestId\":\"probe\"") && spaces.contains("\"id\":" + probe), spaces);
        assertTrue(Api.anonymous().inEnglish().get("/spaces").body().contains("Test probe"));
    }

    @Test
    void theApiIsDescribedByOpenApiAndReportsItsHealth() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var openapi = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(PlatformServices.BASE + "/openapi")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("Civitas API"), openapi.body().substring(0, 300));
        for (String path : List.of("/auth/register", "/auth/verify", "/auth/login", "/me/export", "/spaces/{id}/components",
                "/probe/{componentId}/{action}")) {
            assertTrue(openapi.body().contains(path + ":"), "OpenAPI documents " + path);
        }
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
    }

    @Test
    void settingsAreValidatedAgainstTheManifest() {
        long space = admin.api().post("/spaces", """
                {"slug":"reglages-%d","title":"Réglages","description":"d","startsOn":"2027-01-01"}"""
                .formatted(System.nanoTime() % 1_000_000)).json().getJsonNumber("id").longValue();
        Api.Reply bad = admin.api().post("/spaces/" + space + "/components", """
                {"manifestId":"probe","title":"Sonde","settings":{"threshold":"500","scope":"region","colour":"bleu"}}""");
        assertEquals(400, bad.status());
        assertTrue(bad.message().contains("« threshold » doit être compris entre 1 et 100"), bad.message());
        assertTrue(bad.message().contains("« colour »"), bad.message());
        Api.Reply unknown = admin.api().post("/spaces/" + space + "/components",
                "{\"manifestId\":\"teleportation\",\"title\":\"X\"}");
        assertEquals(400, unknown.status());
        assertEquals("component.unknown", unknown.error());
    }

    @Test
    void onlyAdministratorsConfigureSpaces() {
        Citizen citizen = Citizens.verified("curieux");
        String body = "{\"slug\":\"pirate\",\"title\":\"Pirate\",\"description\":\"d\",\"startsOn\":\"2027-01-01\"}";
        assertEquals(403, citizen.api().post("/spaces", body).status());
        assertEquals(401, Api.anonymous().post("/spaces", body).status());
        assertEquals(403, citizen.api().get("/admin/audit").status());
        assertTrue(admin.api().get("/admin/audit").body().contains("space.created"));
    }

    @Test
    void districtsAreConfigurationThatAdministratorsEdit() {
        String code = "Q" + System.nanoTime() % 100000;
        Citizen citizen = Citizens.verified("quartier");
        assertEquals(403, citizen.api().put("/admin/districts/" + code, "{\"name\":\"Quartier test\"}").status());
        assertEquals(200, admin.api().put("/admin/districts/" + code, "{\"name\":\"Quartier test\",\"position\":30}").status());
        assertTrue(Api.anonymous().get("/districts").body().contains("Quartier test"));
        assertEquals(200, citizen.api().put("/me", "{\"pseudonym\":\"" + citizen.pseudonym() + "\",\"district\":\"" + code + "\"}").status());
        Api.Reply inUse = admin.api().delete("/admin/districts/" + code);
        assertEquals(409, inUse.status());
        assertEquals("district.in-use", inUse.error());
        assertEquals(200, citizen.api().put("/me", "{\"pseudonym\":\"" + citizen.pseudonym() + "\"}").status());
        assertEquals(204, admin.api().delete("/admin/districts/" + code).status());
        assertFalse(Api.anonymous().get("/districts").body().contains("Quartier test"));
        assertEquals(400, admin.api().put("/admin/districts/bad%20code", "{\"name\":\"x\"}").status());
    }

    @Test
    void unpublishedSpacesAreHiddenFromCitizens() {
        Api.Reply created = admin.api().post("/spaces", """
                {"slug":"brouillon-%d","title":"Brouillon","description":"d","startsOn":"2027-01-01"}"""
                .formatted(System.nanoTime() % 1_000_000));
        String slug = created.json().getString("slug");
        assertEquals(404, Api.anonymous().get("/spaces/" + slug).status());
        assertEquals(200, admin.api().get("/spaces/" + slug).status());
        assertFalse(Api.anonymous().get("/spaces").body().contains(slug));
    }

    @Test
    void permissionMatrix() {
        Citizen resident = Citizens.verified("habitant");
        assertEquals(200, resident.api().put("/me", "{\"pseudonym\":\"" + resident.pseudonym()
                + "\",\"district\":\"75011\"}").status());
        resident = Citizens.login(resident.email(), Citizens.PASSWORD);
        Citizen moderator = withRoles("moderatrice", "[\"MODERATOR\"]", null);
        Citizen agent = withRoles("agent", "[\"AGENT\"]", "DEVE");
        Citizen elsewhere = Citizens.verified("sansquartier");

        long space = admin.api().post("/spaces", """
                {"slug":"matrice-%d","title":"Matrice","description":"d","startsOn":"2027-01-01"}"""
                .formatted(System.nanoTime() % 1_000_000)).json().getJsonNumber("id").longValue();
        JsonObject view = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Dépôt\"}").json();
        view = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Vote\"}").json();
        long filing = view.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        long voting = view.getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue();
        view = admin.api().post("/spaces/" + space + "/components",
                "{\"manifestId\":\"probe\",\"title\":\"Sonde\",\"published\":true}").json();
        long probe = view.getJsonArray("components").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, admin.api().put("/components/" + probe + "/phases/" + filing,
                "{\"settings\":{\"actions\":\"read,propose,assess,moderate,publish\"}}").status());
        assertEquals(200, admin.api().put("/components/" + probe + "/phases/" + voting,
                "{\"settings\":{\"actions\":\"read,vote,publish\"}}").status());
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());

        Map<String, Api> who = new LinkedHashMap<>();
        who.put("visitor", Api.anonymous());
        who.put("no-district", elsewhere.api());
        who.put("resident", resident.api());
        who.put("moderator", moderator.api());
        who.put("agent", agent.api());
        who.put("admin", admin.api());

        // phase, action, district → expected status per person, in the order of `who`
        record Case(long phase, String action, String district, List<Integer> expected) {
        }
        List<Case> cases = List.of(
                new Case(filing, "read", null, List.of(204, 204, 204, 204, 204, 204)),
                new Case(filing, "propose", null, List.of(401, 201, 201, 201, 201, 201)),
                new Case(filing, "vote", "75011", List.of(403, 403, 403, 403, 403, 403)),
                new Case(filing, "assess", null, List.of(401, 403, 403, 403, 204, 403)),
                new Case(filing, "moderate", null, List.of(401, 403, 403, 204, 403, 204)),
                new Case(filing, "publish", null, List.of(401, 403, 403, 403, 403, 204)),
                new Case(voting, "vote", "75011", List.of(401, 403, 204, 403, 403, 403)),
                new Case(voting, "vote", "75020", List.of(401, 403, 403, 403, 403, 403)),
                new Case(voting, "propose", null, List.of(403, 403, 403, 403, 403, 403)),
                new Case(voting, "read", null, List.of(204, 204, 204, 204, 204, 204)));
        long current = -1;
        for (Case c : cases) {
            if (c.phase() != current) {
                assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + c.phase() + "/activate", "").status());
                current = c.phase();
            }
            int i = 0;
            for (Map.Entry<String, Api> person : who.entrySet()) {
                String path = "/probe/" + probe + "/" + c.action() + (c.district() == null ? "" : "?district=" + c.district());
                Api.Reply reply = person.getValue().post(path, "");
                assertEquals(c.expected().get(i++), reply.status(),
                        person.getKey() + " " + c.action() + " in phase " + (c.phase() == filing ? "filing" : "voting")
                                + " " + c.district() + ": " + reply.body());
            }
        }
    }

    private static Citizen withRoles(String who, String roles, String directorate) {
        Citizen c = Citizens.verified(who);
        Api.Reply r = admin.api().put("/admin/citizens/" + c.id() + "/roles", """
                {"roles":%s,"directorate":%s,"reason":"test"}"""
                .formatted(roles, directorate == null ? "null" : "\"" + directorate + "\""));
        assertEquals(200, r.status(), r.body());
        return Citizens.login(c.email(), Citizens.PASSWORD);
    }
}
