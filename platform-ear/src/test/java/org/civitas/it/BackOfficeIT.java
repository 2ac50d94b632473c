package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back office corrects its mistakes: phases renamed, dated, reordered and deleted; spaces archived (hidden from
 * the public with everything they hold, read-only, restorable) or deleted when empty; slugs derived from titles;
 * roles given and taken one by one; and the portal's forms empty after an addition.
 */
@PlatformIT
class BackOfficeIT {

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
    void phasesAreRenamedDatedReorderedAndDeletedButNotTheCurrentOne() {
        long space = newSpace("Étapes à corriger");
        admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Dépôt des idées\"}");
        admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Vote\"}");
        JsonObject view = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Analyse\"}").json();
        long filing = phaseId(view, 0);
        long vote = phaseId(view, 1);
        long study = phaseId(view, 2);

        Api.Reply renamed = admin.api().put("/spaces/" + space + "/phases/" + study, """
                {"title":"Analyse par les services","startsOn":"2027-03-01","endsOn":"2027-04-30"}""");
        assertEquals(200, renamed.status(), renamed.body());
        JsonObject phase = renamed.json().getJsonArray("phases").getJsonObject(2);
        assertEquals("Analyse par les services", phase.getString("title"));
        assertEquals("2027-03-01", phase.getString("startsOn"));
        assertEquals("2027-04-30", phase.getString("endsOn"));
        for (String year : new String[] {"+300000-12-31", "-999999999-01-01", "0000-01-01"}) {
            Api.Reply absurd = admin.api().put("/spaces/" + space + "/phases/" + study, """
                    {"title":"Analyse par les services","startsOn":"2027-03-01","endsOn":"%s"}""".formatted(year));
            assertEquals(400, absurd.status(), year + " is no date of the city's life: " + absurd.body());
            assertEquals(400, Api.anonymous().get("/search?q=rue&from=" + year.replace("+", "%2B")).status(), year);
        }
        Api.Reply backwards = admin.api().put("/spaces/" + space + "/phases/" + study, """
                {"title":"Analyse","startsOn":"2027-05-01","endsOn":"2027-04-30"}""");
        assertEquals(400, backwards.status());
        assertEquals("space.dates.invalid", backwards.error());

        Api.Reply moved = admin.api().put("/spaces/" + space + "/phases/" + study + "/position", "{\"position\":2}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(List.of("Dépôt des idées", "Analyse par les services", "Vote"), titles(moved.json()));
        assertEquals(400, admin.api().put("/spaces/" + space + "/phases/" + study + "/position", "{\"position\":4}").status());

        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + filing + "/activate", "").status());
        Api.Reply current = admin.api().delete("/spaces/" + space + "/phases/" + filing);
        assertEquals(409, current.status());
        assertEquals("space.phase.current", current.error());
        assertTrue(current.message().contains("activez d'abord une autre phase"), current.message());
        Api.Reply removed = admin.api().delete("/spaces/" + space + "/phases/" + vote);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(List.of("Dépôt des idées", "Analyse par les services"), titles(removed.json()));
        assertEquals(List.of(1, 2), removed.json().getJsonArray("phases").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("position")).toList());

        String audit = admin.api().get("/admin/audit?max=50").body();
        for (String action : List.of("space.phase.updated", "space.phase.moved", "space.phase.removed")) {
            assertTrue(audit.contains(action), action + " is audited");
        }
        assertEquals(403, Citizens.verified("etapes").api().delete("/spaces/" + space + "/phases/" + study).status());
    }

    @Test
    void anArchivedSpaceAndWhatItHoldsAreHiddenFromThePublicReadOnlyAndRestorable() {
        List<Long> components = Spaces.openSpace(admin, "archive", """
                {"manifestId":"probe","title":"Sonde","published":true}""", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""");
        long probe = components.get(0);
        long box = components.get(1);
        long space = spaceOf(probe);
        String slug = admin.api().get("/spaces/" + space).json().getString("slug");
        Citizen author = Citizens.verified("archive");
        String marker = "Mouzaia" + System.nanoTime() % 100000;
        String note = author.api().post("/probe/" + probe + "/propose?text=" + encode("Banc archivé " + marker), "")
                .json().getString("id");
        Api.Reply idea = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Un composteur %s","body":"Un composteur partagé au pied de l'immeuble.","category":"Autre"}"""
                .formatted(marker));
        assertEquals(201, idea.status(), idea.body());
        long ideaId = idea.json().getJsonNumber("id").longValue();
        String inSpace = "/search?space=" + space + "&q=" + encode(marker);
        await(Api.anonymous(), inSpace, r -> r.toString().contains(note));

        Api.Reply archived = admin.api().put("/spaces/" + space + "/archived", "{\"archived\":true}");
        assertEquals(200, archived.status(), archived.body());
        assertTrue(archived.json().getBoolean("archived"));
        for (Api reader : List.of(Api.anonymous(), author.api())) {
            assertFalse(reader.get("/spaces").body().contains("\"slug\":\"" + slug + "\""), "not in the list of spaces");
            assertEquals(404, reader.get("/spaces/" + slug).status());
            assertEquals(404, reader.get("/ideabox/" + box + "/ideas").status());
            assertEquals(404, reader.get("/ideabox/ideas/" + ideaId).status());
            String found = reader.get(inSpace).body();
            assertFalse(found.contains(note) || found.contains("composteur"), "not found by search: " + found);
            assertEquals(404, reader.post("/probe/" + probe + "/propose?text=encore", "").status());
        }
        assertFalse(Api.anonymous().get("/search?q=" + encode(marker)).body().contains(note));
        assertTrue(admin.api().get(inSpace).body().contains(note), "administrators still find it");
        Api.Reply readOnly = admin.api().put("/spaces/" + space, """
                {"title":"Autre titre","description":"d","startsOn":"2027-01-10"}""");
        assertEquals(409, readOnly.status());
        assertEquals("space.archived", readOnly.error());
        assertEquals(409, admin.api().post("/probe/" + probe + "/propose?text=encore", "").status());
        assertEquals(204, admin.api().post("/probe/" + probe + "/read", "").status(), "administrators still read it");

        assertEquals(200, admin.api().put("/spaces/" + space + "/archived", "{\"archived\":false}").status());
        assertEquals(200, Api.anonymous().get("/spaces/" + slug).status());
        assertEquals(200, Api.anonymous().get("/ideabox/ideas/" + ideaId).status());
        assertTrue(Api.anonymous().get(inSpace).body().contains(note), "found again once restored");
        String audit = admin.api().get("/admin/audit?max=50").body();
        assertTrue(audit.contains("space.archived") && audit.contains("space.restored"), audit);
    }

    @Test
    void onlyASpaceWithoutContributionsIsDeletedAndTheRefusalSuggestsArchiving() {
        long box = Spaces.openSpace(admin, "suppression", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        long space = spaceOf(box);
        Citizen author = Citizens.verified("suppression");
        assertEquals(201, author.api().post("/ideabox/" + box + "/ideas?draft=true", """
                {"title":"Un brouillon","body":"Encore à écrire, mais déjà là.","category":"Autre"}""").status());
        Api.Reply refused = admin.api().delete("/spaces/" + space);
        assertEquals(409, refused.status());
        assertEquals("space.not-empty", refused.error());
        assertTrue(refused.message().contains("Archivez-le"), refused.message());
        assertEquals(200, admin.api().get("/spaces/" + space).status());

        long empty = Spaces.openSpace(admin, "vide", """
                {"manifestId":"ideabox","title":"Boîte vide","published":true}""").get(0);
        long emptySpace = spaceOf(empty);
        assertEquals(403, author.api().delete("/spaces/" + emptySpace).status());
        assertEquals(204, admin.api().delete("/spaces/" + emptySpace).status());
        assertEquals(404, admin.api().get("/spaces/" + emptySpace).status());
        assertEquals(404, admin.api().get("/ideabox/" + empty + "/ideas").status());
        assertTrue(admin.api().get("/admin/audit?max=50").body().contains("space.deleted"));
    }

    @Test
    void theSlugIsDerivedFromTheTitleWhenLeftEmptyAndKeptUnique() {
        String title = "Végétalisation des rues " + System.nanoTime() % 100000;
        String expected = "vegetalisation-des-rues-" + title.substring(title.lastIndexOf(' ') + 1);
        String body = "{\"title\":\"" + title + "\",\"description\":\"d\",\"startsOn\":\"2027-01-01\"}";
        Api.Reply first = admin.api().post("/spaces", body);
        assertEquals(201, first.status(), first.body());
        assertEquals(expected, first.json().getString("slug"));
        assertEquals(expected + "-2", admin.api().post("/spaces", body).json().getString("slug"));
        Api.Reply chosen = admin.api().post("/spaces", "{\"slug\":\"" + expected + "-choisi\",\"title\":\"" + title
                + "\",\"description\":\"d\",\"startsOn\":\"2027-01-01\"}");
        assertEquals(expected + "-choisi", chosen.json().getString("slug"), "still editable");
    }

    @Test
    void spacesAndPhasesAreWrittenInFrenchAndEnglishAndReadersSeeTheirLanguageOrFrench() {
        Api.Reply created = admin.api().post("/spaces", """
                {"title":"Budget participatif","titleEn":"Participatory budget","description":"Proposez, votez.",
                 "descriptionEn":"Propose, vote.","startsOn":"2027-01-01"}""");
        assertEquals(201, created.status(), created.body());
        long space = created.json().getJsonNumber("id").longValue();
        admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Dépôt des idées\",\"titleEn\":\"Filing ideas\"}");
        JsonObject withPhases = admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Vote\"}").json();
        assertEquals(201, admin.api().post("/spaces/" + space + "/components", """
                {"manifestId":"probe","title":"Déposer une note","titleEn":"File a note","published":true}""").status());
        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + phaseId(withPhases, 0) + "/activate", "").status());
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());

        JsonObject english = Api.anonymous().inEnglish().get("/spaces/" + space).json();
        assertEquals("Participatory budget", english.getString("title"));
        assertEquals("Propose, vote.", english.getString("description"));
        assertEquals(List.of("Filing ideas", "Vote"), titles(english), "French where no English was written");
        assertEquals("File a note", english.getJsonArray("components").getJsonObject(0).getString("title"));
        JsonObject french = Api.anonymous().get("/spaces/" + space).json();
        assertEquals("Budget participatif", french.getString("title"));
        assertEquals(List.of("Dépôt des idées", "Vote"), titles(french));
        assertEquals("Déposer une note", french.getJsonArray("components").getJsonObject(0).getString("title"));
        assertEquals("Participatory budget", french.getJsonObject("written").getString("titleEn"), "both kept for editing");

        Api.Reply renamed = admin.api().put("/spaces/" + space + "/phases/" + phaseId(withPhases, 1),
                "{\"title\":\"Vote des habitants\",\"titleEn\":\"Residents' vote\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(List.of("Filing ideas", "Residents' vote"), titles(Api.anonymous().inEnglish().get("/spaces/" + space).json()));
    }

    @Test
    void rolesAreGivenAndTakenOneByOneKeepingTheOthers() {
        Citizen agent = Citizens.agent("roles", "DEVE");
        Api.Reply added = admin.api().put("/admin/citizens/" + agent.id() + "/roles/MODERATOR", "{\"reason\":\"renfort\"}");
        assertEquals(200, added.status(), added.body());
        assertEquals(List.of("AGENT", "CITIZEN", "MODERATOR"), roles(added.json()));
        assertEquals("DEVE", added.json().getString("directorate"), "the agent keeps their directorate");
        Api.Reply removed = admin.api().delete("/admin/citizens/" + agent.id() + "/roles/MODERATOR");
        assertEquals(List.of("AGENT", "CITIZEN"), roles(removed.json()));
        assertEquals(400, admin.api().put("/admin/citizens/" + agent.id() + "/roles/EMPEROR", "{}").status());
        assertEquals(400, admin.api().put("/admin/citizens/" + agent.id() + "/roles/CITIZEN", "{}").status());
        assertEquals(400, admin.api().put("/admin/citizens/" + Citizens.verified("sansdirection").id() + "/roles/AGENT",
                "{}").status(), "an agent needs a directorate");
        assertTrue(admin.api().get("/admin/audit?max=20").body().contains("[CITIZEN, AGENT] -> [CITIZEN, MODERATOR, AGENT]"));

        Api.Reply found = admin.api().get("/admin/citizens?q=" + encode(agent.pseudonym()) + "&max=5");
        assertEquals(200, found.status());
        assertEquals(1, found.array().size(), found.body());
        assertEquals("1", found.header("X-Total-Count").orElse(""));
        Api.Reply byMail = admin.api().get("/admin/citizens?q=" + encode(agent.email().toUpperCase()));
        assertEquals(agent.id(), byMail.array().getJsonObject(0).getJsonNumber("id").longValue(), "search by e-mail, any case");
        assertEquals(0, admin.api().get("/admin/citizens?q=" + encode("%_") + "&max=5").array().size(),
                "wildcards are searched as characters");
    }

    @Test
    void thePortalsRoleEditorShowsTheCurrentRolesInWordsAndAddsOneKeepingTheOthers() {
        Citizen agent = Citizens.agent("editeur", "DEVE");
        PortalSession session = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        String list = session.get("/admin/people.xhtml?q=" + encode(agent.pseudonym()));
        assertTrue(list.contains("Agent d'une direction"), "roles in words");
        assertFalse(list.contains("[CITIZEN"), "never the raw set");
        assertTrue(list.contains("account=" + agent.id()), "the account can be chosen from the results");
        String editor = session.get("/admin/people.xhtml?account=" + agent.id());
        assertTrue(editor.contains("Rôles actuels") && editor.contains("Agent d'une direction"), "current roles loaded");
        String answer = session.post("/admin/people.xhtml", editor, Map.of("roles", "roles", "account",
                Long.toString(agent.id()), "q", "", "page", "0", "roles:role", "MODERATOR", "roles:directorate", "",
                "roles:reason", "renfort", "roles:add", "Ajouter le rôle"));
        assertTrue(answer.contains("Modifications enregistrées"), answer);
        JsonArray roles = admin.api().get("/admin/citizens?q=" + encode(agent.pseudonym())).array()
                .getJsonObject(0).getJsonArray("roles");
        assertEquals(List.of("AGENT", "CITIZEN", "MODERATOR"), roles.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList());
    }

    @Test
    void afterAddingAPhaseOrAComponentTheirFieldsAreEmpty() {
        long space = newSpace("Champs vidés");
        PortalSession session = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        String page = session.get("/admin/space.xhtml?id=" + space);
        String answer = session.post("/admin/space.xhtml?id=" + space, page, Map.of("phase", "phase",
                "phase:title", "Dépôt des idées", "phase:starts", "", "phase:ends", "", "phase:add", "Ajouter l'étape"));
        assertTrue(answer.contains("L'étape est ajoutée"), answer);
        assertEquals("", valueOf(answer, "phase:title"), "the phase's field is empty again");
        answer = session.post("/admin/space.xhtml?id=" + space, answer, Map.of("component", "component",
                "component:manifest", "probe", "component:title", "Déposer une note", "component:add", "Ajouter le composant"));
        assertTrue(answer.contains("Le composant est ajouté"), answer);
        assertEquals("", valueOf(answer, "component:title"), "the component's field is empty again");
        assertEquals(List.of("Dépôt des idées"), titles(admin.api().get("/spaces/" + space).json()));
    }

    private static String valueOf(String page, String id) {
        Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertTrue(input.find(), id + " on the page");
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private static long newSpace(String title) {
        Api.Reply created = admin.api().post("/spaces", "{\"title\":\"" + title + "\",\"description\":\"d\",\"startsOn\":\"2027-01-01\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long spaceOf(long component) {
        return admin.api().get("/spaces").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getJsonNumber("id").longValue() == component))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long phaseId(JsonObject space, int index) {
        return space.getJsonArray("phases").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static List<String> titles(JsonObject space) {
        return space.getJsonArray("phases").getValuesAs(JsonObject.class).stream().map(p -> p.getString("title")).toList();
    }

    private static List<String> roles(JsonObject profile) {
        return profile.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList();
    }

    private static JsonObject await(Api api, String path, java.util.function.Predicate<JsonObject> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply r = api.get(path);
            assertEquals(200, r.status(), r.body());
            last = r.json();
            if (until.test(last)) {
                return last;
            }
            Citizens.sleep(200);
        }
        throw new AssertionError("not reached for " + path + ": " + last);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
