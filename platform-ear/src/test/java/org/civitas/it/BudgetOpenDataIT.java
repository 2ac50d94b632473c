package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.Greedy;
import org.civitas.budget.tally.Pabulib;
import org.civitas.budget.tally.Project;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The budget's open and verifiable side: a real election (Pabulib, pabulib.org) imported into an envelope, counted,
 * published and downloaded as CSV, JSON and Pabulib, whose tally gives back the city's winners; and the refusals.
 */
@PlatformIT
class BudgetOpenDataIT {

    private static final String TEXT = "text/plain; charset=UTF-8";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static String resource(String name) {
        try (InputStream in = BudgetOpenDataIT.class.getResourceAsStream("/pabulib/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Election parse(String pb) {
        try {
            return Pabulib.read(new StringReader(pb));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> selectedNames(Election election) {
        return election.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).map(Project::name)
                .collect(Collectors.toSet());
    }

    private static Citizen residentOf(String who, String district) {
        Citizen c = Citizens.verified(who);
        assertEquals(200, c.api().put("/me", "{\"pseudonym\":\"" + c.pseudonym() + "\",\"district\":\"" + district + "\"}").status());
        return Citizens.login(c.email(), Citizens.PASSWORD);
    }

    @Test
    void warsawsElectionIsImportedCountedPublishedAndDownloadedWithTheCitysWinners() {
        Citizen admin = Citizens.admin();
        String mokotow = resource("Poland_Warszawa_2022_Mokotow.pb");
        Election file = parse(mokotow);
        long budget = Spaces.openSpace(admin, "budget-mokotow", """
                {"manifestId":"budget","title":"Budget participatif de Mokotów","published":true,
                 "settings":{"city_amount":"8047458","rule":"greedy"}}""").get(0);
        String imports = "/budget/" + budget + "/imports?envelope=ville";

        assertEquals(404, Api.anonymous().get("/budget/" + budget + "/results/ville.csv").status(), "nothing before publication");
        assertEquals(404, Api.anonymous().get("/budget/" + budget + "/results/ville.json").status(), "nothing before publication");
        assertEquals(401, Api.anonymous().post(imports, mokotow, TEXT).status());
        assertEquals(403, Citizens.verified("curieuse").api().post(imports, mokotow, TEXT).status(), "administrators only");
        Api.Reply bad = admin.api().post(imports, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;cher\nVOTES\n"
                + "voter_id;vote\n1;p1\n", TEXT);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("budget.import.format.line", bad.error());
        assertTrue(bad.message().contains("ligne 6"), "the line, in French: " + bad.message());
        Api.Reply badInEnglish = admin.api().inEnglish().post(imports, "META\nkey;value\n", TEXT);
        assertTrue(badInEnglish.message().startsWith("The file is not a readable election"), badInEnglish.message());
        Api.Reply tooBig = admin.api().post(imports, "x".repeat(1_000_001), TEXT);
        assertEquals(400, tooBig.status(), tooBig.body());
        assertEquals("budget.import.too-large", tooBig.error());
        Api.Reply otherAmount = admin.api().post("/budget/" + budget + "/imports?envelope=75005", mokotow, TEXT);
        assertEquals("budget.import.amount", otherAmount.error(), "a district envelope of 500,000 €: " + otherAmount.body());
        assertEquals(400, admin.api().post("/budget/" + budget + "/imports?envelope=nulle-part", mokotow, TEXT).status());
        assertEquals(404, Api.anonymous().get("/budget/" + budget + "/results/ville.json").status(), "a refused import writes nothing");

        long start = System.nanoTime();
        Api.Reply imported = admin.api().post(imports, mokotow, TEXT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, imported.status(), imported.body());
        assertEquals(97, imported.json().getInt("projects"));
        assertEquals(11_039, imported.json().getInt("ballots"));
        assertTrue(millis < 20_000, "eleven thousand ballots in seconds, not minutes: " + millis + " ms");
        assertEquals(409, admin.api().post(imports, mokotow, TEXT).status(), "the envelope is taken");
        assertTrue(admin.api().get("/admin/audit").body().contains("budget.results.imported"));

        JsonObject count = admin.api().get("/budget/" + budget + "/results").array().getJsonObject(0);
        assertEquals(11_039, count.getInt("ballots"));
        long anyProject = count.getJsonArray("counts").getJsonObject(0).getJsonNumber("project").longValue();
        Api.Reply live = residentOf("varsovien", "75005").api().post("/budget/" + budget + "/ballots",
                "{\"envelope\":\"ville\",\"projects\":[" + anyProject + "]}");
        assertEquals("budget.ballot.imported", live.error(), "an imported election takes no more ballots: " + live.body());
        assertEquals(404, Api.anonymous().get("/budget/" + budget + "/results/ville.json").status(),
                "an import does not publish: the administrator does, once");
        assertEquals(200, admin.api().post("/budget/" + budget + "/results/publish", "").status());
        assertEquals(409, admin.api().post("/budget/" + budget + "/results/publish", "").status(), "published once");

        Api.Reply json = Api.anonymous().get("/budget/" + budget + "/results/ville.json");
        assertEquals(200, json.status(), json.body());
        assertEquals("attachment; filename=\"budget-" + budget + "-ville.json\"", json.header("Content-Disposition").orElseThrow());
        JsonObject open = json.json();
        assertEquals(8_047_458, open.getJsonNumber("amount").longValue());
        assertEquals("greedy", open.getString("rule"));
        assertEquals(11_039, open.getInt("voters"));
        Set<String> funded = open.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("funded")).map(p -> p.getString("title")).collect(Collectors.toSet());
        assertEquals(selectedNames(file), funded, "the city's winners");
        JsonObject comparison = open.getJsonObject("comparison");
        assertEquals("equal-shares", comparison.getString("rule"));
        assertTrue(comparison.getJsonArray("wouldHaveFunded").size() > 0, comparison.toString());

        Api.Reply csv = Api.anonymous().get("/budget/" + budget + "/results/ville.csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.header("Content-Disposition").orElseThrow().contains("budget-" + budget + "-ville.csv"));
        assertTrue(csv.body().startsWith("project_id,title,category,cost,votes,funded\r\n"), csv.body());
        assertEquals(selectedNames(file).size(), csv.body().split(",yes\r\n", -1).length - 1, "one funded row per winner");
        assertEquals(98, csv.body().split("\r\n").length, "a header and 97 projects");

        Api.Reply pb = Api.anonymous().get("/budget/" + budget + "/results/ville.pb");
        assertEquals(200, pb.status(), pb.body());
        Election exported = parse(pb.body());
        assertEquals(11_039, exported.ballots().size());
        assertEquals(selectedNames(file), selectedNames(exported), "the export says who won");
        Set<String> recounted = new HashSet<>(new Greedy().outcome(exported).winners());
        assertEquals(exported.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).map(Project::id)
                .collect(Collectors.toSet()), recounted, "and anyone recounting the export finds the same winners");

        String page = PortalSession.anonymous().get("/components/budget/results.xhtml?component=" + budget);
        assertTrue(page.contains("Pour comparaison") && page.contains("Ceci n'est pas le résultat"), page);
        assertTrue(page.contains("/results/ville.csv") && page.contains("/results/ville.json")
                && page.contains("/results/ville.pb") && page.contains("Tableau des résultats (CSV)"), page);
        assertTrue(page.contains("<svg class=\"vote-bar\"") && page.contains("aria-hidden=\"true\""), "bars beside the votes");

        Citizen resident = residentOf("varsovienne", "75005");
        long onTheBallot = open.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> !p.getBoolean("funded")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Reply late = resident.api().post("/budget/" + budget + "/ballots",
                "{\"envelope\":\"ville\",\"projects\":[" + onTheBallot + "]}");
        assertEquals(409, late.status(), late.body());
        assertEquals("budget.ballot.results-published", late.error(), "published results close the vote");
    }

    @Test
    void noImportIntoABudgetWhoseVoteHasBegun() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-vivant", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
        Api.Reply filed = Citizens.verified("porteur").api().post("/budget/" + budget + "/projects", """
                {"title":"Des arbres rue Mouffetard","description":"Planter dix arbres le long de la rue.",
                 "category":"Environnement","envelope":"ville","cost":50000}""");
        long project = filed.json().getJsonNumber("id").longValue();
        BudgetIT.studyFavourably(admin, project);
        assertEquals(200, admin.api().put("/budget/projects/" + project + "/selected", "{\"selected\":true}").status());
        assertEquals(201, residentOf("electeur", "75014").api().post("/budget/" + budget + "/ballots",
                "{\"envelope\":\"ville\",\"projects\":[" + project + "]}").status());
        Api.Reply refused = admin.api().post("/budget/" + budget + "/imports?envelope=75014",
                resource("Poland_Swiecie_2023.pb"), TEXT);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("budget.import.live-ballots", refused.error());
    }

    @Test
    void anAdministratorImportsFromTheBackOfficeAndSeesWhyAFileIsRefused() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-swiecie", """
                {"manifestId":"budget","title":"Budget participatif de Świecie","published":true,
                 "settings":{"city_amount":"1070000","rule":"equal-shares"}}""").get(0);
        String path = "/components/budget/import.xhtml";
        assertFalse(PortalSession.anonymous().get(path + "?component=" + budget).contains("type=\"file\""), "no form for visitors");
        PortalSession portal = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        String form = portal.get(path + "?component=" + budget);
        assertTrue(form.contains("type=\"file\"") && form.contains("Fichier .pb"), form);
        Map<String, String> fields = Map.of("import", "import", "component", Long.toString(budget), "envelope", "ville",
                "import:send", "Importer");
        String refused = portal.postFile(path, form, fields, "file", "faux.pb", "META\nkey;value\n");
        assertTrue(refused.contains("id=\"file-error\"") && refused.contains("au format Pabulib lisible"), refused);
        String done = portal.postFile(path, refused, fields, "file", "Poland_Swiecie_2023.pb",
                resource("Poland_Swiecie_2023.pb"));
        assertTrue(done.contains("Import terminé") && done.contains("2") && done.contains("553"), done);
        assertEquals(200, admin.api().post("/budget/" + budget + "/results/publish", "").status());
        Set<String> funded = Api.anonymous().get("/budget/" + budget + "/results/ville.json").json().getJsonArray("projects")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("funded")).map(p -> p.getString("title"))
                .collect(Collectors.toSet());
        assertEquals(selectedNames(parse(resource("Poland_Swiecie_2023.pb"))), funded, "equal shares finds Świecie's winners");
    }
}
