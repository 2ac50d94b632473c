package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The participatory budget end to end: filing, selection, a vote that never counts twice, results. */
@PlatformIT
class BudgetIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static long file(Citizen author, long budget, String title, String envelope, long cost) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects", """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"Environnement",
                 "envelope":"%s","cost":%d}""".formatted(title, envelope, cost));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Records a favourable study with the author's cost as the city's, as the directorate would before the selection. */
    static void studyFavourably(Citizen studier, long project) {
        jakarta.json.JsonObject seen = studier.api().get("/budget/projects/" + project).json();
        Api.Reply r = studier.api().put("/budget/projects/" + project + "/study", """
                {"admissible":true,"feasible":true,"cityCost":%d,"opinion":"favourable","justification":"Utile et réalisable.",
                 "version":%d}""".formatted(seen.getJsonNumber("cost").longValue(), seen.getInt("version")));
        assertEquals(200, r.status(), r.body());
    }

    private static Citizen residentOf(String who, String district) {
        return residentOf(who, district, null);
    }

    private static Citizen residentOf(String who, String district, String birthDate) {
        Citizen c = Citizens.verified(who);
        Api.Reply r = c.api().put("/me", "{\"pseudonym\":\"" + c.pseudonym() + "\",\"district\":\"" + district + "\""
                + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"") + "}");
        assertEquals(200, r.status(), r.body());
        return Citizens.login(c.email(), Citizens.PASSWORD);
    }

    @Test
    void projectsAreFiledSelectedVotedOnceAndTheWinnersPublished() throws Exception {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget", """
                {"manifestId":"budget","title":"Budget participatif 2027","published":true,
                 "settings":{"district_amount":"100000","max_picks":"2"}}""").get(0);
        Citizen author = Citizens.verified("porteuse");
        long trees = file(author, budget, "Des arbres rue Mouffetard", "75005", 60000);
        long benches = file(author, budget, "Des bancs place Monge", "75005", 30000);
        long fountain = file(author, budget, "Une fontaine square Vermenouze", "75005", 50000);
        Api.Reply draft = author.api().post("/budget/" + budget + "/projects?draft=true", """
                {"title":"Un brouillon privé","description":"Pas encore prêt à être lu.","category":"Autre","envelope":"75005","cost":1000}""");
        long draftId = draft.json().getJsonNumber("id").longValue();
        assertEquals(404, Api.anonymous().get("/budget/projects/" + draftId).status(), "a draft is its author's alone");
        assertEquals(200, author.api().get("/budget/projects/" + draftId).status());
        JsonObject list = Api.anonymous().get("/budget/" + budget + "/projects?envelope=75005").json();
        assertEquals(3, list.getInt("total"), list.toString());

        Api.Reply tooDear = author.api().post("/budget/" + budget + "/projects", """
                {"title":"Un projet trop cher","description":"Plus cher que toute l'enveloppe.","category":"Autre","envelope":"75005","cost":100001}""");
        assertEquals(400, tooDear.status());
        assertEquals("budget.project.cost", tooDear.error());

        assertEquals(403, author.api().put("/budget/projects/" + trees + "/selected", "{\"selected\":true}").status(),
                "citizens do not select");
        Api.Reply unstudied = admin.api().put("/budget/projects/" + trees + "/selected", "{\"selected\":true}");
        assertEquals(409, unstudied.status(), "only a project studied favourably goes to the vote");
        assertEquals("budget.select.unstudied", unstudied.error());
        for (long p : List.of(trees, benches, fountain)) {
            studyFavourably(admin, p);
            assertEquals(200, admin.api().put("/budget/projects/" + p + "/selected", "{\"selected\":true}").status());
        }

        Citizen elsewhere = residentOf("voisine", "75011");
        Api.Reply notHere = elsewhere.api().post("/budget/" + budget + "/ballots", "{\"envelope\":\"75005\",\"projects\":[" + trees + "]}");
        assertEquals(403, notHere.status(), "a district ballot is for its residents: " + notHere.body());
        Citizen voter = residentOf("votante", "75005");
        assertEquals(400, voter.api().post("/budget/" + budget + "/ballots", "{\"envelope\":\"75005\",\"projects\":["
                + trees + "," + benches + "," + fountain + "]}").status(), "two picks at most");
        assertEquals(400, voter.api().post("/budget/" + budget + "/ballots", "{\"envelope\":\"75005\",\"projects\":["
                + draftId + "]}").status(), "only projects put to the vote");

        // A thousand submissions of one voter's ballot at once: exactly one counts.
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return voter.api().post("/budget/" + budget + "/ballots", "{\"envelope\":\"75005\",\"projects\":["
                        + trees + "," + benches + "]}").status();
            }));
        }
        go.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            created += status == 201 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, created, "one ballot");
        assertEquals(999, conflicts, "every other submission told it is already recorded");
        JsonObject receipt = voter.api().get("/budget/" + budget + "/ballots/mine").array().getJsonObject(0);
        assertEquals(1, voter.api().get("/budget/" + budget + "/ballots/mine").array().size());
        String code = receipt.getString("receipt");
        for (int i = 0; i < 100 && Citizens.mailsTo(voter.email()) < 2; i++) {
            Citizens.sleep(100);
        }
        assertEquals(2, Citizens.mailsTo(voter.email()), "the confirmation, then one receipt by e-mail");
        assertTrue(voter.api().get("/me/notifications").body().contains(code), "and to the portal's notifications");

        Api.Reply rules = admin.api().put("/components/" + budget, "{\"settings\":{\"district_amount\":\"200000\",\"max_picks\":\"2\"}}");
        assertEquals(409, rules.status(), "the vote's rules are frozen once a ballot is cast: " + rules.body());
        assertEquals("component.settings.frozen", rules.error());

        for (int i = 0; i < 2; i++) {
            assertEquals(201, residentOf("votant" + i, "75005").api().post("/budget/" + budget + "/ballots",
                    "{\"envelope\":\"75005\",\"projects\":[" + fountain + "," + benches + "]}").status());
        }
        assertEquals(403, voter.api().get("/budget/" + budget + "/results").status(), "results are counted by administrators");
        JsonObject count = admin.api().get("/budget/" + budget + "/results").array().getJsonObject(0);
        assertEquals("75005", count.getString("envelope"));
        assertEquals(3, count.getInt("ballots"));
        // Greedy by votes within 100,000 €: benches (3 votes, 30,000), then the fountain (2, 50,000); the trees (1,
        // 60,000) no longer fit.
        assertEquals(List.of(benches, fountain), count.getJsonArray("winners").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::longValue).toList());
        assertEquals(401, Api.anonymous().get("/budget/" + budget + "/results/75005.pb").status(), "not before publication");
        assertEquals(404, Api.anonymous().get("/budget/" + budget + "/results/published").status(), "not before publication");
        assertEquals(200, admin.api().post("/budget/" + budget + "/results/publish", "").status());
        assertTrue(Api.anonymous().get("/budget/" + budget + "/results/published").body().contains("\"winners\":[" + benches + "," + fountain + "]"));
        assertEquals(409, admin.api().post("/budget/" + budget + "/results/publish", "").status(), "published once");
        Api.Reply afterwards = residentOf("retardataire", "75005").api().post("/budget/" + budget + "/ballots",
                "{\"envelope\":\"75005\",\"projects\":[" + trees + "]}");
        assertEquals("budget.ballot.results-published", afterwards.error(), "published results close the vote");
        assertEquals("budget.ballot.results-published", voter.api().put("/budget/" + budget + "/ballots/75005",
                "{\"projects\":[" + trees + "]}").error(), "and no ballot changes");
        String page = PortalSession.anonymous().get("/components/budget/results.xhtml?component=" + budget);
        assertTrue(page.contains("Une fontaine square Vermenouze") && page.contains("Lauréat") && page.contains("Non retenu"), page);
        assertTrue(page.contains("Participation") && page.contains("3 votant(s) en tout") && page.contains("Âge non indiqué"),
                "turnout, with age bands named: " + page);
        Api.Reply open = Api.anonymous().get("/budget/" + budget + "/results/75005.pb");
        assertEquals(200, open.status(), open.body());
        assertTrue(open.body().startsWith("META"), open.body());
        assertTrue(open.body().contains("budget;100000") && open.body().contains("rule;greedy"), open.body());
        assertTrue(open.body().contains("\n" + benches + ";30000;3;"), "each project with its votes: " + open.body());
        assertTrue(open.body().contains("VOTES\nvoter_id;vote\n1;"), "anonymous voters: " + open.body());
        assertFalse(open.body().contains(voter.pseudonym()), "no one is named");
        assertEquals("WON", Api.anonymous().get("/budget/projects/" + benches).json().getString("status"));
        assertEquals("NOT_FUNDED", Api.anonymous().get("/budget/projects/" + trees).json().getString("status"));
        assertTrue(PortalSession.anonymous().get("/components/budget/project.xhtml?id=" + trees).contains("Non retenu"),
                "on the ballot, not funded: said in words");
        assertEquals(409, admin.api().put("/budget/projects/" + trees + "/selected", "{\"selected\":false}").status(),
                "the ballot is frozen once voting began");
        assertFalse(Api.anonymous().get("/budget/" + budget + "/projects").body().contains("Un brouillon privé"));
        assertTrue(Citizens.admin().api().get("/admin/audit").body().contains("budget.results.published"));
    }

    @Test
    void aCitizenFilesAProjectFromThePortalAndReadsItsPage() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-portail", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
        Citizen author = Citizens.verified("deposante");
        PortalSession portal = PortalSession.signIn(author.email(), Citizens.PASSWORD);
        String form = portal.get("/components/budget/file.xhtml?component=" + budget);
        assertTrue(form.contains("name=\"cost\""), form);
        String refused = portal.post("/components/budget/file.xhtml", form, java.util.Map.of("project", "project",
                "component", Long.toString(budget), "title", "Un jardin partagé rue Daguerre",
                "description", "Un jardin partagé, ouvert aux écoles le matin.", "category", "Environnement",
                "envelope", "ville", "cost", "beaucoup", "project:file", "Déposer le projet"));
        assertTrue(refused.contains("coût estimé"), "the reason, and what was typed is kept: " + refused);
        assertTrue(refused.contains("Un jardin partagé rue Daguerre"), refused);
        String filed = portal.post("/components/budget/file.xhtml", refused, java.util.Map.of("project", "project",
                "component", Long.toString(budget), "title", "Un jardin partagé rue Daguerre",
                "description", "Un jardin partagé, ouvert aux écoles le matin.", "category", "Environnement",
                "envelope", "ville", "cost", "25 000", "project:file", "Déposer le projet"));
        assertTrue(filed.contains("Votre projet est déposé."), filed);
        assertTrue(filed.contains("25") && filed.contains("000") && filed.contains("€"), "the cost in euros: " + filed);
        assertTrue(filed.contains("Toute la ville"), "the envelope by its name: " + filed);
        assertTrue(Api.anonymous().get("/budget/" + budget + "/projects").body().contains("Un jardin partagé rue Daguerre"));
    }


    @Test
    void aResidentVotesFromThePortalAndKeepsTheReceipt() {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-vote", """
                {"manifestId":"budget","title":"Budget participatif","published":true,"settings":{"max_picks":"1"}}""").get(0);
        long garden = file(Citizens.verified("jardiniere"), budget, "Un jardin partagé rue Daguerre", "75014", 20000);
        studyFavourably(admin, garden);
        assertEquals(200, admin.api().put("/budget/projects/" + garden + "/selected", "{\"selected\":true}").status());
        Citizen resident = residentOf("electrice", "75014");
        PortalSession portal = PortalSession.signIn(resident.email(), Citizens.PASSWORD);
        String paper = portal.get("/components/budget/ballot.xhtml?component=" + budget + "&envelope=75014");
        assertTrue(paper.contains("Un jardin partagé rue Daguerre") && paper.contains("name=\"project\""), paper);
        String none = portal.post("/components/budget/ballot.xhtml", paper, java.util.Map.of("ballot", "ballot",
                "component", Long.toString(budget), "envelope", "75014", "ballot:cast", "Valider mon vote"));
        assertTrue(none.contains("Choisissez au moins un projet."), none);
        String cast = portal.post("/components/budget/ballot.xhtml", none, java.util.Map.of("ballot", "ballot",
                "component", Long.toString(budget), "envelope", "75014", "project", Long.toString(garden),
                "ballot:cast", "Valider mon vote"));
        String receipt = resident.api().get("/budget/" + budget + "/ballots/mine").array().getJsonObject(0).getString("receipt");
        assertTrue(cast.contains("Votre vote est enregistré") && cast.contains(receipt), cast);
        assertTrue(cast.contains("Vous avez voté dans cette enveloppe") && cast.contains("Modifier mon vote")
                && !cast.contains("Valider mon vote"), "no second ballot, but the first can be changed: " + cast);
        assertTrue(cast.contains("value=\"" + garden + "\" data-cost=\"20000\" data-category=\"Environnement\" checked=\"checked\""),
                "the ballot as cast is ticked: " + cast);
    }


    @Test
    void aVoterMayChangeTheirBallotUntilTheVoteClosesButNeverBreakTheRules() throws Exception {
        Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-panier", """
                {"manifestId":"budget","title":"Budget participatif","published":true,
                 "settings":{"district_amount":"100000","ballot":"budget","max_per_category":"1","min_age":"16"}}""").get(0);
        Citizen author = Citizens.verified("porteur-panier");
        long pool = fileIn(author, budget, "Une piscine d'été", "Sport", 30000);
        long court = fileIn(author, budget, "Un terrain de basket", "Sport", 20000);
        long library = fileIn(author, budget, "Une bibliothèque de rue", "Culture et patrimoine", 60000);
        for (long p : List.of(pool, court, library)) {
            studyFavourably(admin, p);
            assertEquals(200, admin.api().put("/budget/projects/" + p + "/selected", "{\"selected\":true}").status());
        }
        String ballots = "/budget/" + budget + "/ballots";
        Api.Reply ageless = residentOf("sans-age", "75012").api().post(ballots, ballot(pool));
        assertEquals("budget.ballot.age-unknown", ageless.error(), ageless.body());
        Api.Reply young = residentOf("collegien", "75012", java.time.LocalDate.now().minusYears(12).toString()).api()
                .post(ballots, ballot(pool));
        assertEquals(403, young.status());
        assertEquals("budget.ballot.too-young", young.error());

        Citizen voter = residentOf("panier", "75012", "1984-03-02");
        assertEquals("budget.ballot.category", voter.api().post(ballots, ballot(pool, court)).error(), "one per category");
        assertEquals("budget.ballot.over-budget", voter.api().post(ballots, ballot(pool, court, library)).error());
        Api.Reply cast = voter.api().post(ballots, ballot(pool, library));
        assertEquals(201, cast.status(), cast.body());
        String receipt = cast.json().getString("receipt");
        Api.Reply changed = voter.api().put(ballots + "/75012", ballot(court, library));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(receipt, changed.json().getString("receipt"), "the receipt stays");
        assertEquals("budget.ballot.category", voter.api().put(ballots + "/75012", ballot(pool, court)).error());

        // Changes racing each other: each is a whole valid ballot, so whichever wins, the ballot stays within the rules.
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String choice = i % 2 == 0 ? ballot(pool, library) : ballot(court);
            answers.add(threads.submit(() -> {
                go.await();
                return voter.api().put(ballots + "/75012", choice).status();
            }));
        }
        go.countDown();
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 200 || status == 409, "changed, or told another change got in first: " + status);
        }
        threads.shutdown();
        jakarta.json.JsonArray mine = voter.api().get(ballots + "/mine").array();
        assertEquals(1, mine.size());
        List<Long> kept = mine.getJsonObject(0).getJsonArray("projects").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).sorted().toList();
        assertTrue(java.util.Set.of(List.of(pool, library).stream().sorted().toList(), List.of(court)).contains(kept),
                "one of the ballots sent, never a mix: " + kept);

        // The audit keeps a keyed hash of where ballots came from (never the address) and the account's age.
        Citizen neighbour = residentOf("voisin-panier", "75012", "1990-01-01");
        Citizen sameHouse = residentOf("voisine-panier", "75012", "1992-01-01");
        assertEquals(201, neighbour.api().from("203.0.113.7").post(ballots, ballot(court)).status());
        assertEquals(201, sameHouse.api().from("203.0.113.7").post(ballots, ballot(court)).status());
        List<String> traces = Database.column("SELECT address_hash || '/' || account_age_days FROM budget_ballot "
                + "WHERE component_id = ? AND voter_id IN (?, ?) ORDER BY voter_id", budget, neighbour.id(), sameHouse.id());
        assertEquals(2, traces.size(), traces.toString());
        assertEquals(traces.get(0), traces.get(1), "one address, one hash; accounts made today: " + traces);
        assertTrue(traces.get(0).matches("[0-9a-f]{32}/0"), traces.toString());
        assertFalse(String.join(" ", Database.column("SELECT address_hash FROM budget_ballot WHERE component_id = ?", budget))
                .contains("203.0.113.7"));
        assertFalse(voter.api().get(ballots + "/mine").body().contains(traces.get(0).substring(0, 32)),
                "the hash is for the audit, not shown");

        JsonObject turnout = admin.api().get("/budget/" + budget + "/turnout").json();
        assertEquals(3, turnout.getInt("voters"));
        assertEquals(2, turnout.getJsonObject("byAgeBand").getInt("35-49"), turnout.toString());
        assertEquals(1, turnout.getJsonObject("byAgeBand").getInt("25-34"), turnout.toString());
        assertEquals(3, turnout.getJsonObject("byDistrict").getInt("75012"), turnout.toString());
        assertEquals(401, Api.anonymous().get("/budget/" + budget + "/turnout").status(), "with the results, not before");

        long closed = Spaces.openSpace(admin, "budget-definitif", """
                {"manifestId":"budget","title":"Budget participatif","published":true,"settings":{"ballot_changes":"never"}}""").get(0);
        long bench = fileIn(author, closed, "Des bancs cours de Vincennes", "Cadre de vie", 9000);
        studyFavourably(admin, bench);
        assertEquals(200, admin.api().put("/budget/projects/" + bench + "/selected", "{\"selected\":true}").status());
        assertEquals(201, voter.api().post("/budget/" + closed + "/ballots", ballot(bench)).status());
        Api.Reply fin = voter.api().put("/budget/" + closed + "/ballots/75012", ballot(bench));
        assertEquals(409, fin.status());
        assertEquals("budget.ballot.final", fin.error());
    }

    private static String ballot(long... projects) {
        return "{\"envelope\":\"75012\",\"projects\":" + java.util.Arrays.toString(projects) + "}";
    }

    private static long fileIn(Citizen author, long budget, String title, String category, long cost) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects", """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"%s",
                 "envelope":"75012","cost":%d}""".formatted(title, category, cost));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void anIdeaRedirectedToTheBudgetIsCompletedAndFiledByItsAuthorAndTheIdeaLearnsOfIt() {
        Citizen admin = Citizens.admin();
        List<Long> ids = Spaces.openSpace(admin, "idee-budget", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""");
        long box = ids.get(0);
        long budget = ids.get(1);
        Citizen author = Citizens.verified("idee-projet");
        long idea = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Un composteur square Saint-Lambert","body":"Pour les déchets de cuisine du quartier.","category":"Autre"}""")
                .json().getJsonNumber("id").longValue();
        Citizen moderator = Citizens.moderator("trieur-budget");
        int version = Api.anonymous().get("/ideabox/ideas/" + idea).json().getInt("version");
        Api.Reply decided = moderator.api().post("/ideabox/ideas/" + idea + "/decision", "{\"type\":\"redirect\",\"version\":"
                + version + ",\"componentId\":" + budget + ",\"message\":\"Le dépôt des projets est ouvert.\"}");
        assertEquals(200, decided.status(), decided.body());
        String link = decided.json().getString("redirectLink");
        long draft = Long.parseLong(link.substring(link.indexOf("id=") + 3));
        assertEquals("DRAFT", author.api().get("/budget/projects/" + draft).json().getString("status"));
        assertEquals(404, Api.anonymous().get("/budget/projects/" + draft).status(), "a draft is its author's alone");

        String completed = """
                {"title":"Un composteur square Saint-Lambert","description":"Un composteur partagé, tenu par les voisins.",
                 "category":"Environnement","envelope":"75015","cost":%s}""";
        assertEquals(404, Citizens.verified("intrus-brouillon").api().put("/budget/projects/" + draft + "?file=true",
                completed.formatted("4000")).status(), "no one else completes it");
        Api.Reply noCost = author.api().put("/budget/projects/" + draft + "?file=true", completed.formatted("0"));
        assertEquals("budget.project.cost", noCost.error(), noCost.body());
        Api.Reply filed = author.api().put("/budget/projects/" + draft + "?file=true", completed.formatted("4000"));
        assertEquals(200, filed.status(), filed.body());
        assertEquals("FILED", Api.anonymous().get("/budget/projects/" + draft).json().getString("status"));

        String told = "";
        for (int i = 0; i < 100 && !told.contains("déposé au budget participatif"); i++) {
            Citizens.sleep(100);
            told = Api.anonymous().get("/ideabox/ideas/" + idea).body();
        }
        assertTrue(told.contains("Le projet tiré de cette idée est déposé au budget participatif."), told);

        studyFavourably(admin, draft);
        Api.Reply late = author.api().put("/budget/projects/" + draft, completed.formatted("5000"));
        assertEquals(409, late.status(), "a studied project no longer changes");
        assertEquals("budget.project.locked", late.error());
    }
}
