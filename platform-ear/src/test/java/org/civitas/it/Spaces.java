package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.civitas.it.Citizens.Citizen;

/** Sets up spaces through the administrators' API. */
public final class Spaces {

    private Spaces() {
    }

    /** A published space with one phase, active, and a published probe component; returns the component id. */
    public static long openSpaceWithProbe(Citizen admin, String prefix) {
        return openSpace(admin, prefix, """
                {"manifestId":"probe","title":"Sonde","settings":{"threshold":"20"},"published":true}""").get(0);
    }

    /**
     * A published space with one phase, active, and the given components (each a JSON body for
     * {@code POST /spaces/{id}/components}); returns the components' ids in that order.
     */
    public static List<Long> openSpace(Citizen admin, String prefix, String... components) {
        String slug = prefix + "-" + System.nanoTime() % 1_000_000_000L;
        Api.Reply created = admin.api().post("/spaces", """
                {"slug":"%s","title":"Budget participatif 2027","description":"Proposez, votez.","startsOn":"2027-01-10"}"""
                .formatted(slug));
        assertEquals(201, created.status(), created.body());
        long space = created.json().getJsonNumber("id").longValue();
        JsonObject withPhase = admin.api().post("/spaces/" + space + "/phases",
                "{\"title\":\"Dépôt des projets\"}").json();
        long phase = withPhase.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phase + "/activate", "").status());
        List<Long> ids = new ArrayList<>();
        for (String component : components) {
            Api.Reply added = admin.api().post("/spaces/" + space + "/components", component);
            assertEquals(201, added.status(), added.body());
            JsonArray all = added.json().getJsonArray("components");
            ids.add(all.getJsonObject(all.size() - 1).getJsonNumber("id").longValue());
        }
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());
        return ids;
    }
}
