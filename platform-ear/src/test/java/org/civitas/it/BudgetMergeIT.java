package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Co-construction in the participatory budget: merging projects, crediting their authors, following, history. */
@PlatformIT
class BudgetMergeIT {

    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    private static final String MERGED_FIELDS = "\"title\":\"Le grand jardin du quartier\",\"description\":"
            + "\"Deux jardins proposés par deux habitantes, réunis en un seul.\",\"category\":\"Environnement\",\"cost\":70000";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static long budget(String prefix) {
        return Spaces.openSpace(Citizens.admin(), prefix, """
                {"manifestId":"budget","title":"Budget participatif","published":true}""").get(0);
    }

    private static long file(Citizen author, long budget, String title, String envelope, boolean draft) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects" + (draft ? "?draft=true" : ""), """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"Environnement",
                 "envelope":"%s","cost":40000}""".formatted(title, envelope));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static Api.Reply merge(Citizen who, long budget, long... projects) {
        StringBuilder ids = new StringBuilder();
        for (long p : projects) {
            ids.append(ids.length() == 0 ? "" : ",").append(p);
        }
        return who.api().post("/budget/" + budget + "/merges", "{\"projects\":[" + ids + "]," + MERGED_FIELDS + "}");
    }

    private static List<String> authors(JsonObject project) {
        return project.getJsonArray("authors").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void aModeratorMergesFiledProjectsIntoOneThatCreditsEveryAuthorAndKeepsEveryFollower() {
        long budget = budget("budget-fusion");
        Citizen first = Citizens.verified("jardiniere");
        Citizen second = Citizens.verified("maraichere");
        long garden = file(first, budget, "Un jardin rue Mouffetard", "75005", false);
        long orchard = file(second, budget, "Un verger place Monge", "75005", false);
        long elsewhere = file(second, budget, "Un jardin rue Oberkampf", "75011", false);
        long draft = file(first, budget, "Un brouillon de jardin", "75005", true);
        Citizen follower = Citizens.verified("voisine");
        assertEquals(401, Api.anonymous().put("/budget/projects/" + orchard + "/follow", "").status());
        assertTrue(follower.api().put("/budget/projects/" + orchard + "/follow", "").body().contains("\"following\":true"));
        assertTrue(follower.api().delete("/budget/projects/" + orchard + "/follow").body().contains("\"following\":false"));
        assertEquals(200, follower.api().put("/budget/projects/" + orchard + "/follow", "").status());
        assertEquals(404, follower.api().put("/budget/projects/" + draft + "/follow", "").status(), "a draft is its author's");

        assertEquals(403, merge(first, budget, garden, orchard).status(), "citizens do not merge");
        Citizen moderator = Citizens.moderator("moderatrice");
        Api.Reply one = merge(moderator, budget, garden, garden);
        assertEquals(400, one.status(), one.body());
        assertEquals("budget.merge.too-few", one.error());
        Api.Reply envelopes = moderator.api().inEnglish().post("/budget/" + budget + "/merges",
                "{\"projects\":[" + garden + "," + elsewhere + "]," + MERGED_FIELDS + "}");
        assertEquals(409, envelopes.status(), envelopes.body());
        assertEquals("The projects to merge must all belong to the same envelope.", envelopes.message());
        assertEquals("budget.merge.draft", merge(moderator, budget, garden, draft).error());
        Api.Reply unknown = merge(moderator, budget, garden, 999_999_999L);
        assertEquals(404, unknown.status(), unknown.body());
        Api.Reply otherBudget = merge(moderator, budget("budget-autre"), garden, orchard);
        assertEquals(409, otherBudget.status(), otherBudget.body());

        Api.Reply done = merge(moderator, budget, garden, orchard);
        assertEquals(201, done.status(), done.body());
        JsonObject merged = done.json();
        long mergedId = merged.getJsonNumber("id").longValue();
        assertEquals("FILED", merged.getString("status"));
        assertEquals("75005", merged.getString("envelope"), "the originals' envelope");
        assertEquals(List.of(first.pseudonym(), second.pseudonym()), authors(merged), "every author credited");

        for (long original : List.of(garden, orchard)) {
            JsonObject page = Api.anonymous().get("/budget/projects/" + original).json();
            assertEquals("MERGED", page.getString("status"));
            assertEquals(mergedId, page.getJsonNumber("mergedInto").longValue());
        }
        String list = Api.anonymous().get("/budget/" + budget + "/projects?envelope=75005").body();
        assertTrue(list.contains("Le grand jardin du quartier") && !list.contains("Un jardin rue Mouffetard")
                && !list.contains("Un verger place Monge"), "originals leave the list: " + list);
        assertEquals(409, merge(moderator, budget, garden, elsewhere).status(), "already merged");
        assertEquals("budget.merge.already", merge(moderator, budget, orchard, mergedId).error());

        String toFirst = first.api().get("/me/notifications").body();
        assertTrue(toFirst.contains("Le grand jardin du quartier") && toFirst.contains(second.pseudonym())
                && toFirst.contains("/components/budget/project.xhtml?id=" + mergedId), "put in touch: " + toFirst);
        assertFalse(toFirst.contains(second.email()), "never an address");
        assertTrue(second.api().get("/me/notifications").body().contains(first.pseudonym()));
        assertTrue(follower.api().get("/me/notifications").body().contains("Le grand jardin du quartier"), "followers hear");
        assertFalse(moderator.api().get("/me/notifications").body().contains("Le grand jardin du quartier"));
        assertTrue(Citizens.admin().api().get("/admin/audit").body().contains("budget.projects.merged"));

        PortalSession followerPortal = PortalSession.signIn(follower.email(), Citizens.PASSWORD);
        assertTrue(followerPortal.get("/components/budget/project.xhtml?id=" + mergedId).contains("Ne plus suivre ce projet"),
                "followers of the originals follow the merged project");
        String original = PortalSession.anonymous().get("/components/budget/project.xhtml?id=" + garden);
        assertTrue(original.contains("Ce projet a été fusionné") && original.contains("project.xhtml?id=" + mergedId)
                && original.contains("Fusionné dans le projet") && original.contains("Projet déposé"), original);
        String page = PortalSession.anonymous().get("/components/budget/project.xhtml?id=" + mergedId);
        assertTrue(page.contains("Issu de la fusion") && page.contains("Un verger place Monge")
                && page.contains(first.pseudonym() + ", " + second.pseudonym()), page);
        assertFalse(ISO_INSTANT.matcher(page).find(), "dates are written for people: " + page);

        // A merged project can be merged again; its originals then point to the end of the chain.
        Citizen third = Citizens.verified("apicultrice");
        long hives = file(third, budget, "Des ruches square Vermenouze", "75005", false);
        Api.Reply again = merge(moderator, budget, mergedId, hives);
        assertEquals(201, again.status(), again.body());
        long last = again.json().getJsonNumber("id").longValue();
        assertEquals(List.of(first.pseudonym(), second.pseudonym(), third.pseudonym()), authors(again.json()));
        assertEquals(last, Api.anonymous().get("/budget/projects/" + garden).json().getJsonNumber("mergedInto").longValue());
    }

    @Test
    void aModeratorMergesFromThePortalAndCitizensFollowFromIt() {
        long budget = budget("budget-fusion-portail");
        Citizen first = Citizens.verified("fleuriste");
        Citizen second = Citizens.verified("arboriste");
        long flowers = file(first, budget, "Des fleurs rue Daguerre", "75014", false);
        long trees = file(second, budget, "Des arbres rue Daguerre", "75014", false);

        PortalSession citizen = PortalSession.signIn(second.email(), Citizens.PASSWORD);
        assertFalse(citizen.get("/components/budget/index.xhtml?component=" + budget).contains("merge-link"));
        String flowersPage = citizen.get("/components/budget/project.xhtml?id=" + flowers);
        String followed = citizen.post("/components/budget/project.xhtml", flowersPage, Map.of("follow", "follow",
                "id", Long.toString(flowers), "follow:on", "Suivre ce projet"));
        assertTrue(followed.contains("Vous suivez ce projet") && followed.contains("Ne plus suivre ce projet"), followed);
        String unfollowed = citizen.post("/components/budget/project.xhtml", followed, Map.of("follow", "follow",
                "id", Long.toString(flowers), "follow:off", "Ne plus suivre ce projet"));
        assertTrue(unfollowed.contains("Vous ne suivez plus ce projet"), unfollowed);
        assertFalse(citizen.get("/components/budget/merge.xhtml?component=" + budget + "&envelope=75014")
                .contains("name=\"project\""), "no merge screen for citizens");

        Citizen moderator = Citizens.moderator("mediatrice");
        PortalSession portal = PortalSession.signIn(moderator.email(), Citizens.PASSWORD);
        assertTrue(portal.get("/components/budget/index.xhtml?component=" + budget).contains("merge-link"));
        String screen = portal.get("/components/budget/merge.xhtml?component=" + budget + "&envelope=75014");
        assertTrue(screen.contains("value=\"" + flowers + "\"") && screen.contains("value=\"" + trees + "\"")
                && screen.contains("<legend"), screen);
        Map<String, String> fields = Map.of("merge", "merge", "component", Long.toString(budget), "envelope", "75014",
                "title", "Des fleurs et des arbres rue Daguerre", "description", "Deux projets voisins réunis en un seul.",
                "category", "Environnement", "cost", "60 000", "merge:submit", "Fusionner les projets");
        String unconfirmed = portal.post("/components/budget/merge.xhtml", screen, with(fields, "project", Long.toString(flowers)));
        assertTrue(unconfirmed.contains("merge-errors") && unconfirmed.contains("Cochez la case de confirmation")
                && unconfirmed.contains("Des fleurs et des arbres rue Daguerre"), "the reason, and what was typed: " + unconfirmed);
        String tooFew = portal.post("/components/budget/merge.xhtml", unconfirmed,
                with(with(fields, "project", Long.toString(flowers)), "confirm", "yes"));
        assertTrue(tooFew.contains("Choisissez au moins deux projets") && tooFew.contains("id=\"projects-error\"")
                && tooFew.contains("checked=\"checked\""), "next to the projects, the ticks kept: " + tooFew);
        String body = "merge=merge&component=" + budget + "&envelope=75014&project=" + flowers + "&project=" + trees
                + "&title=Des+fleurs+et+des+arbres+rue+Daguerre&description=Deux+projets+voisins+r%C3%A9unis+en+un+seul."
                + "&category=Environnement&cost=60000&confirm=yes&merge%3Asubmit=Fusionner";
        String merged = portal.postEncoded("/components/budget/merge.xhtml", tooFew, body);
        assertTrue(merged.contains("Les projets sont fusionnés") && merged.contains(first.pseudonym() + ", " + second.pseudonym()),
                merged);
        assertEquals("MERGED", Api.anonymous().get("/budget/projects/" + trees).json().getString("status"));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }
}
