package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Every role × every budget action × every phase of a budget's year, server-side: who may do what, and when.
 * The expectation is written here as the city would state it, independently of the manifest; each call is
 * harmless (unknown projects, a study that changes nothing), so only the permission decides 401/403 or not.
 */
@PlatformIT
class BudgetAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    /** The phases of a participatory budget and what each opens (as an administrator would set them). */
    private static final Map<String, Set<String>> PHASES = new LinkedHashMap<>();
    /** Who may perform each action when it is open. */
    private static final Map<String, Set<String>> WHO = new LinkedHashMap<>();

    static {
        PHASES.put("Dépôt", Set.of("read", "file"));
        PHASES.put("Instruction", Set.of("read", "study", "assign"));
        PHASES.put("Co-construction", Set.of("read", "merge"));
        PHASES.put("Sélection", Set.of("read", "select"));
        PHASES.put("Vote", Set.of("read", "vote"));
        PHASES.put("Résultats", Set.of("read", "results"));
        WHO.put("read", Set.of("visitor", "citizen", "resident", "moderator", "agent", "other-agent", "admin"));
        WHO.put("file", Set.of("citizen", "resident", "moderator", "agent", "other-agent", "admin"));
        // Only the directorate the project is assigned to studies it.
        WHO.put("study", Set.of("agent", "admin"));
        WHO.put("assign", Set.of("admin"));
        WHO.put("merge", Set.of("moderator", "admin"));
        WHO.put("select", Set.of("agent", "other-agent", "admin"));
        // The ballot of the 14th arrondissement is for its residents.
        WHO.put("vote", Set.of("resident"));
        WHO.put("results", Set.of("admin"));
    }

    @Test
    void eachRoleMayDoWhatItsPhaseOpensAndNothingElse() {
        Citizen admin = Citizens.admin();
        String slug = "annee-budget-" + System.nanoTime() % 1_000_000_000L;
        long space = admin.api().post("/spaces", """
                {"slug":"%s","title":"Budget participatif 2028","description":"Une année","startsOn":"2028-01-10"}"""
                .formatted(slug)).json().getJsonNumber("id").longValue();
        List<Long> phases = new ArrayList<>();
        for (String phase : PHASES.keySet()) {
            JsonArray all = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"" + phase + "\"}").json()
                    .getJsonArray("phases");
            phases.add(all.getJsonObject(all.size() - 1).getJsonNumber("id").longValue());
        }
        JsonArray components = admin.api().post("/spaces/" + space + "/components",
                "{\"manifestId\":\"budget\",\"title\":\"Budget participatif\",\"published\":true}").json().getJsonArray("components");
        long budget = components.getJsonObject(0).getJsonNumber("id").longValue();
        int i = 0;
        for (Set<String> open : PHASES.values()) {
            Api.Reply set = admin.api().put("/components/" + budget + "/phases/" + phases.get(i++),
                    "{\"settings\":{\"actions\":\"" + String.join(",", open) + "\"}}");
            assertEquals(200, set.status(), set.body());
        }
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());
        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phases.get(0) + "/activate", "").status());
        Api.Reply filed = Citizens.verified("porteur-annee").api().post("/budget/" + budget + "/projects", """
                {"title":"Des arbres avenue du Maine","description":"Dix arbres d'alignement.","category":"Environnement",
                 "envelope":"75014","cost":40000}""");
        assertEquals(201, filed.status(), filed.body());
        long project = filed.json().getJsonNumber("id").longValue();

        Citizen resident = Citizens.verified("habitante-annee");
        resident.api().put("/me", "{\"pseudonym\":\"" + resident.pseudonym() + "\",\"district\":\"75014\"}");
        Map<String, Api> people = new LinkedHashMap<>();
        people.put("visitor", Api.anonymous());
        people.put("citizen", Citizens.verified("citoyen-annee").api());
        people.put("resident", Citizens.login(resident.email(), Citizens.PASSWORD).api());
        people.put("moderator", Citizens.moderator("moderatrice-annee").api());
        people.put("agent", Citizens.agent("deve-annee", "DEVE").api());
        people.put("other-agent", Citizens.agent("djs-annee", "DJS").api());
        people.put("admin", admin.api());

        Map<String, java.util.function.Function<Api, Api.Reply>> actions = new LinkedHashMap<>();
        actions.put("read", api -> api.get("/budget/" + budget + "/projects"));
        actions.put("file", api -> api.post("/budget/" + budget + "/projects", """
                {"title":"Un banc rue Daguerre","description":"Un banc pour s'asseoir.","category":"Environnement",
                 "envelope":"75014","cost":900}"""));
        actions.put("study", api -> api.put("/budget/projects/" + project + "/study", "{\"admissible\":true}"));
        actions.put("assign", api -> api.put("/budget/" + budget + "/directorates",
                "{\"projects\":[" + project + "],\"directorate\":\"DEVE\"}"));
        actions.put("merge", api -> api.post("/budget/" + budget + "/merges", """
                {"projects":[999999998,999999999],"title":"Deux projets en un","description":"Une fusion d'essai.",
                 "category":"Environnement","cost":1000}"""));
        actions.put("select", api -> api.put("/budget/projects/" + project + "/selected", "{\"selected\":false}"));
        actions.put("vote", api -> api.post("/budget/" + budget + "/ballots", "{\"envelope\":\"75014\",\"projects\":[999999999]}"));
        actions.put("results", api -> api.get("/budget/" + budget + "/results"));

        List<String> wrong = new ArrayList<>();
        int p = 0;
        for (Map.Entry<String, Set<String>> phase : PHASES.entrySet()) {
            assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phases.get(p++) + "/activate", "").status());
            for (Map.Entry<String, java.util.function.Function<Api, Api.Reply>> action : actions.entrySet()) {
                for (Map.Entry<String, Api> person : people.entrySet()) {
                    boolean expected = phase.getValue().contains(action.getKey()) && WHO.get(action.getKey()).contains(person.getKey());
                    Api.Reply reply = action.getValue().apply(person.getValue());
                    boolean refused = reply.status() == 401 || reply.status() == 403;
                    if (refused == expected || reply.status() >= 500) {
                        wrong.add(phase.getKey() + " · " + action.getKey() + " · " + person.getKey() + ": " + reply.status()
                                + " " + reply.body());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells of the matrix do not hold:\n" + String.join("\n", wrong));
    }
}
