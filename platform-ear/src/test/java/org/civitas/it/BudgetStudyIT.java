package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The study of projects by the city's directorates: the table, its spreadsheet, assignment, and what the public sees. */
@PlatformIT
class BudgetStudyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static long file(Citizen author, long budget, String title, String category) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects", """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"%s",
                 "envelope":"75013","cost":40000}""".formatted(title, category));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void eachDirectorateStudiesItsOwnProjectsAndTheAuthorLearnsTheOpinion() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "instruction", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
        Citizen author = Citizens.verified("porteur");
        long trees = file(author, budget, "Des arbres boulevard Arago", "Environnement");
        long court = file(author, budget, "Un terrain de basket rue Nationale", "Sport");
        Citizen greens = Citizens.agent("deve", "DEVE");
        Citizen sports = Citizens.agent("djs", "DJS");

        assertEquals(List.of(trees), ids(greens.api().get("/budget/" + budget + "/study").array()),
                "an agent sees their directorate's projects, assigned by category");
        assertEquals(List.of(court), ids(sports.api().get("/budget/" + budget + "/study").array()));
        assertEquals(List.of(trees, court), ids(admin.api().get("/budget/" + budget + "/study").array()));
        assertEquals(403, author.api().get("/budget/" + budget + "/study").status(), "citizens do not study");
        Api.Reply elsewhere = sports.api().put("/budget/projects/" + trees + "/study", "{\"admissible\":true}");
        assertEquals(403, elsewhere.status(), elsewhere.body());
        assertEquals("budget.study.other-directorate", elsewhere.error());

        Api.Reply noReason = greens.api().put("/budget/projects/" + trees + "/study", "{\"admissible\":false}");
        assertEquals(400, noReason.status());
        assertEquals("budget.study.admissible-reason", noReason.error());
        assertTrue(noReason.json().getString("message").contains("motif"), noReason.body());
        Api.Reply hasty = greens.api().put("/budget/projects/" + trees + "/study",
                "{\"admissible\":true,\"opinion\":\"favourable\",\"justification\":\"Bien\"}");
        assertEquals("budget.study.favourable", hasty.error(), "favourable needs admissible, feasible and costed");

        assertEquals("budget.study.version", greens.api().put("/budget/projects/" + trees + "/study", "{\"admissible\":true}")
                .error(), "an edit says which version it changes");
        JsonObject row = greens.api().get("/budget/" + budget + "/study").array().getJsonObject(0);
        int version = row.getInt("version");
        Api.Reply studied = greens.api().put("/budget/projects/" + trees + "/study", """
                {"admissible":true,"feasible":true,"cityCost":52000,"opinion":"favourable",
                 "justification":"Dix arbres d'alignement, compatibles avec les réseaux.","version":%d}""".formatted(version));
        assertEquals(200, studied.status(), studied.body());
        Api.Reply stale = greens.api().put("/budget/projects/" + trees + "/study",
                "{\"admissible\":true,\"version\":" + version + "}");
        assertEquals(409, stale.status(), "a second edit from the same old version would overwrite someone's work");
        assertEquals("budget.study.stale", stale.error());

        JsonObject study = Api.anonymous().get("/budget/projects/" + trees).json().getJsonObject("study");
        assertEquals("FAVOURABLE", study.getString("opinion"));
        assertEquals(52000, study.getInt("cityCost"));
        assertFalse(Api.anonymous().get("/budget/projects/" + court).json().containsKey("study"), "no opinion, nothing shown yet");
        String page = PortalSession.anonymous().get("/components/budget/project.xhtml?id=" + trees);
        assertTrue(page.contains("Avis de la Ville"), page);
        assertTrue(page.contains("Favorable"), page);
        assertTrue(page.contains("alignement, compatibles avec les réseaux."), "the public justification: " + page);
        assertTrue(author.api().get("/me/notifications").body().contains("avis favorable"), "the author is told");
        assertTrue(PortalSession.anonymous().get("/components/budget/index.xhtml?component=" + budget)
                .contains("Instruit, avis favorable"), "the list says where each project stands");
        assertTrue(Citizens.admin().api().get("/admin/audit").body().contains("budget.project.studied"));
        String audit = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD).get("/admin/audit.xhtml");
        assertTrue(audit.contains("<a href=\"/components/budget/project.xhtml?id=" + trees + "\">Projet « Des arbres boulevard Arago »</a>"),
                "the audit log names the project by its title and links to it: " + audit);

        // The administrator hands the court to the greens; the sports directorate no longer sees it.
        assertEquals(403, greens.api().put("/budget/" + budget + "/directorates",
                "{\"projects\":[" + court + "],\"directorate\":\"DEVE\"}").status(), "assignment is the administrators'");
        Api.Reply assigned = admin.api().put("/budget/" + budget + "/directorates", "{\"projects\":[" + court + "],\"directorate\":\"DEVE\"}");
        assertEquals(1, assigned.json().getInt("assigned"), assigned.body());
        assertEquals(List.of(), ids(sports.api().get("/budget/" + budget + "/study").array()));
        assertEquals(List.of(trees, court), ids(greens.api().get("/budget/" + budget + "/study").array()));
        assertEquals(400, admin.api().put("/budget/" + budget + "/directorates", "{\"projects\":[999999999],\"directorate\":\"DEVE\"}")
                .status(), "a project of no budget of this id");
    }

    @Test
    void theStudyTableGoesThroughASpreadsheetAllLinesOrNone() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "tableur", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
        Citizen author = Citizens.verified("porteuse");
        long bench = file(author, budget, "Des bancs square Héloïse", "Cadre de vie");
        long lights = file(author, budget, "=Des lampadaires rue Abel", "Mobilités");
        Citizen roads = Citizens.agent("dvd", "DVD");

        Api.Reply sheet = roads.api().get("/budget/" + budget + "/study.csv");
        assertEquals(200, sheet.status());
        String csv = sheet.body();
        assertTrue(csv.startsWith("\uFEFFN°;Titre;"), csv);
        assertTrue(csv.contains("'=Des lampadaires"), "a title cannot act as a formula: " + csv);
        String header = csv.lines().findFirst().orElseThrow();

        String withAMistake = header + "\n" + bench + ";;;;;;oui;;oui;;30000;favorable;Des bancs utiles.\n"
                + lights + ";;;;;;non;;;;;;\n";
        Api.Reply refused = roads.api().post("/budget/" + budget + "/study.csv", withAMistake, "text/csv");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("Ligne 3"), refused.body());
        assertFalse(Api.anonymous().get("/budget/projects/" + bench).json().containsKey("study"), "nothing written");

        String complete = header + "\n" + bench + ";;;;;;oui;;oui;;30000;favorable;Des bancs utiles.\n"
                + lights + ";;;;;;non;Dépense de fonctionnement;;;;défavorable;Ce n'est pas un investissement.\n";
        Api.Reply imported = roads.api().post("/budget/" + budget + "/study.csv", complete, "text/csv");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("updated"));
        assertEquals("UNFAVOURABLE", Api.anonymous().get("/budget/projects/" + lights).json().getJsonObject("study").getString("opinion"));
        Api.Reply stale = roads.api().post("/budget/" + budget + "/study.csv", csv, "text/csv");
        assertEquals(400, stale.status(), "the first export would undo the studies recorded since: " + stale.body());
        assertTrue(stale.json().getString("message").contains("exportez à nouveau"), stale.body());
        Api.Reply again = roads.api().post("/budget/" + budget + "/study.csv", complete, "text/csv");
        assertEquals(0, again.json().getInt("updated"), "lines equal to what is recorded change nothing");

        Citizen greens = Citizens.agent("deve-tableur", "DEVE");
        Api.Reply notTheirs = greens.api().post("/budget/" + budget + "/study.csv", complete, "text/csv");
        assertEquals(400, notTheirs.status());
        assertTrue(notTheirs.json().getString("message").contains("n'est pas dans votre tableau"), notTheirs.body());
    }

    @Test
    void anAgentStudiesFromThePortalTable() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "tableau", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
        long garden = file(Citizens.verified("jardinier"), budget, "Un jardin partagé rue du Chevaleret", "Environnement");
        Citizen greens = Citizens.agent("deve-portail", "DEVE");
        PortalSession portal = PortalSession.signIn(greens.email(), Citizens.PASSWORD);
        String table = portal.get("/components/budget/study.xhtml?component=" + budget);
        assertTrue(table.contains("Un jardin partagé rue du Chevaleret") && table.contains("study:table:0:opinion"), table);
        assertFalse(table.contains("study:assign"), "agents do not assign");
        assertTrue(table.contains("study:select"), "a commission's agents put projects to the vote");

        String refused = portal.post("/components/budget/study.xhtml", table, Map.of("study", "study",
                "study:table:0:admissible", "no", "study:table:0:cityCost", "beaucoup", "study:save", "Enregistrer les modifications"));
        assertTrue(refused.contains("non enregistré"), refused);
        assertTrue(refused.contains("value=\"beaucoup\""), "what was typed is kept: " + refused);

        String saved = portal.post("/components/budget/study.xhtml", refused, Map.of("study", "study",
                "study:table:0:admissible", "yes", "study:table:0:feasible", "yes", "study:table:0:cityCost", "61 000",
                "study:table:0:opinion", "FAVOURABLE", "study:table:0:justification", "Un jardin ouvert aux écoles.",
                "study:save", "Enregistrer les modifications"));
        assertTrue(saved.contains("1 projet(s) enregistré(s)"), saved);
        JsonObject study = Api.anonymous().get("/budget/projects/" + garden).json().getJsonObject("study");
        assertEquals(61000, study.getInt("cityCost"));

        // The spreadsheet goes back through the page too; a post without its file (or not multipart) is told so.
        String careless = portal.post("/components/budget/study.xhtml", saved, Map.of("sheet", "sheet",
                "sheet:import", "Importer"));
        assertTrue(careless.contains("Choisissez un fichier à importer."), careless);
        String header = greens.api().get("/budget/" + budget + "/study.csv").body().lines().findFirst().orElseThrow();
        String imported = portal.postFile("/components/budget/study.xhtml", careless, Map.of("sheet", "sheet",
                "sheet:import", "Importer"), "sheetFile", "instruction.csv", header + "\n" + garden
                + ";;;;;;oui;;oui;;62000;favorable;Un jardin ouvert aux écoles.\n");
        assertTrue(imported.contains("Import terminé : 1 projet(s) modifié(s)."), imported);

        PortalSession adminPortal = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        String all = adminPortal.get("/components/budget/study.xhtml?component=" + budget);
        assertTrue(all.contains("name=\"pick\""), all);
        String assigned = adminPortal.post("/components/budget/study.xhtml", all, Map.of("study", "study",
                "pick", Long.toString(garden), "study:directorate", "DPE", "study:assign", "Attribuer"));
        assertTrue(assigned.contains("1 projet(s) attribué(s)"), assigned);
        Matcher directorate = Pattern.compile("\"directorate\":\"(\\w+)\"").matcher(admin.api().get("/budget/" + budget + "/study").body());
        assertTrue(directorate.find());
        assertEquals("DPE", directorate.group(1));
    }

    @Test
    void theShareReservedToPopularNeighbourhoodsFundsTheirProjectsFirst() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "quartiers", """
                {"manifestId":"budget","title":"Budget participatif","published":true,
                 "settings":{"district_amount":"90000","popular_share":"34","max_picks":"3"}}""").get(0);
        Citizen author = Citizens.verified("porteur-qp");
        long big = fileCosting(author, budget, "Une grande halle couverte", 60000);
        long mid = fileCosting(author, budget, "Un kiosque à musique", 30000);
        long popular = fileCosting(author, budget, "Un jardin au pied des tours", 25000);
        assertEquals(403, author.api().put("/budget/" + budget + "/popular-areas",
                "{\"projects\":[" + popular + "],\"popular\":true}").status(), "administrators mark them");
        Api.Reply marked = admin.api().put("/budget/" + budget + "/popular-areas", "{\"projects\":[" + popular + "],\"popular\":true}");
        assertEquals(1, marked.json().getInt("changed"), marked.body());
        assertTrue(Api.anonymous().get("/budget/projects/" + popular).json().getBoolean("popular"));
        for (long p : List.of(big, mid, popular)) {
            BudgetIT.studyFavourably(admin, p);
            assertEquals(200, admin.api().put("/budget/projects/" + p + "/selected", "{\"selected\":true}").status());
        }
        List<String> ballots = List.of("[" + big + "," + mid + "," + popular + "]", "[" + big + "," + mid + "]",
                "[" + big + "," + mid + "]", "[" + big + "]");
        for (int i = 0; i < ballots.size(); i++) {
            Citizen voter = Citizens.verified("votant-qp" + i);
            voter.api().put("/me", "{\"pseudonym\":\"" + voter.pseudonym() + "\",\"district\":\"75013\"}");
            voter = Citizens.login(voter.email(), Citizens.PASSWORD);
            Api.Reply cast = voter.api().post("/budget/" + budget + "/ballots", "{\"envelope\":\"75013\",\"projects\":" + ballots.get(i) + "}");
            assertEquals(201, cast.status(), cast.body());
        }
        // By votes alone the hall and the kiosk (90,000) would win; a third reserved funds the garden first
        // (25,000 of 30,600), then the hall within the 65,000 left; the kiosk no longer fits.
        JsonObject count = admin.api().get("/budget/" + budget + "/results").array().getJsonObject(0);
        assertEquals(List.of(popular, big), count.getJsonArray("winners").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList(), count.toString());
        String file = admin.api().get("/budget/" + budget + "/results/75013.pb").body();
        assertTrue(file.contains("reserved_budget;30600") && file.contains(";selected;reserved"),
                "the reserve travels in the open data, so the command-line tally finds the same winners: " + file);
        Api.Reply mixed = admin.api().put("/components/" + budget, "{\"settings\":{\"district_amount\":\"90000\","
                + "\"popular_share\":\"34\",\"max_picks\":\"3\",\"rule\":\"equal-shares\"}}");
        assertEquals(409, mixed.status(), mixed.body());
    }

    private static long fileCosting(Citizen author, long budget, String title, long cost) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects", """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"Cadre de vie",
                 "envelope":"75013","cost":%d}""".formatted(title, cost));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }
}
