package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The demo for newcomers, as each component fills a new instance through the SPI: the idea box's ideas in every
 * status with supports and comments, the budget's projects in several states. (The whole Paris demo at start-up
 * runs only on a fresh database, which the shared test server is not; its rule is unit-tested.)
 */
@PlatformIT
class DemoIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void eachComponentFillsAnEmptyInstanceWithItsDemoThroughItsOwnServices() {
        Citizen admin = Citizens.admin();
        List<Long> ids = Spaces.openSpace(admin, "demo", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""");
        long budget = ids.get(0);
        long box = ids.get(1);
        assertEquals(403, Citizens.verified("curieux").api().post("/admin/components/" + box + "/demo", "").status(),
                "only administrators fill a component with the demo");
        assertEquals(204, admin.api().post("/admin/components/" + budget + "/demo", "").status());
        Api.Reply filled = admin.api().post("/admin/components/" + box + "/demo", "");
        assertEquals(204, filled.status(), filled.body());

        JsonObject ideas = Api.anonymous().get("/ideabox/" + box + "/ideas").json();
        assertEquals(29, ideas.getInt("total"), "thirty ideas, one of them a draft only its author sees");
        for (String status : List.of("received", "under_review", "information_requested", "admissible", "not_admissible",
                "duplicate", "redirected")) {
            assertTrue(Api.anonymous().get("/ideabox/" + box + "/ideas?status=" + status).json().getInt("total") > 0,
                    "an idea " + status);
        }
        JsonObject busiest = Api.anonymous().get("/ideabox/" + box + "/ideas?sort=supports").json()
                .getJsonArray("ideas").getJsonObject(0);
        assertTrue(busiest.getInt("supports") >= 3, busiest.toString());
        JsonArray comments = Api.anonymous().get("/ideabox/ideas/" + ideaWithComments(box)).json().getJsonArray("comments");
        Set<String> commenters = comments.stream().map(c -> c.asJsonObject().getString("author")).collect(Collectors.toSet());
        assertTrue(commenters.size() >= 2, "comments by several residents: " + comments);

        JsonObject projects = Api.anonymous().get("/budget/" + budget + "/projects").json();
        Set<String> states = projects.getJsonArray("projects").stream()
                .map(p -> p.asJsonObject().getString("status")).collect(Collectors.toSet());
        assertTrue(projects.getInt("total") >= 10, projects.toString());
        assertTrue(states.containsAll(Set.of("FILED", "SELECTED")), states.toString());

        Api.Reply again = admin.api().post("/admin/components/" + box + "/demo", "");
        assertEquals(409, again.status(), "the demo never mixes with contributions");
        assertEquals("demo.not-empty", again.error());
    }

    private static long ideaWithComments(long box) {
        for (int page = 0; page < 2; page++) {
            for (var idea : Api.anonymous().get("/ideabox/" + box + "/ideas?page=" + page).json().getJsonArray("ideas")) {
                long id = idea.asJsonObject().getJsonNumber("id").longValue();
                if (!Api.anonymous().get("/ideabox/ideas/" + id).json().getJsonArray("comments").isEmpty()) {
                    return id;
                }
            }
        }
        throw new AssertionError("no idea has comments");
    }
}
