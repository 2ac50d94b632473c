package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * After closing: the directorate answers proposals (one, several, a CSV sheet), publishes the synthesis with its
 * figures (exact totals, small counts by district or age band suppressed) and the decision; the consultation is
 * exported as open data without drafts, ids or e-mails, its votes unlinkable to their voters.
 */
@PlatformIT
class ConsultationClosingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    static Citizen resident(String who, String district, String birthDate) {
        Citizen c = Citizens.verified(who);
        Api.Reply r = c.api().put("/me", "{\"pseudonym\":\"" + c.pseudonym() + "\""
                + (district == null ? "" : ",\"district\":\"" + district + "\"")
                + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"") + "}");
        assertEquals(200, r.status(), r.body());
        return Citizens.login(c.email(), Citizens.PASSWORD);
    }

    static long propose(Citizen author, long consultation, String title, boolean draft) {
        Api.Reply r = author.api().post("/consultation/consultations/" + consultation + "/proposals" + (draft ? "?draft=true" : ""),
                "{\"title\":\"" + title + "\",\"body\":\"Les détails de la proposition.\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long nextId() {
        return Long.parseLong(Database.column("SELECT nextval('consultation_seq')").get(0));
    }

    /** Votes and comments come from their own use cases; here they are written as those would write them. */
    static long vote(long proposal, Citizen voter, String stance, String argument, String district, String band) {
        long vote = nextId();
        Database.update("INSERT INTO consultation_vote (id, proposal_id, voter_id, voter, stance, argument, participant_district, "
                + "age_band, cast_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), now())", vote, proposal, voter.id(),
                voter.pseudonym(), stance, argument, district, band);
        return vote;
    }

    private static long comment(long proposal, Citizen author, String body, boolean deleted, String district, String band) {
        long comment = nextId();
        Database.update("INSERT INTO consultation_comment (id, proposal_id, author_id, author, body, participant_district, "
                + "age_band, written_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, now(), ?)", comment, proposal, author.id(),
                author.pseudonym(), body, district, band, deleted);
        return comment;
    }

    /** Moderation hides a contribution, as a moderator's decision would. */
    private static void hide(String contribution) {
        Database.update("INSERT INTO core_moderation (id, component, contribution_id, title, status, report_count) "
                + "VALUES (nextval('core_seq'), 'consultation', ?, 'masqué', 'HIDDEN', 3)", contribution);
    }

    private static void amend(long consultation, long proposal, Citizen author, String state, String district, String band) {
        Database.update("INSERT INTO consultation_amendment (id, consultation_id, proposal_id, base_version, author_id, author, "
                + "title, body, state, participant_district, age_band, created_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, now())",
                nextId(), consultation, proposal, author.id(), author.pseudonym(), "Amendement " + state.toLowerCase(),
                "<p>Des mots nouveaux.</p>", state, district, band);
    }

    /** The directorate moves the closing date to yesterday. */
    static void close(Citizen agent, long consultation) {
        Api.Reply r = agent.api().put("/consultation/consultations/" + consultation, """
                {"title":"Plan vélo 2027","context":"Le plan vélo de la ville.","opensOn":"%s","closesOn":"%s"}"""
                .formatted(LocalDate.now().minusDays(10), LocalDate.now().minusDays(1)));
        assertEquals(200, r.status(), r.body());
        assertEquals("closed", r.json().getString("state"));
    }

    /** Null, which the API leaves out. */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static String answerOf(long proposal) {
        return Database.column("SELECT answer FROM consultation_proposal WHERE id = ?", proposal).get(0);
    }

    @Test
    void theDirectorateAnswersSynthesisesAndDecidesOnceClosedAndTheConsultationIsOpenData() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-closing");
        Citizen agent = Citizens.agent("closing-dvd", "DVD");
        Citizen other = Citizens.agent("closing-deve", "DEVE");
        int year = LocalDate.now().getYear();
        Citizen ana = resident("closing-ana", "75011", (year - 30) + "-01-01");
        Citizen ben = resident("closing-ben", "75012", (year - 70) + "-01-01");
        Citizen cleo = resident("closing-cleo", null, null);
        long id = ConsultationIT.published(agent, instance, "Plan vélo 2027");

        long a1 = propose(ana, id, "Des pistes plus larges", false);
        long a2 = propose(ana, id, "Des arceaux devant les écoles", false);
        long b1 = propose(ben, id, "Des bancs le long des pistes", false);
        long draft = propose(cleo, id, "Un brouillon jamais publié", true);
        vote(b1, ana, "AGREE", "Les bancs aident les aînés.", "75011", "25-34");
        vote(a1, ben, "DISAGREE", null, "75012", "65+");
        long cleoVote = vote(a1, cleo, "MIXED", "Un argument masqué par la modération.", null, null);
        vote(draft, ana, "AGREE", "Sur un brouillon.", "75011", "25-34");
        comment(b1, ana, "Et des fontaines ?", false, "75011", "25-34");
        comment(b1, ben, "", true, "75012", "65+");
        amend(id, a1, cleo, "EVALUATING", null, null);
        amend(id, a2, ana, "DRAFT", "75011", "25-34");
        // What moderation hides is neither counted nor exported: a proposal (and what was said on it), a comment,
        // an argument (its vote still counts).
        long hiddenProposal = propose(ana, id, "Une proposition masquée", false);
        vote(hiddenProposal, ben, "AGREE", "Sur une proposition masquée.", "75012", "65+");
        comment(hiddenProposal, ben, "Sur une proposition masquée.", false, "75012", "65+");
        long hiddenComment = comment(a1, cleo, "Un commentaire masqué.", false, null, null);
        hide("proposal-" + hiddenProposal);
        hide("comment-" + hiddenComment);
        hide("argument-" + cleoVote);

        // Before closing: no answer, and the open data waits for the closing (its directorate may look).
        Api.Reply early = agent.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"Oui.\"}");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.json().getString("message").contains("close"), early.body());
        assertEquals(409, Api.anonymous().get("/consultation/consultations/" + id + "/export.json").status());
        assertEquals(200, agent.api().get("/consultation/consultations/" + id + "/export.json").status());

        assertEquals(201, agent.api().post("/consultation/consultations/" + id + "/sections", """
                {"title":"Article 2","body":"Des bancs."}""").status());
        close(agent, id);

        // One by one; a citizen and another directorate may not; bad answers are refused.
        assertEquals(403, ana.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"Oui.\"}").status());
        assertEquals(403, other.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"Oui.\"}").status());
        assertEquals(400, agent.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"peut-être\",\"text\":\"Oui.\"}").status());
        assertEquals(400, agent.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"  \"}").status());
        assertEquals(400, agent.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"O\\u0000ui\"}").status());
        assertEquals(404, agent.api().put("/consultation/proposals/" + draft + "/answer",
                "{\"answer\":\"ACCEPTED\",\"text\":\"Oui.\"}").status());
        Api.Reply one = agent.api().put("/consultation/proposals/" + a1 + "/answer",
                "{\"answer\":\"acceptée\",\"text\":\"<p>Les pistes passeront à <strong>2 m</strong>.<script>x</script></p>\"}");
        assertEquals(200, one.status(), one.body());
        assertEquals("accepted", one.json().getString("answer"));
        JsonObject shown = Api.anonymous().get("/consultation/proposals/" + a1 + "/answer").json();
        assertEquals("accepted", shown.getString("answer"));
        assertTrue(shown.getString("text").contains("<strong>2 m</strong>") && !shown.getString("text").contains("script"));
        assertTrue(ana.api().get("/me/notifications").body().contains("Des pistes plus larges"), "the author is told");

        // In bulk: all or nothing; a proposal of another consultation is named in the refusal.
        long elsewhere = propose(ana, ConsultationIT.published(agent, instance, "Autre consultation"), "Ailleurs dans la ville", false);
        Api.Reply mixed = agent.api().post("/consultation/consultations/" + id + "/answers", """
                {"proposals":[%d,%d],"answer":"REJECTED","text":"Non."}""".formatted(a2, elsewhere));
        assertEquals(400, mixed.status(), mixed.body());
        assertTrue(mixed.json().getString("message").contains(Long.toString(elsewhere)), mixed.body());
        assertNull(answerOf(a2));
        assertEquals(400, agent.api().post("/consultation/consultations/" + id + "/answers",
                "{\"proposals\":[],\"answer\":\"REJECTED\",\"text\":\"Non.\"}").status());
        Api.Reply bulk = agent.api().post("/consultation/consultations/" + id + "/answers", """
                {"proposals":[%d,%d],"answer":"rejected","text":"Non, faute de place."}""".formatted(a2, b1));
        assertEquals(200, bulk.status(), bulk.body());
        assertEquals(2, bulk.json().getInt("answered"));
        assertEquals("REJECTED", answerOf(b1));

        // A CSV sheet: a bad line refuses the whole sheet, named by its line; nothing is written.
        String csv = "proposal_id;answer;text\n%d;prise en compte;Étudiée pour 2028.\n%d;peut-être;Hmm\n".formatted(b1, a2);
        Api.Reply sheet = agent.api().post("/consultation/consultations/" + id + "/answers/import", csv, "text/csv");
        assertEquals(400, sheet.status(), sheet.body());
        assertTrue(sheet.json().getString("message").contains("Ligne 3"), sheet.body());
        assertEquals("REJECTED", answerOf(b1));
        Api.Reply english = agent.api().inEnglish().post("/consultation/consultations/" + id + "/answers/import",
                "proposal_id,answer,text\n" + draft + ",accepted,Yes\n", "text/csv");
        assertEquals(400, english.status(), english.body());
        assertTrue(english.json().getString("message").contains("Line 2"), english.body());
        assertEquals(400, agent.api().post("/consultation/consultations/" + id + "/answers/import",
                b1 + ";accepted;Oui\n", "text/csv").status());
        Api.Reply imported = agent.api().post("/consultation/consultations/" + id + "/answers/import",
                "proposal_id,answer,text\n%d,prise en compte,\"Étudiée, pour 2028.\"\n".formatted(b1), "text/csv");
        assertEquals(200, imported.status(), imported.body());
        assertEquals("CONSIDERED", answerOf(b1));
        assertEquals(403, ana.api().post("/consultation/consultations/" + id + "/answers/import",
                "proposal_id,answer,text\n%d,accepted,Oui\n".formatted(b1), "text/csv").status());

        // The synthesis and its figures: drafts, deleted comments and contributions to drafts are not counted.
        assertEquals(403, other.api().put("/consultation/consultations/" + id + "/synthesis", "{\"text\":\"Synthèse.\"}").status());
        assertEquals(400, agent.api().put("/consultation/consultations/" + id + "/synthesis", "{\"text\":\"\"}").status());
        assertTrue(absent(Api.anonymous().get("/consultation/consultations/" + id + "/synthesis").json(), "figures"));
        assertFalse(absent(agent.api().get("/consultation/consultations/" + id + "/synthesis").json(), "figures"));
        Api.Reply synthesis = agent.api().put("/consultation/consultations/" + id + "/synthesis",
                "{\"text\":\"<h3>Ce que vous avez dit</h3><p>Des pistes plus larges.</p>\"}");
        assertEquals(200, synthesis.status(), synthesis.body());
        JsonObject published = Api.anonymous().get("/consultation/consultations/" + id + "/synthesis").json();
        JsonObject totals = published.getJsonObject("figures").getJsonObject("totals");
        assertEquals(3, totals.getInt("participants"));
        assertEquals(3, totals.getInt("proposals"));
        assertEquals(3, totals.getInt("votes"));
        assertEquals(1, totals.getInt("votes.agree"));
        assertEquals(1, totals.getInt("votes.mixed"));
        assertEquals(1, totals.getInt("votes.disagree"));
        assertEquals(1, totals.getInt("arguments"));
        assertEquals(1, totals.getInt("comments"));
        assertEquals(1, totals.getInt("amendments"));
        assertEquals(1, totals.getInt("amendments.evaluating"));
        assertEquals(1, totals.getInt("answers.accepted"));
        assertEquals(1, totals.getInt("answers.rejected"));
        assertEquals(1, totals.getInt("answers.considered"));
        assertEquals(0, totals.getInt("answers.unanswered"));
        JsonArray districts = published.getJsonObject("figures").getJsonArray("byDistrict");
        // Three people in two districts: no district reaches five participants, so none is named (listing 75012
        // would say where its one participant lives); they are pooled, and the "not given" row comes last.
        assertEquals(2, districts.size(), districts.toString());
        assertEquals("others", districts.getJsonObject(0).getString("key"));
        assertTrue(absent(districts.getJsonObject(1), "key"), "not given");
        JsonArray bands = published.getJsonObject("figures").getJsonArray("byAgeBand");
        assertEquals("others", bands.getJsonObject(0).getString("key"), bands.toString());
        assertFalse(bands.toString().contains("25-34") || bands.toString().contains("65+"), bands.toString());
        // A handful of people by district or age band could be named (Ana's one comment from 75011): below five, a
        // count is published as null and suppressed, for the directorate too; the totals above stay exact.
        for (JsonArray table : List.of(districts, bands)) {
            for (JsonObject row : table.getValuesAs(JsonObject.class)) {
                for (String measure : List.of("participants", "proposals", "votes", "arguments", "amendments", "comments")) {
                    JsonObject cell = row.getJsonObject("counts").getJsonObject(measure);
                    assertTrue(cell.getBoolean("suppressed") && cell.containsKey("count") && cell.isNull("count"), row.toString());
                }
            }
        }
        assertTrue(agent.api().get("/consultation/consultations/" + id + "/synthesis").json().getJsonObject("figures")
                .getJsonArray("byDistrict").getJsonObject(0).getJsonObject("counts").getJsonObject("comments")
                .getBoolean("suppressed"), "one rule for every reader");

        // The decision: a published version only (version 2 is still a draft); the accepted proposal is credited.
        Api.Reply unpublished = agent.api().put("/consultation/consultations/" + id + "/decision",
                "{\"adoptedVersion\":2,\"text\":\"Adopté.\"}");
        assertEquals(400, unpublished.status(), unpublished.body());
        assertEquals(400, agent.api().put("/consultation/consultations/" + id + "/decision",
                "{\"adoptedVersion\":1,\"text\":\"\"}").status());
        assertEquals(403, ana.api().put("/consultation/consultations/" + id + "/decision",
                "{\"adoptedVersion\":1,\"text\":\"Adopté.\"}").status());
        Api.Reply decided = agent.api().put("/consultation/consultations/" + id + "/decision",
                "{\"adoptedVersion\":1,\"text\":\"<p>Les pistes passent à 2 m grâce à vous.</p>\"}");
        assertEquals(200, decided.status(), decided.body());
        JsonObject decision = Api.anonymous().get("/consultation/consultations/" + id + "/synthesis").json().getJsonObject("decision");
        assertEquals(1, decision.getInt("adoptedVersion"));
        assertEquals(1, decision.getJsonArray("proposals").size());
        assertEquals(a1, decision.getJsonArray("proposals").getJsonObject(0).getJsonNumber("id").longValue());

        // The outcome is published: the dates are history (no reopening to vote again); the title can still be corrected.
        String described = """
                {"title":"%s","context":"Le plan vélo de la ville.","opensOn":"%s","closesOn":"%s"}""";
        Api.Reply reopened = agent.api().put("/consultation/consultations/" + id,
                described.formatted("Plan vélo 2027", LocalDate.now().minusDays(10), LocalDate.now().plusDays(10)));
        assertEquals(409, reopened.status(), reopened.body());
        assertTrue(reopened.json().getString("message").contains("les dates de la consultation ne peuvent plus changer"),
                reopened.body());
        Api.Reply retitled = agent.api().put("/consultation/consultations/" + id,
                described.formatted("Plan vélo 2027, corrigé", LocalDate.now().minusDays(10), LocalDate.now().minusDays(1)));
        assertEquals(200, retitled.status(), retitled.body());
        assertEquals("closed", retitled.json().getString("state"));

        // Open data: public now, complete, without drafts, account ids or e-mails.
        Api.Reply json = Api.anonymous().get("/consultation/consultations/" + id + "/export.json");
        assertEquals(200, json.status(), json.body());
        JsonObject data = Json.createReader(new StringReader(json.body())).readObject();
        assertTrue(data.getString("licence").contains("Licence Ouverte"));
        assertEquals(3, data.getJsonArray("proposals").size());
        assertEquals(3, data.getJsonArray("votes").size());
        assertEquals(1, data.getJsonArray("arguments").size());
        assertEquals(1, data.getJsonArray("comments").size());
        assertEquals(1, data.getJsonArray("amendments").size());
        assertEquals(3, data.getJsonArray("answers").size());
        // A vote is its proposal, stance and day: no key, id or argument joins it to its voter's public argument.
        for (JsonObject vote : data.getJsonArray("votes").getValuesAs(JsonObject.class)) {
            assertEquals(java.util.Set.of("proposal_id", "stance", "cast_on"), vote.keySet(), vote.toString());
            assertTrue(vote.getString("cast_on").matches("\\d{4}-\\d{2}-\\d{2}"), vote.toString());
        }
        JsonObject argument = data.getJsonArray("arguments").getJsonObject(0);
        assertEquals(java.util.Set.of("argument_id", "proposal_id", "author", "stance", "argument", "supports"), argument.keySet());
        assertEquals(ana.pseudonym(), argument.getString("author"), "signed as on the site");
        assertEquals("Les bancs aident les aînés.", argument.getString("argument"));
        List<String> files = new java.util.ArrayList<>(List.of(json.body()));
        for (String kind : List.of("proposals", "votes", "arguments", "comments", "amendments", "answers")) {
            Api.Reply file = Api.anonymous().get("/consultation/consultations/" + id + "/export/" + kind + ".csv");
            assertEquals(200, file.status(), kind + ": " + file.body());
            files.add(file.body());
        }
        for (String body : files) {
            assertFalse(body.contains("brouillon"), body);
            assertFalse(body.contains("masqué"), body);
            assertFalse(body.contains("exemple-ville.fr"), body);
            assertFalse(body.contains("\"voter_id\""), body);
        }
        Api.Reply proposals = Api.anonymous().get("/consultation/consultations/" + id + "/export/proposals.csv");
        assertEquals(200, proposals.status());
        assertEquals(4, proposals.body().strip().lines().count(), proposals.body());
        assertTrue(proposals.body().startsWith("proposal_id,section_id"), proposals.body());
        Api.Reply votes = Api.anonymous().get("/consultation/consultations/" + id + "/export/votes.csv");
        assertEquals("proposal_id,stance,cast_on", votes.body().lines().findFirst().orElseThrow(), votes.body());
        assertFalse(votes.body().contains("Les bancs aident les aînés.") || votes.body().contains(ana.pseudonym()), votes.body());
        assertEquals(404, Api.anonymous().get("/consultation/consultations/" + id + "/export/accounts.csv").status());
        Api.Bytes zip = Api.anonymous().getBytes("/consultation/consultations/" + id + "/export.zip");
        assertEquals(200, zip.status());
        assertEquals('P', (char) zip.body()[0]);
        assertEquals('K', (char) zip.body()[1]);
    }

    @Test
    void theAnswerDeskAndTheSynthesisPageWorkInThePortal() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-closing-pages");
        Citizen agent = Citizens.agent("closing-desk", "DVD");
        Citizen ana = resident("closing-dora", "75011", (LocalDate.now().getYear() - 30) + "-01-01");
        long id = ConsultationIT.published(agent, instance, "Plan vélo 2027");
        long p1 = propose(ana, id, "Des stationnements vélo sûrs", false);
        long p2 = propose(ana, id, "Une rue aux écoles", false);
        // People took part: the opening cannot be put off to tomorrow, which would hide their proposals.
        Api.Reply putOff = agent.api().put("/consultation/consultations/" + id, """
                {"title":"Plan vélo 2027","context":"Le plan vélo de la ville.","opensOn":"%s","closesOn":"%s"}"""
                .formatted(LocalDate.now().plusDays(1), LocalDate.now().plusDays(30)));
        assertEquals(409, putOff.status(), putOff.body());
        assertTrue(putOff.json().getString("message").contains("masquerait leur participation"), putOff.body());
        close(agent, id);

        String path = "/components/consultation/answers.xhtml?id=" + id;
        PortalSession desk = PortalSession.signIn(agent.email(), Citizens.PASSWORD);
        String page = desk.get(path);
        assertTrue(page.contains("Des stationnements vélo sûrs") && page.contains("<caption>"), page);
        String done = desk.postEncoded(path, page, "answer-ticked=answer-ticked&id=" + id + "&ticked=" + p1 + "&ticked=" + p2
                + "&bulk-answer=considered&bulk-text=" + java.net.URLEncoder.encode("Étudiées pour 2028.", java.nio.charset.StandardCharsets.UTF_8)
                + "&answer-ticked%3Asend-ticked=R%C3%A9pondre");
        assertTrue(done.contains("2 propositions ont reçu leur réponse"), done);
        assertEquals("CONSIDERED", answerOf(p1));
        assertEquals("CONSIDERED", answerOf(p2));

        // One proposal answered on its own, from its link in the table: the answer is kept.
        String onePath = path + "&proposal=" + p2;
        String one = desk.get(onePath);
        String answeredOne = desk.postEncoded(onePath, one, "answer-one=answer-one&id=" + id + "&proposal=" + p2
                + "&one-answer=accepted&one-text=" + java.net.URLEncoder.encode("Retenue pour 2027.", java.nio.charset.StandardCharsets.UTF_8)
                + "&answer-one%3Asend-one=Enregistrer");
        assertTrue(answeredOne.contains("Une proposition a reçu sa réponse"), answeredOne);
        assertEquals("ACCEPTED", answerOf(p2));

        // A sheet with a bad line: refused next to the file field, with its line; nothing written.
        String refused = desk.postFile(path, done, java.util.Map.of("answer-sheet", "answer-sheet", "id", Long.toString(id),
                "answer-sheet:send-sheet", "Importer"), "sheet", "reponses.csv",
                "proposal_id;answer;text\n" + p1 + ";acceptée;Oui.\n" + p2 + ";peut-être;Non.\n");
        assertTrue(refused.contains("id=\"sheet-error\"") && refused.contains("Ligne 3"), refused);
        assertEquals("CONSIDERED", answerOf(p1));

        // A citizen gets no desk, and the page's status says so; so does another directorate's agent at the text's desk.
        PortalSession citizenSession = PortalSession.signIn(ana.email(), Citizens.PASSWORD);
        String citizen = citizenSession.get(path);
        assertFalse(citizen.contains("answer-ticked"), citizen);
        assertEquals(403, citizenSession.status(path));
        assertEquals(401, PortalSession.anonymous().status(path));
        assertEquals(403, PortalSession.signIn(Citizens.agent("closing-desk-deve", "DEVE").email(), Citizens.PASSWORD)
                .status("/components/consultation/desk.xhtml?id=" + id));

        String synthesisPath = "/components/consultation/synthesis.xhtml?id=" + id;
        String before = PortalSession.anonymous().get(synthesisPath);
        assertTrue(before.contains("La synthèse n&#39;est pas encore publiée") || before.contains("La synthèse n'est pas encore publiée"), before);
        assertFalse(before.contains("Participation par quartier"), before);
        String form = desk.get(synthesisPath);
        String published = desk.post(synthesisPath, form, java.util.Map.of("write-synthesis", "write-synthesis",
                "id", Long.toString(id), "synthesis-text", "Vous avez demandé des stationnements sûrs.",
                "write-synthesis:publish-synthesis", "Publier la synthèse"));
        assertTrue(published.contains("La synthèse est publiée."), published);
        String read = PortalSession.anonymous().get(synthesisPath);
        assertTrue(read.contains("Vous avez demandé des stationnements sûrs."), read);
        assertTrue(read.contains("<caption>Participation par quartier</caption>"), read);
        assertTrue(read.contains("<th scope=\"row\">Autres tranches d") && read.contains("moins de 5 participants chacune)</th>"), read);
        assertTrue(read.contains("<td>moins de 5</td>") && read.contains("pour tous les lecteurs"), read);
        assertTrue(read.contains("export.json") && read.contains("export/votes.csv"), read);
        assertFalse(read.contains("write-decision"), read);
    }

    @Test
    void aLargeConsultationIsExportedPageByPageWithEveryVoteOnce() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-closing-large");
        Citizen agent = Citizens.agent("closing-large", "DVD");
        Citizen ana = resident("closing-gil", "75011", null);
        long id = ConsultationIT.published(agent, instance, "Plan vélo 2027");
        long proposal = propose(ana, id, "Des pistes partout", false);
        // 1,234 voters: more than two pages of the export's 500 rows.
        Database.update("INSERT INTO consultation_vote (id, proposal_id, voter_id, voter, stance, participant_district, age_band, "
                + "cast_at, changed_at) SELECT nextval('consultation_seq'), ?, 900000000 + n, 'votant' || n, "
                + "CASE n % 3 WHEN 0 THEN 'AGREE' WHEN 1 THEN 'MIXED' ELSE 'DISAGREE' END, '75012', '18-24', now(), now() "
                + "FROM generate_series(1, 1234) AS n", proposal);
        close(agent, id);

        Api.Reply votes = Api.anonymous().get("/consultation/consultations/" + id + "/export/votes.csv");
        assertEquals(200, votes.status(), votes.body());
        List<String> lines = votes.body().strip().lines().toList();
        assertEquals(1235, lines.size());
        // Read by proposal, stance and day, page after page: every stance counted once, each in one run.
        List<String> stances = lines.stream().skip(1).map(l -> l.split(",")[1]).toList();
        assertEquals(411, stances.stream().filter("agree"::equals).count());
        assertEquals(412, stances.stream().filter("mixed"::equals).count());
        assertEquals(411, stances.stream().filter("disagree"::equals).count());
        assertEquals(stances.stream().sorted().toList(), stances);
        assertFalse(votes.body().contains("900000001") || votes.body().contains("votant"), "no account id, no pseudonym");
        JsonObject data = Json.createReader(new StringReader(
                Api.anonymous().get("/consultation/consultations/" + id + "/export.json").body())).readObject();
        assertEquals(1234, data.getJsonArray("votes").size());
        assertEquals(412, data.getJsonArray("votes").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("stance").equals("mixed")).count());
        assertEquals(200, agent.api().put("/consultation/consultations/" + id + "/synthesis", "{\"text\":\"Beaucoup de votes.\"}").status());
        JsonObject figures = Api.anonymous().get("/consultation/consultations/" + id + "/synthesis").json().getJsonObject("figures");
        JsonObject totals = figures.getJsonObject("totals");
        JsonObject twelfth = figures.getJsonArray("byDistrict").getValuesAs(JsonObject.class).stream()
                .filter(row -> "75012".equals(row.getString("key", null))).findFirst().orElseThrow().getJsonObject("counts");
        assertEquals(1234, twelfth.getJsonObject("votes").getInt("count"), "five and more are published as they are");
        assertFalse(twelfth.getJsonObject("votes").getBoolean("suppressed"));
        assertTrue(twelfth.getJsonObject("proposals").getBoolean("suppressed"));
        assertEquals(1235, totals.getInt("participants"));
        assertEquals(1234, totals.getInt("votes"));
        assertEquals(411, totals.getInt("votes.agree"));
    }
}
