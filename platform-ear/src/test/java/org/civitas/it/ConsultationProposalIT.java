package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Citizens' proposals in a consultation over real HTTP: proposing, voting with an argument and changing it, arguments
 * for and against, supports, comments one level deep, follows, exact counters under a flood of votes, moderation
 * hiding, bad input, and ideas redirected from the idea box.
 */
@PlatformIT
class ConsultationProposalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static final String PROPOSAL = """
            {"title":"%s","body":"Des pistes de deux mètres au moins, séparées de la chaussée.","section":%s}""";

    /** A published, open consultation of a new instance and the id of its first section. */
    private record Open(long consultation, long section, long instance) {
        static Open consultation(String prefix) {
            Citizen admin = Citizens.admin();
            long instance = ConsultationIT.instance(admin, prefix);
            long id = ConsultationIT.published(Citizens.agent(prefix + "-dvd", "DVD"), instance, "Plan vélo " + prefix);
            long section = Api.anonymous().get("/consultation/consultations/" + id).json().getJsonArray("sections")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            return new Open(id, section, instance);
        }
    }

    private static long propose(Citizen author, Open open, String title) {
        Api.Reply r = author.api().post("/consultation/consultations/" + open.consultation() + "/proposals",
                PROPOSAL.formatted(title, open.section()));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject proposal(Api reader, long id) {
        Api.Reply r = reader.get("/consultation/proposals/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Api.Reply vote(Citizen voter, long proposal, String stance, String argument) {
        return voter.api().put("/consultation/proposals/" + proposal + "/vote", argument == null
                ? "{\"stance\":\"" + stance + "\"}" : "{\"stance\":\"" + stance + "\",\"argument\":\"" + argument + "\"}");
    }

    private static Api.Reply comment(Citizen author, long proposal, Long parent, String body) {
        return author.api().post("/consultation/proposals/" + proposal + "/comments",
                "{\"body\":\"" + body + "\"" + (parent == null ? "" : ",\"parent\":" + parent) + "}");
    }

    @Test
    void aCitizenProposesOthersVoteArgueCommentAndFollow() {
        Open open = Open.consultation("cons-story");
        Citizen author = Citizens.verified("cons-autrice");
        Citizen voter = Citizens.verified("cons-votant");
        Citizen second = Citizens.verified("cons-second");
        Citizen follower = Citizens.verified("cons-suiveur");

        Api.Reply placed = author.api().post("/consultation/consultations/" + open.consultation() + "/proposals", """
                {"title":"Des pistes plus larges","body":"Deux mètres au moins.","section":%d,
                 "address":"boulevard Voltaire","latitude":48.8597,"longitude":2.3786}""".formatted(open.section()));
        assertEquals(201, placed.status(), placed.body());
        long id = placed.json().getJsonNumber("id").longValue();
        Api.Reply far = author.api().post("/consultation/consultations/" + open.consultation() + "/proposals", """
                {"title":"Des pistes à Lyon","body":"Ailleurs.","latitude":45.76,"longitude":4.83}""");
        assertEquals(400, far.status(), "a point far from the city is refused: " + far.body());

        // A vote with an argument, then changed: the counters move from the old stance to the new.
        Api.Reply cast = vote(voter, id, "agree", "Les cyclistes seront plus en sécurité.");
        assertEquals(200, cast.status(), cast.body());
        JsonObject counted = proposal(Api.anonymous(), id);
        assertEquals(1, counted.getInt("agree"));
        assertEquals(1, counted.getInt("arguments"));
        assertEquals(409, author.api().put("/consultation/proposals/" + id, PROPOSAL.formatted("Des pistes encore plus larges",
                open.section())).status(), "the author no longer rewrites what people reacted to");
        assertEquals(200, vote(voter, id, "DISAGREE", "Finalement, la chaussée devient trop étroite.").status());
        counted = proposal(Api.anonymous(), id);
        assertEquals(0, counted.getInt("agree"));
        assertEquals(1, counted.getInt("disagree"));
        assertEquals(1, counted.getInt("arguments"));
        assertEquals(200, vote(second, id, "agree", "Oui, et des arceaux.").status());
        assertEquals(200, vote(follower, id, "mixed", null).status());

        JsonObject arguments = Api.anonymous().get("/consultation/proposals/" + id + "/arguments").json();
        assertEquals(1, arguments.getJsonArray("agree").size());
        assertEquals("Oui, et des arceaux.", arguments.getJsonArray("agree").getJsonObject(0).getString("argument"));
        assertEquals(1, arguments.getJsonArray("disagree").size());
        assertEquals(0, arguments.getJsonArray("mixed").size(), "a vote without words is no argument");
        long against = arguments.getJsonArray("disagree").getJsonObject(0).getJsonNumber("id").longValue();

        // "D'accord" once per person, never with one's own argument.
        assertEquals(1, second.api().post("/consultation/arguments/" + against + "/support", "").json().getInt("supports"));
        assertEquals(1, second.api().post("/consultation/arguments/" + against + "/support", "").json().getInt("supports"));
        assertEquals(400, voter.api().post("/consultation/arguments/" + against + "/support", "").status());
        assertTrue(second.api().get("/consultation/proposals/" + id + "/arguments").json().getJsonArray("disagree")
                .getJsonObject(0).getBoolean("supported"));
        // Supports were given to those words against: other words, or another stance, start again with none.
        assertEquals(200, vote(voter, id, "mixed", "Des pistes, mais pas partout.").status());
        JsonObject reworded = second.api().get("/consultation/proposals/" + id + "/arguments").json()
                .getJsonArray("mixed").getJsonObject(0);
        assertEquals(0, reworded.getInt("supports"), reworded.toString());
        assertFalse(reworded.getBoolean("supported"));
        assertEquals(200, vote(voter, id, "disagree", "Finalement, la chaussée devient trop étroite.").status());

        // Comments one level deep; the author (who follows their proposal) and followers are told.
        assertEquals(204, follower.api().put("/consultation/proposals/" + id + "/follow", "").status());
        Api.Reply first = comment(voter, id, null, "Et les livraisons ?");
        assertEquals(201, first.status(), first.body());
        long commentId = first.json().getJsonNumber("id").longValue();
        Api.Reply reply = comment(second, id, commentId, "Des aires dédiées.");
        assertEquals(201, reply.status(), reply.body());
        Api.Reply deeper = comment(voter, id, reply.json().getJsonNumber("id").longValue(), "Où ça ?");
        assertEquals(400, deeper.status(), "one replies to a comment, never to a reply");
        assertEquals(1, second.api().post("/consultation/comments/" + commentId + "/support", "").json().getInt("supports"));
        assertEquals(1, second.api().post("/consultation/comments/" + commentId + "/support", "").json().getInt("supports"));
        JsonArray thread = Api.anonymous().get("/consultation/proposals/" + id + "/comments").array();
        assertEquals(1, thread.size());
        assertEquals(1, thread.getJsonObject(0).getJsonArray("replies").size());
        assertEquals(2, proposal(Api.anonymous(), id).getInt("comments"));
        String path = "/components/consultation/proposal.xhtml?id=" + id;
        assertTrue(author.api().get("/me/notifications").body().contains(path), "the author follows their proposal");
        assertTrue(follower.api().get("/me/notifications").body().contains(path), "a follower is told of new comments");

        // A deleted comment keeps its place without its words, and is no longer counted.
        assertEquals(204, voter.api().delete("/consultation/comments/" + commentId).status());
        JsonObject deleted = Api.anonymous().get("/consultation/proposals/" + id + "/comments").array().getJsonObject(0);
        assertTrue(deleted.getBoolean("deleted"));
        assertEquals("", deleted.getString("body"));
        assertEquals(1, deleted.getJsonArray("replies").size());
        assertEquals(1, proposal(Api.anonymous(), id).getInt("comments"));
        Api.Reply late = comment(second, id, commentId, "Et les vélos cargos ?");
        assertEquals(409, late.status(), "no reply to a deleted comment: " + late.body());
        assertEquals(1, proposal(Api.anonymous(), id).getInt("comments"));

        // Withdrawn: still readable, closed to reactions.
        assertEquals(200, author.api().post("/consultation/proposals/" + id + "/withdraw", "").status());
        assertEquals("withdrawn", proposal(Api.anonymous(), id).getString("status"));
        assertEquals(409, vote(second, id, "disagree", null).status());
    }

    @Test
    void aThousandSimultaneousVotesByOnePersonAreOneVote() throws Exception {
        Open open = Open.consultation("cons-flood");
        long id = propose(Citizens.verified("cons-flood-autrice"), open, "Des arceaux partout");
        Citizen voter = Citizens.verified("cons-flood-votant");
        String[] stances = {"agree", "mixed", "disagree"};
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String stance = stances[i % 3];
            String argument = i % 2 == 0 ? "Argument " + i : null;
            replies.add(pool.submit(() -> vote(voter, id, stance, argument).status()));
        }
        Set<Integer> statuses = new HashSet<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();
        assertEquals(Set.of(200), statuses, "every vote is taken, each replacing the one before");
        JsonObject counted = proposal(Api.anonymous(), id);
        assertEquals(1, counted.getInt("agree") + counted.getInt("mixed") + counted.getInt("disagree"), counted.toString());
        JsonObject arguments = Api.anonymous().get("/consultation/proposals/" + id + "/arguments").json();
        int listed = arguments.getJsonArray("agree").size() + arguments.getJsonArray("mixed").size()
                + arguments.getJsonArray("disagree").size();
        assertEquals(listed, counted.getInt("arguments"), "the argument counter says what the list shows");

        // Another person's vote counts beside it.
        assertEquals(200, vote(Citizens.verified("cons-flood-autre"), id, "agree", null).status());
        counted = proposal(Api.anonymous(), id);
        assertEquals(2, counted.getInt("agree") + counted.getInt("mixed") + counted.getInt("disagree"));
    }

    @Test
    void listsSortByWhatPeopleDidAndPagesKeepTheRandomOrder() {
        Open open = Open.consultation("cons-sort");
        Citizen author = Citizens.verified("cons-sort-autrice");
        long consensual = propose(author, open, "Tout le monde est d'accord");
        long divisive = propose(author, open, "Les avis sont partagés");
        long quiet = propose(author, open, "Personne n'en parle");
        List<Citizen> voters = List.of(Citizens.verified("cons-sort-a"), Citizens.verified("cons-sort-b"),
                Citizens.verified("cons-sort-c"), Citizens.verified("cons-sort-d"));
        for (Citizen v : voters) {
            assertEquals(200, vote(v, consensual, "agree", null).status());
        }
        assertEquals(200, vote(voters.get(0), divisive, "agree", null).status());
        assertEquals(200, vote(voters.get(1), divisive, "agree", null).status());
        assertEquals(200, vote(voters.get(2), divisive, "disagree", null).status());
        assertEquals(200, vote(voters.get(3), divisive, "disagree", null).status());
        assertEquals(201, comment(voters.get(0), quiet, null, "Intéressant.").status());

        String list = "/consultation/consultations/" + open.consultation() + "/proposals?sort=";
        assertEquals(List.of(consensual, divisive, quiet), ids(Api.anonymous().get(list + "supported").json()));
        assertEquals(List.of(divisive, consensual, quiet), ids(Api.anonymous().get(list + "divisive").json()),
                "4 votes split 2-2 divide more than 4 in agreement");
        assertEquals(quiet, ids(Api.anonymous().get(list + "discussed").json()).get(0));
        assertEquals(List.of(quiet, divisive, consensual), ids(Api.anonymous().get(list + "recent").json()));
        assertEquals(ids(Api.anonymous().get(list + "random&seed=7").json()),
                ids(Api.anonymous().get(list + "random&seed=7").json()), "the same seed, the same order");
        assertEquals(ids(voters.get(0).api().get(list + "random").json()), ids(voters.get(0).api().get(list + "random").json()));
        assertEquals(0, Api.anonymous().get(list + "recent&page=1").json().getJsonArray("proposals").size());
        assertEquals(3, Api.anonymous().get(list + "recent&page=1").json().getInt("total"));
        assertEquals(400, Api.anonymous().get(list + "popular").status());
    }

    @Test
    void whatModerationHidesLeavesListsCountersAndSearch() {
        Open open = Open.consultation("cons-hide");
        String marker = "zorglub" + System.nanoTime() % 1_000_000;
        Citizen author = Citizens.verified("cons-hide-autrice");
        long kept = propose(author, open, "Des bancs " + marker);
        long hiddenProposal = propose(author, open, "Des insultes " + marker);
        Citizen voter = Citizens.verified("cons-hide-votant");
        long argument = vote(voter, kept, "disagree", "Injurieux " + marker).json().getJsonNumber("id").longValue();
        long comment = comment(voter, kept, null, "Injurieux aussi " + marker).json().getJsonNumber("id").longValue();
        long under = comment(voter, hiddenProposal, null, "Sous la proposition " + marker).json().getJsonNumber("id").longValue();
        Api.Reply sophie = comment(Citizens.verified("cons-hide-sophie"), kept, comment, "Restons courtois.");
        assertEquals(201, sophie.status(), sophie.body());
        assertEquals(1, proposal(Api.anonymous(), kept).getInt("arguments"));
        assertEquals(2, proposal(Api.anonymous(), kept).getInt("comments"));
        await(Api.anonymous(), "/search?q=" + marker, r -> r.contains("\"argument-" + argument + "\"")
                && r.contains("\"comment-" + comment + "\"") && r.contains("\"proposal-" + hiddenProposal + "\"")
                && r.contains("\"comment-" + under + "\""));

        Citizen moderator = Citizens.moderator("cons-hide-moderatrice");
        Citizen reporter = Citizens.verified("cons-hide-signale");
        for (String contribution : List.of("proposal-" + hiddenProposal, "argument-" + argument, "comment-" + comment)) {
            Api.Reply reported = reporter.api().post("/reports", """
                    {"component":"consultation","contributionId":"%s","reason":"OFFENSIVE"}""".formatted(contribution));
            assertEquals(201, reported.status(), contribution + ": " + reported.body());
            JsonObject item = ModerationQueue.openCase(moderator.api(), "consultation", contribution).orElseThrow();
            Api.Reply removed = moderator.api().post("/moderation/" + item.getJsonNumber("id").longValue() + "/decision", """
                    {"version":%d,"decision":"REMOVE","reason":"Injurieux"}""".formatted(item.getInt("version")));
            assertEquals(200, removed.status(), removed.body());
        }

        String list = "/consultation/consultations/" + open.consultation() + "/proposals";
        assertEquals(List.of(kept), ids(Api.anonymous().get(list).json()));
        assertEquals(1, Api.anonymous().get(list).json().getInt("total"));
        JsonObject seenByModerator = moderator.api().get(list).json();
        assertEquals(2, seenByModerator.getInt("total"), "moderators still see it, marked");
        assertTrue(seenByModerator.toString().contains("\"hidden\":true"));
        assertEquals(404, Api.anonymous().get("/consultation/proposals/" + hiddenProposal).status());
        assertEquals(0, Api.anonymous().get("/consultation/proposals/" + kept + "/arguments").json()
                .getJsonArray("disagree").size());
        // The hidden comment stays as a placeholder, without words or author, over Sophie's reply, which is not hidden.
        JsonArray thread = Api.anonymous().get("/consultation/proposals/" + kept + "/comments").array();
        assertEquals(1, thread.size(), thread.toString());
        JsonObject placeholder = thread.getJsonObject(0);
        assertTrue(placeholder.getBoolean("hidden"));
        assertEquals("", placeholder.getString("body"));
        assertEquals("", placeholder.getString("author"));
        assertEquals("Restons courtois.", placeholder.getJsonArray("replies").getJsonObject(0).getString("body"));
        JsonObject recounted = await(Api.anonymous(), "/consultation/proposals/" + kept,
                r -> r.contains("\"arguments\":0") && r.contains("\"comments\":1"));
        assertEquals(1, recounted.getInt("disagree"), "the vote still counts; its words no longer do");
        await(Api.anonymous(), "/search?q=" + marker, r -> !r.contains("\"argument-" + argument + "\"")
                && !r.contains("\"comment-" + comment + "\"") && !r.contains("\"proposal-" + hiddenProposal + "\"")
                && !r.contains("\"comment-" + under + "\""), "a hidden proposal's comments leave search with it");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        Open open = Open.consultation("cons-input");
        Open other = Open.consultation("cons-input-other");
        Citizen author = Citizens.verified("cons-input-autrice");
        String proposals = "/consultation/consultations/" + open.consultation() + "/proposals";
        assertEquals(400, author.api().post(proposals, "{\"title\":\"Des\\u0000pistes\",\"body\":\"Larges.\"}").status());
        assertEquals(400, author.api().post(proposals, "{\"title\":\"" + "a".repeat(201) + "\",\"body\":\"Larges.\"}").status());
        assertEquals(400, author.api().post(proposals, "{\"title\":\"Des pistes\",\"body\":null}").status());
        assertEquals(400, author.api().post(proposals, "{\"title\":\"Des pistes\",\"body\":\"" + "a".repeat(10_001) + "\"}").status());
        Api.Reply elsewhere = author.api().post(proposals, PROPOSAL.formatted("Une section d'ailleurs", other.section()));
        assertEquals(400, elsewhere.status(), "a section of another consultation: " + elsewhere.body());
        assertEquals(400, author.api().post(proposals, "").status());
        Api.Reply invisible = author.api().inEnglish().post(proposals,
                "{\"title\":\"\\u200B\\u200B\\u200B\\u200B\\u200B\\u200B\",\"body\":\"Larges.\"}");
        assertEquals(400, invisible.status(), "a title of zero-width spaces: " + invisible.body());
        assertEquals("The title must hold at least one visible letter, digit or symbol.", invisible.message());
        assertEquals(400, author.api().post(proposals, "{\"title\":\"Des pistes\",\"body\":\"\\u200B\\u2060\\uFEFF\"}").status());
        assertEquals(400, author.api().post(proposals, "{\"title\":\"Des pistes \\u202Esegral\\u202C\",\"body\":\"Larges.\"}").status());
        assertEquals(0, Api.anonymous().get(proposals).json().getInt("total"), "nothing invisible was published");

        // A closed question is answered by choosing an option, never by a proposal.
        Citizen agent = Citizens.agent("cons-input-ask-dvd", "DVD");
        long asking = ConsultationTextIT.opened(agent, open.instance(), "Plan arbres");
        String base = "/consultation/consultations/" + asking;
        assertEquals(201, agent.api().post(base + "/sections", "{\"title\":\"Article 1\",\"body\":\"Des arbres.\"}").status());
        Api.Reply asked = agent.api().post(base + "/questions",
                "{\"kind\":\"closed\",\"text\":\"Que planter ?\",\"options\":[\"Des tilleuls\",\"Des platanes\"]}");
        assertEquals(201, asked.status(), asked.body());
        assertEquals(201, agent.api().post(base + "/versions", "{}").status());
        assertEquals(200, agent.api().post(base + "/publish", "").status());
        Api.Reply underClosed = author.api().post(base + "/proposals", "{\"title\":\"Des tilleuls partout\",\"body\":\"De l'ombre.\","
                + "\"question\":" + asked.json().getJsonNumber("id").longValue() + "}");
        assertEquals(400, underClosed.status(), "a proposal under a closed question: " + underClosed.body());
        long id = propose(author, open, "Des pistes plus larges");
        Citizen voter = Citizens.verified("cons-input-votant");
        Api.Reply unknown = voter.api().inEnglish().put("/consultation/proposals/" + id + "/vote", "{\"stance\":\"maybe\"}");
        assertEquals(400, unknown.status());
        assertEquals("Choose agree, mixed or disagree.", unknown.message());
        assertEquals(400, voter.api().put("/consultation/proposals/" + id + "/vote", "{\"stance\":null}").status());
        assertEquals(400, voter.api().put("/consultation/proposals/" + id + "/vote", "").status());
        assertEquals(400, vote(voter, id, "agree", "a".repeat(1001)).status());
        assertEquals(400, comment(voter, id, null, "a".repeat(4001)).status());
        assertEquals(400, voter.api().post("/consultation/proposals/" + id + "/comments", "{\"body\":null}").status());
        assertEquals(400, comment(voter, id, 999_999_999L, "Une réponse à rien.").status());
        assertEquals(400, comment(voter, id, null, "\\u200B\\u2060").status());
        assertEquals(400, vote(voter, id, "agree", "\\uFEFF\\u200B").status());
        assertEquals(0, proposal(Api.anonymous(), id).getInt("agree") + proposal(Api.anonymous(), id).getInt("comments"),
                "nothing refused was kept");
    }

    @Test
    void anIdeaRedirectedFromTheIdeaBoxArrivesAsADraftProposal() {
        Citizen admin = Citizens.admin();
        List<Long> instances = Spaces.openSpace(admin, "cons-idees", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""", """
                {"manifestId":"consultation","title":"Consultations","published":true}""");
        long box = instances.get(0);
        long consultations = instances.get(1);
        Citizen moderator = Citizens.moderator("cons-idees-moderatrice");
        assertFalse(moderator.api().get("/ideabox/" + box + "/destinations").body()
                .contains("\"componentId\":" + consultations + ","), "no open consultation takes no ideas");
        long consultation = ConsultationIT.published(Citizens.agent("cons-idees-dvd", "DVD"), consultations, "Plan vélo");
        assertTrue(moderator.api().get("/ideabox/" + box + "/destinations").body()
                .contains("\"componentId\":" + consultations + ","));

        Citizen author = Citizens.verified("cons-idees-autrice");
        Api.Reply filed = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Des pistes cyclables rue de la Roquette","body":"Une piste protégée dans les deux sens.",
                 "category":"Espaces verts","district":"75011","address":"rue de la Roquette"}""");
        assertEquals(201, filed.status(), filed.body());
        long idea = filed.json().getJsonNumber("id").longValue();
        int version = Api.anonymous().get("/ideabox/ideas/" + idea).json().getInt("version");
        Api.Reply redirected = moderator.api().post("/ideabox/ideas/" + idea + "/decision",
                "{\"type\":\"redirect\",\"version\":" + version + ",\"componentId\":" + consultations + "}");
        assertEquals(200, redirected.status(), redirected.body());
        String link = redirected.json().getString("redirectLink");
        assertTrue(link.contains("/components/consultation/proposal.xhtml?id="), link);
        long draft = Long.parseLong(link.substring(link.indexOf("id=") + 3));

        JsonObject mine = proposal(author.api(), draft);
        assertEquals("draft", mine.getString("status"));
        assertEquals(consultation, mine.getJsonNumber("consultationId").longValue());
        assertEquals("Des pistes cyclables rue de la Roquette", mine.getString("title"));
        assertEquals(404, Api.anonymous().get("/consultation/proposals/" + draft).status(), "a draft is its author's");
        Api.Reply published = author.api().put("/consultation/proposals/" + draft + "?publish=true", """
                {"title":"Des pistes cyclables rue de la Roquette","body":"Une piste protégée dans les deux sens."}""");
        assertEquals(200, published.status(), published.body());
        assertEquals("published", proposal(Api.anonymous(), draft).getString("status"));
        await(Api.anonymous(), "/ideabox/ideas/" + idea, r -> r.contains("Publiée comme proposition par son auteur"),
                "the idea's page says what became of it");
    }

    @Test
    void anErasedCitizensWordsStayAnonymousAndStillCount() {
        Open open = Open.consultation("cons-erase");
        Citizen author = Citizens.verified("cons-efface");
        long own = propose(author, open, "Des fontaines pour boire");
        long other = propose(Citizens.verified("cons-efface-autre"), open, "Des bancs sous les arbres");
        assertEquals(200, vote(author, other, "agree", "Utile quand il fait chaud").status());
        assertEquals(201, comment(author, other, null, "Surtout devant les ecoles").status());
        String export = author.api().get("/me/export").body();
        assertTrue(export.contains("Des fontaines pour boire") && export.contains("Utile quand il fait chaud")
                && export.contains("Surtout devant les ecoles"), export);

        assertEquals(204, author.api().delete("/me").status());
        assertEquals("anonyme", proposal(Api.anonymous(), own).getString("author"));
        JsonObject counted = proposal(Api.anonymous(), other);
        assertEquals(1, counted.getInt("agree"), "the vote still counts");
        assertEquals(1, counted.getInt("comments"));
        assertEquals("anonyme", Api.anonymous().get("/consultation/proposals/" + other + "/arguments").json()
                .getJsonArray("agree").getJsonObject(0).getString("voter"));
        assertEquals("anonyme", Api.anonymous().get("/consultation/proposals/" + other + "/comments").array()
                .getJsonObject(0).getString("author"));
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("proposal").getJsonNumber("id").longValue()).toList();
    }

    /** Polls until the reply's body satisfies {@code until} (events are delivered after commit). */
    private static JsonObject await(Api api, String path, Predicate<String> until) {
        return await(api, path, until, path + " never came");
    }

    private static JsonObject await(Api api, String path, Predicate<String> until, String failure) {
        String last = "";
        for (int i = 0; i < 100; i++) {
            Api.Reply r = api.get(path);
            last = r.body();
            if (r.status() == 200 && until.test(last)) {
                return r.json();
            }
            Citizens.sleep(200);
        }
        throw new AssertionError(failure + ": " + last);
    }
}
