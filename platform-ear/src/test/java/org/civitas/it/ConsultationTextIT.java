package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The directorate's text: imported from Markdown, published in versions whose differences anyone reads word by word;
 * questions answered once per person; PDF documents; the pages that show them.
 */
@PlatformIT
class ConsultationTextIT {

    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final String TEXT = """
            # Plan vélo 2027

            La Ville veut doubler les trajets à vélo.

            ## Article 1 — Les pistes
            Les pistes cyclables font deux mètres de large.

            ## Article 2 — Le stationnement
            Des arceaux <script>alert(1)</script> dans chaque rue.

            ## Article 3 — Les zones apaisées
            Trente kilomètres à l'heure partout.
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void aDirectorateImportsItsTextPublishesTwoVersionsAndEveryoneReadsWhatChanged() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-text");
        Citizen agent = Citizens.agent("text-dvd", "DVD");
        Citizen other = Citizens.agent("text-deve", "DEVE");
        Citizen citizen = Citizens.verified("text-reader");
        long id = opened(agent, instance, "Plan vélo 2027");
        String base = "/consultation/consultations/" + id;

        Api.Reply imported = agent.api().post(base + "/import", TEXT, "text/markdown; charset=UTF-8");
        assertEquals(200, imported.status(), imported.body());
        JsonArray sections = imported.array();
        assertEquals(List.of("Préambule", "Article 1 — Les pistes", "Article 2 — Le stationnement", "Article 3 — Les zones apaisées"),
                sections.getValuesAs(JsonObject.class).stream().map(s -> s.getString("title")).toList());
        String parking = sections.getJsonObject(2).getString("body");
        assertTrue(parking.contains("arceaux") && !parking.contains("<script"), parking);
        long article1 = sections.getJsonObject(1).getJsonNumber("id").longValue();

        // A draft is its directorate's: no one else lists it, reads it, its versions or its documents.
        assertTrue(titles(citizen.api().get("/consultation/" + instance + "/consultations")).isEmpty());
        assertTrue(titles(other.api().get("/consultation/" + instance + "/consultations")).isEmpty());
        assertEquals(List.of("Plan vélo 2027"), titles(agent.api().get("/consultation/" + instance + "/consultations")));
        assertEquals(404, citizen.api().get(base).status());
        assertEquals(404, citizen.api().get(base + "/versions").status());
        assertEquals(404, citizen.api().get(base + "/versions/1").status());
        assertEquals(404, citizen.api().get(base + "/documents").status());
        Api.Reply refused = other.api().put(base + "/sections/" + article1, """
                {"title":"Article 1","body":"Autre chose."}""");
        assertEquals(404, refused.status(), "another directorate does not even see the draft");

        assertEquals(201, agent.api().post(base + "/versions", "{\"changelog\":\"Première version\"}").status());
        assertEquals(200, agent.api().post(base + "/publish", "").status());
        assertEquals(List.of("Plan vélo 2027"), titles(citizen.api().get("/consultation/" + instance + "/consultations")));
        // Once public, another directorate reads it but does not write it.
        Api.Reply forbidden = other.api().put(base + "/sections/" + article1, """
                {"title":"Article 1","body":"Autre chose."}""");
        assertEquals(403, forbidden.status(), forbidden.body());
        assertTrue(forbidden.message().contains("DVD"), forbidden.body());

        // Version 2: one word changes in article 1, article 3 moves up before it, article 2 is removed.
        Api.Reply edited = agent.api().put(base + "/sections/" + article1, """
                {"title":"Article 1 — Les pistes","body":"Les pistes cyclables font trois mètres de large."}""");
        assertEquals(200, edited.status(), edited.body());
        long article2 = sections.getJsonObject(2).getJsonNumber("id").longValue();
        long article3 = sections.getJsonObject(3).getJsonNumber("id").longValue();
        assertEquals(200, agent.api().post(base + "/sections/" + article3 + "/move?direction=up", "").status());
        assertEquals(200, agent.api().post(base + "/sections/" + article3 + "/move?direction=up", "").status());
        assertEquals(200, agent.api().delete(base + "/sections/" + article2).status());
        // The draft is the directorate's until published: the public still reads version 1 alone.
        assertEquals(1, citizen.api().get(base + "/versions").array().size());
        assertEquals(404, citizen.api().get(base + "/versions/2").status());
        Api.Reply v2 = agent.api().post(base + "/versions", "{\"changelog\":\"Pistes élargies\"}");
        assertEquals(201, v2.status(), v2.body());
        assertEquals(2, v2.json().getInt("number"));

        JsonArray versions = citizen.api().get(base + "/versions").array();
        assertEquals(2, versions.size());
        assertEquals("Pistes élargies", versions.getJsonObject(1).getString("changelog"));
        String v1 = citizen.api().get(base + "/versions/1").body();
        assertTrue(v1.contains("deux mètres") && v1.contains("Le stationnement"), "version 1 stays readable: " + v1);

        JsonObject diff = citizen.api().get(base + "/diff?from=1&to=2").json();
        JsonObject changed = section(diff, article1);
        assertEquals("changed", changed.getString("change"));
        List<String> parts = changed.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("kind") + ":" + p.getString("text")).toList();
        assertTrue(parts.contains("REMOVED:deux") && parts.contains("ADDED:trois"), parts.toString());
        assertEquals("removed", section(diff, article2).getString("change"));
        assertTrue(section(diff, article3).getBoolean("moved"));
        assertEquals(400, citizen.api().get(base + "/diff?from=1").status());
        assertEquals(404, citizen.api().get(base + "/diff?from=1&to=9").status());

        // The pages: the list, the consultation with its articles' links, the differences said in words.
        for (String language : List.of("fr", "en")) {
            PortalSession reader = PortalSession.anonymous();
            if (language.equals("en")) {
                reader = PortalSession.signIn(citizen.email(), Citizens.PASSWORD);
                String home = reader.get("/index.xhtml");
                reader.post("/index.xhtml", home, Map.of("lang", "lang", "lang:en", "English"));
            }
            boolean french = language.equals("fr");
            String list = reader.get("/components/consultation/index.xhtml?component=" + instance);
            assertTrue(visible(list).contains("Plan vélo 2027") && visible(list).contains(french ? "Ouverte" : "Open"), visible(list));
            noIsoDay(list);
            String page = reader.get("/components/consultation/consultation.xhtml?id=" + id);
            assertTrue(page.contains("id=\"section-" + article1 + "\""), "one anchor per section");
            assertTrue(page.contains("propose.xhtml?consultation=" + id + "&amp;section=" + article1), page);
            assertTrue(page.contains("amend.xhtml?consultation=" + id + "&amp;section=" + article1), page);
            assertTrue(visible(page).contains(french ? "Proposer sur cet article" : "Propose on this article"), visible(page));
            assertTrue(visible(page).contains("trois mètres"), "the current version");
            noIsoDay(page);
            String compared = reader.get("/components/consultation/versions.xhtml?id=" + id + "&from=1&to=2");
            assertTrue(compared.contains("<del><span class=\"visually-hidden\">" + (french ? "supprimé :" : "removed:") + " </span>deux</del>"),
                    compared);
            assertTrue(compared.contains("<ins><span class=\"visually-hidden\">" + (french ? "ajouté :" : "added:") + " </span>trois</ins>"),
                    compared);
            assertTrue(visible(compared).contains(french ? "Légende" : "Key"));
            String whole = reader.get("/components/consultation/versions.xhtml?id=" + id + "&from=1&to=1");
            assertTrue(visible(whole).contains("deux mètres"), visible(whole));
            noIsoDay(whole);
        }
    }

    @Test
    void aClosedQuestionIsAnsweredOncePerPersonAndItsAnswerCanChangeUntilClose() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-question");
        Citizen agent = Citizens.agent("question-dvd", "DVD");
        Citizen first = Citizens.verified("question-one");
        Citizen second = Citizens.verified("question-two");
        long id = opened(agent, instance, "Stationnement vélo");
        String base = "/consultation/consultations/" + id;
        assertEquals(201, agent.api().post(base + "/sections", "{\"title\":\"Article 1\",\"body\":\"Des arceaux.\"}").status());

        String twentyOne = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "\"Rue " + i + "\"").toList());
        Api.Reply tooMany = agent.api().post(base + "/questions", "{\"kind\":\"closed\",\"text\":\"Où ?\",\"options\":[" + twentyOne + "]}");
        assertEquals(400, tooMany.status(), tooMany.body());
        assertTrue(tooMany.message().contains("20"), tooMany.body());
        assertEquals(400, agent.api().post(base + "/questions", "{\"kind\":\"closed\",\"text\":\"Où ?\",\"options\":[\"Seule\"]}").status());
        assertEquals(400, agent.api().post(base + "/questions", "{\"kind\":\"closed\",\"text\":\"Où ?\",\"options\":[\"Ici\",\""
                + "x".repeat(201) + "\"]}").status());
        Api.Reply added = agent.api().post(base + "/questions", """
                {"kind":"closed","text":"Où garer son vélo ?","options":["Dans la rue","Dans les cours"]}""");
        assertEquals(201, added.status(), added.body());
        long question = added.json().getJsonNumber("id").longValue();
        Api.Reply open = agent.api().post(base + "/questions", "{\"kind\":\"open\",\"text\":\"Que proposez-vous ?\"}");
        long openQuestion = open.json().getJsonNumber("id").longValue();
        // Not before the consultation opens to the public.
        assertEquals(404, first.api().put("/consultation/questions/" + question + "/choice", "{\"option\":0}").status());

        assertEquals(201, agent.api().post(base + "/versions", "{}").status());
        assertEquals(200, agent.api().post(base + "/publish", "").status());

        // Once open, questions keep their shape: reworded, not added, removed or given other options.
        Api.Reply locked = agent.api().post(base + "/questions", "{\"kind\":\"open\",\"text\":\"Autre ?\"}");
        assertEquals(409, locked.status(), locked.body());
        assertTrue(locked.message().contains("reformuler"), locked.body());
        assertEquals(409, agent.api().delete("/consultation/questions/" + question).status());
        assertEquals(409, agent.api().put("/consultation/questions/" + question, """
                {"kind":"closed","text":"Où garer son vélo ?","options":["Dans la rue","Dans les cours","Ailleurs"]}""").status());
        Api.Reply reworded = agent.api().put("/consultation/questions/" + question, """
                {"kind":"closed","text":"Où garer votre vélo ?","options":["Dans la rue","Dans les cours d'immeubles"]}""");
        assertEquals(200, reworded.status(), reworded.body());

        String choice = "/consultation/questions/" + question + "/choice";
        assertEquals(List.of(1L, 0L), counts(first.api().put(choice, "{\"option\":0}")));
        JsonObject changed = first.api().put(choice, "{\"option\":1}").json();
        assertEquals(List.of(0L, 1L), counts(changed), "a changed answer still counts once");
        assertEquals(1, changed.getInt("mine"));
        assertEquals(List.of(0L, 2L), counts(second.api().put(choice, "{\"option\":1}")));
        JsonObject seen = Api.anonymous().get(base + "/questions").array().getJsonObject(0);
        assertEquals(2, seen.getInt("total"), "results are shown to all");
        assertFalse(seen.containsKey("mine") && !seen.isNull("mine"), "an anonymous reader has no answer");
        assertEquals(400, first.api().put(choice, "{\"option\":2}").status());
        assertEquals(400, first.api().put(choice, "{}").status());
        assertEquals(400, first.api().put("/consultation/questions/" + openQuestion + "/choice", "{\"option\":0}").status());
        int anonymous = Api.anonymous().put(choice, "{\"option\":0}").status();
        assertEquals(401, anonymous, "answering needs an account");

        // Through the page: a citizen picks an answer in the form and sees the count.
        Citizen third = Citizens.verified("question-three");
        PortalSession session = PortalSession.signIn(third.email(), Citizens.PASSWORD);
        String page = session.get("/components/consultation/consultation.xhtml?id=" + id);
        assertTrue(page.contains("name=\"option-" + question + "\""), page);
        session.post("/components/consultation/consultation.xhtml", page, Map.of("choices", "choices", "id", Long.toString(id),
                "option-" + question, "0", "choices:choose", "Enregistrer mes réponses"));
        assertEquals(List.of(1L, 2L), counts(third.api().get(base + "/questions").array().getJsonObject(0)));
    }

    @Test
    void documentsArePdfsCheckedFromTheirBytesAndADraftsStayWithItsDirectorate() {
        Citizen admin = Citizens.admin();
        long instance = Spaces.openSpace(admin, "cons-docs", """
                {"manifestId":"consultation","title":"Consultations","settings":{"document_max_mb":"1"},"published":true}""").get(0);
        Citizen agent = Citizens.agent("docs-dvd", "DVD");
        Citizen citizen = Citizens.verified("docs-reader");
        long id = opened(agent, instance, "Plan piéton");
        String base = "/consultation/consultations/" + id;
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Api.Reply attached = postBytes(agent, base + "/documents?title=" + enc("Étude d'impact") + "&name=" + enc("étude \"impact\".pdf"),
                pdf, "application/pdf");
        assertEquals(201, attached.status(), attached.body());
        long document = attached.json().getJsonNumber("id").longValue();
        assertEquals("etude-impact.pdf", attached.json().getString("fileName"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        Api.Reply renamed = postBytes(agent, base + "/documents?title=Plan&name=plan.pdf", png, "application/pdf");
        assertEquals(415, renamed.status(), renamed.body());
        byte[] big = Arrays.copyOf(pdf, 1024 * 1024 + 1);
        Api.Reply tooBig = postBytes(agent, base + "/documents?title=Gros&name=gros.pdf", big, "application/pdf");
        assertEquals(400, tooBig.status(), tooBig.body());
        assertTrue(tooBig.message().contains("1 Mo"), tooBig.body());
        assertEquals(400, postBytes(agent, base + "/documents?name=x.pdf", pdf, "application/pdf").status());

        // The draft's documents are its directorate's alone.
        assertEquals(404, citizen.api().get(base + "/documents").status());
        assertEquals(404, citizen.api().getBytes("/consultation/documents/" + document).status());
        assertEquals(404, Api.anonymous().getBytes("/consultation/documents/" + document).status());
        JsonArray listed = agent.api().get(base + "/documents").array();
        assertEquals(1, listed.size());
        assertEquals("Étude d'impact", listed.getJsonObject(0).getString("title"));

        assertEquals(201, agent.api().post(base + "/sections", "{\"title\":\"Article 1\",\"body\":\"Des trottoirs.\"}").status());
        assertEquals(201, agent.api().post(base + "/versions", "{}").status());
        assertEquals(200, agent.api().post(base + "/publish", "").status());
        Api.Bytes download = citizen.api().getBytes("/consultation/documents/" + document);
        assertEquals(200, download.status());
        assertTrue(Arrays.equals(pdf, download.body()));
        assertEquals("application/pdf", download.header("Content-Type").orElseThrow());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElseThrow());
        String disposition = download.header("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"") && !disposition.contains("\"impact"), disposition);
        // Once public, its documents stay.
        assertEquals(409, agent.api().delete("/consultation/documents/" + document).status());
        String page = PortalSession.anonymous().get("/components/consultation/consultation.xhtml?id=" + id);
        assertTrue(visible(page).contains("Étude d'impact"), visible(page));
    }

    @Test
    void badInputsAreRefusedWithAReason() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-text-bad");
        Citizen agent = Citizens.agent("text-bad-dvd", "DVD");
        long id = opened(agent, instance, "Plan arbres");
        long elsewhere = ConsultationIT.published(agent, instance, "Plan fontaines");
        String base = "/consultation/consultations/" + id;
        long foreign = Api.anonymous().get("/consultation/consultations/" + elsewhere).json().getJsonArray("sections")
                .getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(400, agent.api().post(base + "/import", "  \n", "text/markdown").status());
        Api.Reply tooLong = agent.api().post(base + "/import", "a".repeat(100_001), "text/markdown");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.message().contains("100"), tooLong.body());
        assertEquals(400, agent.api().post(base + "/import", "# Titre\nun\u0000deux", "text/markdown").status());
        assertEquals(201, agent.api().post(base + "/sections", "{\"title\":\"Article 1\",\"body\":\"Un.\"}").status());
        Api.Reply nul = agent.api().put(base + "/sections/" + foreign, "{\"title\":\"A\\u0000B\",\"body\":\"x\"}");
        assertEquals(400, nul.status());
        Api.Reply other = agent.api().put(base + "/sections/" + foreign, "{\"title\":\"Article\",\"body\":\"Ailleurs.\"}");
        assertEquals(400, other.status(), "a section of another consultation: " + other.body());
        assertFalse(other.message().isBlank());
        assertEquals(400, agent.api().delete(base + "/sections/" + foreign).status());
        assertEquals(400, agent.api().post(base + "/sections/" + foreign + "/move?direction=sideways", "").status());
        // Who may move comes before which way: anonymous callers are asked to sign in, other people told it is not theirs.
        assertEquals(401, Api.anonymous().post("/consultation/consultations/" + elsewhere + "/sections/" + foreign + "/move", "")
                .status());
        assertEquals(403, Citizens.verified("text-bad-reader").api().post("/consultation/consultations/" + elsewhere
                + "/sections/" + foreign + "/move?direction=sideways", "").status());
        assertEquals(400, agent.api().put(base + "/sections/" + foreign, "{\"title\":\"" + "t".repeat(201) + "\",\"body\":\"x\"}").status());
        assertEquals(400, agent.api().put(base, """
                {"title":"Plan arbres","context":"x","opensOn":"2027-02-10","closesOn":"2027-01-01"}""").status());
        assertEquals(400, agent.api().post(base + "/questions", "{\"kind\":\"maybe\",\"text\":\"Q ?\"}").status());
        assertEquals(400, agent.api().post(base + "/questions", "{\"kind\":\"open\",\"text\":\"" + "q".repeat(501) + "\"}").status());
        assertEquals(400, agent.api().post(base + "/versions", "{\"changelog\":\"" + "c".repeat(4001) + "\"}").status());
        // Nothing was kept from the refusals: the draft holds its one article.
        assertEquals(1, agent.api().get(base + "/versions/1").json().getJsonArray("sections").size());
    }

    @Test
    void theDirectorateWritesItsDraftOnTheDeskPage() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-desk-page");
        Citizen agent = Citizens.agent("desk-page-dvd", "DVD");
        long id = opened(agent, instance, "Plan fraîcheur");
        PortalSession desk = PortalSession.signIn(agent.email(), Citizens.PASSWORD);
        String page = desk.get("/components/consultation/desk.xhtml?id=" + id);
        assertTrue(visible(page).contains("Bureau de la direction"), visible(page));
        String after = desk.post("/components/consultation/desk.xhtml", page, Map.of("section-form", "section-form",
                "id", Long.toString(id), "section-title", "Article 1 — Les îlots", "section-body", "Des arbres dans les cours.",
                "section-form:save-section", "Enregistrer"));
        assertTrue(visible(after).contains("L'article est ajouté"), visible(after));
        assertEquals("Article 1 — Les îlots", agent.api().get("/consultation/consultations/" + id + "/versions/1").json()
                .getJsonArray("sections").getJsonObject(0).getString("title"));
        // A refusal is said next to its field.
        String refused = desk.post("/components/consultation/desk.xhtml", after, Map.of("question-form", "question-form",
                "id", Long.toString(id), "question-kind", "closed", "question-text", "Où ?", "question-options", "Seule",
                "question-form:save-question", "Enregistrer"));
        assertTrue(refused.contains("id=\"question-options-error\""), refused);
        assertTrue(refused.contains("aria-invalid=\"true\""), refused);
        // A Markdown file imported from the desk: the article of the same title takes its words, the others follow.
        String imported = desk.postFile("/components/consultation/desk.xhtml", refused, Map.of("import-form", "import-form",
                "id", Long.toString(id), "import-form:import", "Importer"), "markdown-file", "plan.md",
                "# Article 1 — Les îlots\nDes arbres et des fontaines.\n\n# Article 2 — Les parcs\nOuverts la nuit.\n");
        assertTrue(visible(imported).contains("Import terminé : le texte compte 2 articles"), visible(imported));
        JsonArray drafted = agent.api().get("/consultation/consultations/" + id + "/versions/1").json().getJsonArray("sections");
        assertEquals(2, drafted.size());
        assertTrue(drafted.getJsonObject(0).getString("body").contains("fontaines"));
        // A PNG sent as a PDF is refused next to the file field.
        String png = desk.postFile("/components/consultation/desk.xhtml", imported, Map.of("document-form", "document-form",
                "id", Long.toString(id), "document-title", "Plan", "document-form:attach", "Joindre"), "document-file", "plan.pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "application/pdf");
        assertTrue(png.contains("id=\"document-file-error\"") && visible(png).contains("Seuls les documents PDF"), visible(png));
        noIsoDay(page);
        // Another directorate's agent gets no desk.
        String foreign = PortalSession.signIn(Citizens.agent("desk-page-deve", "DEVE").email(), Citizens.PASSWORD)
                .get("/components/consultation/desk.xhtml?id=" + id);
        assertFalse(foreign.contains("section-form"), foreign);
    }

    @Test
    void theDemoIsTheDvdsCyclingPlanInTwoVersionsWithAnsweredQuestion() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-demo");
        Api.Reply filled = admin.api().post("/admin/components/" + instance + "/demo", "");
        assertEquals(204, filled.status(), filled.body());
        JsonObject plan = Api.anonymous().get("/consultation/" + instance + "/consultations").array().getJsonObject(0);
        assertEquals("Plan vélo 2027", plan.getString("title"));
        assertEquals("DVD", plan.getString("directorate"));
        assertEquals(2, plan.getInt("version"));
        String base = "/consultation/consultations/" + plan.getJsonNumber("id").longValue();
        assertEquals(4, Api.anonymous().get(base + "/versions/2").json().getJsonArray("sections").size());
        JsonObject diff = Api.anonymous().get(base + "/diff?from=1&to=2").json();
        assertEquals(List.of("changed", "changed", "changed", "same"), diff.getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("change")).toList());
        assertEquals(8, Api.anonymous().get(base + "/questions").array().getJsonObject(0).getInt("total"));
        // Residents took part: proposals with argued votes and a discussion, and an amendment to an article.
        JsonObject proposals = Api.anonymous().get(base + "/proposals?sort=supported").json();
        assertEquals(3, proposals.getInt("total"), proposals.toString());
        JsonObject top = proposals.getJsonArray("proposals").getJsonObject(0);
        assertTrue(top.toString().contains("quais hauts"), top.toString());
        assertEquals(1, Api.anonymous().get(base + "/amendments").array().size());
    }

    /** A draft consultation open from yesterday for a month. */
    @Test
    void aDocumentOverTheDefaultLimitIsRefusedWithTheLimitSaid() {
        long instance = ConsultationIT.instance(Citizens.admin(), "cons-text-heavy");
        Citizen agent = Citizens.agent("text-heavy-dvd", "DVD");
        String base = "/consultation/consultations/" + opened(agent, instance, "Plan lourd");
        byte[] heavy = Arrays.copyOf("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 11 * 1024 * 1024);
        Api.Reply refused = postBytes(agent, base + "/documents?title=Lourd&name=lourd.pdf", heavy, "application/pdf");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.message().contains("10 Mo"), refused.body());
        assertEquals(0, agent.api().get(base + "/documents").array().size());
    }

    @Test
    void anImportThatReplacesTheDraftLeavesNoSectionBehindEvenWithTwinTitles() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-text-twins");
        Citizen agent = Citizens.agent("text-twins-dvd", "DVD");
        String base = "/consultation/consultations/" + opened(agent, instance, "Plan jumeaux");
        assertEquals(200, agent.api().post(base + "/import", "# Dup\nun\n# Dup\ndeux\n# Autre\ntrois\n", "text/markdown").status());
        assertEquals(3, agent.api().get(base + "/versions/1").json().getJsonArray("sections").size());
        Api.Reply replaced = agent.api().post(base + "/import?replace=true", "# Seul\nremplace\n", "text/markdown");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(List.of("Seul"), agent.api().get(base + "/versions/1").json().getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().map(x -> x.getString("title")).toList());
    }

    static long opened(Citizen agent, long instance, String title) {
        Api.Reply opened = agent.api().post("/consultation/" + instance + "/consultations", """
                {"title":"%s","context":"Le contexte de la consultation.","opensOn":"%s","closesOn":"%s"}"""
                .formatted(title, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getJsonNumber("id").longValue();
    }

    private static List<String> titles(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("title")).toList();
    }

    private static JsonObject section(JsonObject diff, long id) {
        return diff.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static List<Long> counts(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return counts(reply.json());
    }

    private static List<Long> counts(JsonObject question) {
        return question.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("count").longValue()).toList();
    }

    /** Posts a binary body (a document) as {@code who}: status and JSON answer. */
    private static Api.Reply postBytes(Citizen who, String path, byte[] body, String type) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                            .newBuilder(java.net.URI.create(PlatformServices.BASE + "/api/v1" + path))
                            .header("Authorization", "Bearer " + who.token()).header("Content-Type", type)
                            .header("Accept-Language", "fr").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The page's text as read: no tags, scripts or styles. */
    private static String visible(String html) {
        return html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static void noIsoDay(String html) {
        Matcher iso = ISO_DAY.matcher(visible(html));
        assertFalse(iso.find(), "a date people read is written in words: " + (iso.hitEnd() ? "" : iso.group()));
    }
}
