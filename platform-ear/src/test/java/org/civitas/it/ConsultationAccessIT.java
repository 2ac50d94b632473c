package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Every role × the citizens' consultation actions × the phases of a consultation, server-side: who may read, propose
 * and react (vote, argue, comment), and when. Written as the city would state it, independently of the manifest.
 */
@PlatformIT
class ConsultationAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    /** The phases and what each opens (the first one, where the directorate writes, is the set-up's). */
    private static final Map<String, Set<String>> PHASES = new LinkedHashMap<>();
    /** Who may perform each action when it is open. */
    private static final Map<String, Set<String>> WHO = new LinkedHashMap<>();

    static {
        PHASES.put("Rédaction", Set.of("read", "open", "propose"));
        PHASES.put("Propositions", Set.of("read", "propose", "react"));
        PHASES.put("Lecture", Set.of("read"));
        PHASES.put("Débat", Set.of("read", "react"));
        WHO.put("read", Set.of("visitor", "unverified", "citizen", "agent", "admin"));
        WHO.put("propose", Set.of("citizen", "agent", "admin"));
        WHO.put("react", Set.of("citizen", "agent", "admin"));
    }

    @Test
    void eachRoleMayDoWhatItsPhaseOpensAndNothingElse() {
        Citizen admin = Citizens.admin();
        String slug = "consultation-annee-" + System.nanoTime() % 1_000_000_000L;
        long space = admin.api().post("/spaces", """
                {"slug":"%s","title":"Plan vélo 2028","description":"Une consultation","startsOn":"2028-01-10"}"""
                .formatted(slug)).json().getJsonNumber("id").longValue();
        List<Long> phases = new ArrayList<>();
        for (String phase : PHASES.keySet()) {
            JsonArray all = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"" + phase + "\"}").json()
                    .getJsonArray("phases");
            phases.add(all.getJsonObject(all.size() - 1).getJsonNumber("id").longValue());
        }
        long instance = admin.api().post("/spaces/" + space + "/components",
                        "{\"manifestId\":\"consultation\",\"title\":\"Consultations\",\"published\":true}").json()
                .getJsonArray("components").getJsonObject(0).getJsonNumber("id").longValue();
        int i = 0;
        for (Set<String> open : PHASES.values()) {
            Api.Reply set = admin.api().put("/components/" + instance + "/phases/" + phases.get(i++),
                    "{\"settings\":{\"actions\":\"" + String.join(",", open) + "\"}}");
            assertEquals(200, set.status(), set.body());
        }
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());
        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phases.get(0) + "/activate", "").status());
        long consultation = ConsultationIT.published(Citizens.agent("dvd-annee", "DVD"), instance, "Plan vélo 2028");
        Api.Reply proposed = Citizens.verified("porteuse-annee").api().post("/consultation/consultations/" + consultation
                + "/proposals", "{\"title\":\"Des pistes plus larges\",\"body\":\"Deux mètres au moins.\"}");
        assertEquals(201, proposed.status(), proposed.body());
        long proposal = proposed.json().getJsonNumber("id").longValue();

        // Registered without following the mail's link: not signed in, a visitor as far as the platform goes.
        String unverifiedEmail = Citizens.email("non-verifiee");
        assertEquals(202, Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"nonverifiee%d","acceptTerms":true}"""
                .formatted(unverifiedEmail, Citizens.PASSWORD, System.nanoTime() % 1_000_000)).status());
        assertEquals(403, Api.anonymous().post("/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(unverifiedEmail, Citizens.PASSWORD)).status());

        Map<String, Api> people = new LinkedHashMap<>();
        people.put("visitor", Api.anonymous());
        people.put("unverified", Api.anonymous());
        people.put("citizen", Citizens.verified("citoyen-consultation").api());
        people.put("agent", Citizens.agent("deve-consultation", "DEVE").api());
        people.put("admin", admin.api());

        Map<String, Function<Api, Api.Reply>> actions = new LinkedHashMap<>();
        actions.put("read", api -> api.get("/consultation/consultations/" + consultation + "/proposals"));
        actions.put("propose", api -> api.post("/consultation/consultations/" + consultation + "/proposals",
                "{\"title\":\"Un arceau rue Daguerre\",\"body\":\"Pour attacher son vélo.\"}"));
        actions.put("react", api -> api.put("/consultation/proposals/" + proposal + "/vote", "{\"stance\":\"agree\"}"));

        List<String> wrong = new ArrayList<>();
        for (int p = 1; p < phases.size(); p++) {
            String phase = new ArrayList<>(PHASES.keySet()).get(p);
            assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phases.get(p) + "/activate", "").status());
            for (Map.Entry<String, Function<Api, Api.Reply>> action : actions.entrySet()) {
                for (Map.Entry<String, Api> person : people.entrySet()) {
                    boolean expected = PHASES.get(phase).contains(action.getKey()) && WHO.get(action.getKey()).contains(person.getKey());
                    Api.Reply reply = action.getValue().apply(person.getValue());
                    boolean refused = reply.status() == 401 || reply.status() == 403;
                    if (refused == expected || reply.status() >= 500) {
                        wrong.add(phase + " · " + action.getKey() + " · " + person.getKey() + ": " + reply.status() + " " + reply.body());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells of the matrix do not hold:\n" + String.join("\n", wrong));
    }
}
