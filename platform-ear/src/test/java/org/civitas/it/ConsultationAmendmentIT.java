package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Amendments to a consultation's text and to proposals, against the real server: written on a version, shown as a
 * diff, decided by whom it concerns, rival amendments outdated (never overwritten) and rebased, rejected ones
 * promoted, and each participant's own amendments kept to themselves when the phase says so.
 */
@PlatformIT
class ConsultationAmendmentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    private static final String ARTICLE = "Les pistes cyclables sont séparées de la chaussée.";

    private static long section(Citizen reader, long consultation) {
        return reader.api().get("/consultation/consultations/" + consultation).json().getJsonArray("sections")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static Api.Reply amendSection(Citizen author, long consultation, long section, String title, String body, boolean draft) {
        return author.api().post("/consultation/consultations/" + consultation + "/sections/" + section + "/amendments"
                + (draft ? "?draft=true" : ""), """
                {"title":"%s","body":"%s","explanation":"Plus sûr pour tous."}""".formatted(title, body));
    }

    private static long id(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String text(JsonArray parts, String kind) {
        return parts.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("kind").equals(kind))
                .map(p -> p.getString("text")).collect(Collectors.joining("|"));
    }

    /** The notices {@code citizen} got about the amendment whose subject says {@code words}. */
    private static long notices(Citizen citizen, long amendment, String words) {
        return Database.count("SELECT COUNT(*) FROM core_notification WHERE citizen_id = ? AND path = ? AND subject_fr LIKE ?",
                citizen.id(), "/components/consultation/amendment.xhtml?id=" + amendment, "%" + words + "%");
    }

    @Test
    void anAmendedSectionBecomesTheNextVersionAndTheRivalIsOutdatedThenRebased() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-text");
        Citizen agent = Citizens.agent("amend-text-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, amendements");
        Citizen camille = Citizens.verified("amend-camille");
        Citizen lou = Citizens.verified("amend-lou");
        long section = section(camille, consultation);

        // A draft is its author's alone, then submitted for evaluation.
        Api.Reply drafted = amendSection(camille, consultation, section, "Article 1",
                "Les pistes cyclables sont larges et séparées de la chaussée.", true);
        long first = id(drafted);
        assertEquals("draft", drafted.json().getString("state"));
        assertEquals(1, drafted.json().getInt("baseVersion"));
        assertEquals(404, lou.api().get("/consultation/amendments/" + first).status());
        assertEquals(404, agent.api().get("/consultation/amendments/" + first).status());
        assertEquals(404, agent.api().post("/consultation/amendments/" + first + "/accept", "").status());
        Api.Reply submitted = camille.api().post("/consultation/amendments/" + first + "/submit", "");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("evaluating", submitted.json().getString("state"));

        // Lou amends the same version of the same section, and keeps another idea as a draft.
        long rival = id(amendSection(lou, consultation, section, "Article premier",
                "Les pistes cyclables sont protégées de la chaussée par une bordure.", false));
        long idea = id(amendSection(lou, consultation, section, "Article 1",
                "Les pistes cyclables sont éclairées et séparées de la chaussée.", true));

        // The diff says what changes, title and words.
        JsonObject read = lou.api().get("/consultation/amendments/" + first).json();
        assertEquals("larges et", text(read.getJsonArray("bodyDiff"), "ADDED").strip());
        assertEquals("", text(read.getJsonArray("bodyDiff"), "REMOVED"));
        assertEquals(ARTICLE.replace("sont ", "sont larges et "), read.getJsonArray("bodyDiff").getValuesAs(JsonObject.class)
                .stream().filter(p -> !p.getString("kind").equals("REMOVED")).map(p -> p.getString("text")).collect(Collectors.joining()));
        JsonObject rivalRead = camille.api().get("/consultation/amendments/" + rival).json();
        assertEquals("1", text(rivalRead.getJsonArray("titleDiff"), "REMOVED"));
        assertEquals("premier", text(rivalRead.getJsonArray("titleDiff"), "ADDED"));
        assertFalse(read.getBoolean("mayDecide"));

        // Neither another citizen nor another directorate decides on the text.
        assertEquals(403, lou.api().post("/consultation/amendments/" + first + "/accept", "").status());
        Citizen other = Citizens.agent("amend-text-deve", "DEVE");
        assertEquals(403, other.api().post("/consultation/amendments/" + first + "/accept", "").status());
        assertEquals(403, other.api().post("/consultation/amendments/" + first + "/reject", "{\"reason\":\"Non\"}").status());

        // The directorate accepts Camille's: version 2, credited to her; Lou's is outdated, and Lou is told.
        assertTrue(agent.api().get("/consultation/amendments/" + first).json().getBoolean("mayDecide"));
        Api.Reply accepted = agent.api().post("/consultation/amendments/" + first + "/accept", "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("accepted", accepted.json().getString("state"));
        assertEquals(2, accepted.json().getInt("resultVersion"));
        JsonObject text = camille.api().get("/consultation/consultations/" + consultation).json();
        assertEquals(2, text.getInt("version"));
        JsonObject article = text.getJsonArray("sections").getJsonObject(0);
        assertTrue(article.getString("body").contains("larges et séparées"), article.toString());
        assertEquals(camille.pseudonym(), article.getString("amendedBy"));
        JsonObject outdated = lou.api().get("/consultation/amendments/" + rival).json();
        assertEquals("outdated", outdated.getString("state"));
        assertTrue(outdated.getBoolean("mayRebase"));
        assertEquals(1, notices(lou, rival, "à réécrire"));
        assertEquals(1, notices(camille, first, "est accepté"));
        // Never a silent overwrite: the outdated words cannot be accepted as they are.
        assertEquals(409, agent.api().post("/consultation/amendments/" + rival + "/accept", "").status());
        assertEquals(409, agent.api().post("/consultation/amendments/" + first + "/accept", "").status());

        // A draft written on version 1 is not submitted as it is: its section changed since. Its author withdraws it.
        assertEquals(409, lou.api().post("/consultation/amendments/" + idea + "/submit", "").status());
        assertEquals(404, camille.api().post("/consultation/amendments/" + idea + "/withdraw", "").status());
        assertEquals(403, camille.api().post("/consultation/amendments/" + rival + "/withdraw", "").status());
        Api.Reply withdrawn = lou.api().post("/consultation/amendments/" + idea + "/withdraw", "");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("withdrawn", withdrawn.json().getString("state"));
        assertEquals(409, lou.api().post("/consultation/amendments/" + idea + "/submit", "").status());
        assertEquals("withdrawn", camille.api().get("/consultation/amendments/" + idea).json().getString("state"));

        // Lou rewrites it on version 2; accepted, it makes version 3 with both changes.
        Api.Reply rebased = lou.api().put("/consultation/amendments/" + rival, """
                {"title":"Article premier","body":"Les pistes cyclables sont larges et protégées de la chaussée par une bordure."}""");
        assertEquals(200, rebased.status(), rebased.body());
        assertEquals("evaluating", rebased.json().getString("state"));
        assertEquals(2, rebased.json().getInt("baseVersion"));
        Api.Reply third = agent.api().post("/consultation/amendments/" + rival + "/accept", "");
        assertEquals(200, third.status(), third.body());
        assertEquals(3, third.json().getInt("resultVersion"));
        JsonObject version3 = camille.api().get("/consultation/consultations/" + consultation).json();
        assertEquals(3, version3.getInt("version"));
        JsonObject article3 = version3.getJsonArray("sections").getJsonObject(0);
        assertEquals("Article premier", article3.getString("title"));
        assertTrue(article3.getString("body").contains("larges et protégées"), article3.toString());
        assertEquals(lou.pseudonym(), article3.getString("amendedBy"));

        // The evaluation list, by state and section.
        JsonArray acceptedList = agent.api().get("/consultation/consultations/" + consultation + "/amendments?state=accepted&section="
                + section).array();
        assertEquals(Set.of(first, rival), acceptedList.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet()));
        assertEquals(0, agent.api().get("/consultation/consultations/" + consultation + "/amendments?state=evaluating").array().size());
    }

    /** A section's words in one version of the text, published or the draft. */
    private static String words(long section, int version) {
        return Database.column("SELECT body FROM consultation_section_text WHERE section_id = ? AND version_number = ?",
                section, version).get(0);
    }

    /**
     * Amendments accepted while the directorate writes the next version: each publishes a version of its own, the
     * draft moves one number up keeping the directorate's words, and takes the amendment's where it had not changed
     * the section; the draft is then published as it is.
     */
    @Test
    void anAmendmentAcceptedWhileTheDirectorateDraftsMovesTheDraftUp() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-draft");
        Citizen agent = Citizens.agent("amend-draft-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, brouillon en cours");
        String text = "/consultation/consultations/" + consultation;
        assertEquals(201, agent.api().post(text + "/sections", """
                {"title":"Article 2","body":"Les vélos stationnent sur des arceaux."}""").status());
        assertEquals(201, agent.api().post(text + "/versions", "{\"changelog\":\"Un deuxième article\"}").status());
        JsonArray sections = agent.api().get(text).json().getJsonArray("sections");
        long first = sections.getJsonObject(0).getJsonNumber("id").longValue();
        long second = sections.getJsonObject(1).getJsonNumber("id").longValue();
        // The directorate drafts version 3: article 1 rewritten.
        Api.Reply edited = agent.api().put(text + "/sections/" + first, """
                {"title":"Article 1","body":"Les pistes cyclables sont séparées de la chaussée par un muret."}""");
        assertEquals(200, edited.status(), edited.body());
        Citizen ines = Citizens.verified("amend-draft-ines");
        Citizen noe = Citizens.verified("amend-draft-noe");
        long onSecond = id(amendSection(ines, consultation, second, "Article 2",
                "Les vélos stationnent sur des arceaux couverts.", false));
        long onFirst = id(amendSection(noe, consultation, first, "Article 1",
                "Les pistes cyclables sont larges et séparées de la chaussée.", false));

        Api.Reply accepted = agent.api().post("/consultation/amendments/" + onSecond + "/accept", "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(3, accepted.json().getInt("resultVersion"));
        assertEquals(3, agent.api().get(text).json().getInt("version"));
        assertTrue(words(second, 3).contains("arceaux couverts"), words(second, 3));
        // The draft is now version 4: the directorate's article 1, and Inès's article 2 it had not touched.
        assertTrue(words(first, 4).contains("muret"), words(first, 4));
        assertTrue(words(second, 4).contains("arceaux couverts"), words(second, 4));

        // Noé's amendment to the article the directorate rewrote: version 4 has his words, the draft (5) keeps its own.
        Api.Reply also = agent.api().post("/consultation/amendments/" + onFirst + "/accept", "");
        assertEquals(200, also.status(), also.body());
        assertEquals(4, also.json().getInt("resultVersion"));
        JsonObject version4 = agent.api().get(text).json();
        assertEquals(4, version4.getInt("version"));
        assertTrue(version4.getJsonArray("sections").getJsonObject(0).getString("body").contains("larges et séparées"),
                version4.toString());
        assertTrue(words(first, 5).contains("muret"), words(first, 5));
        assertTrue(words(second, 5).contains("arceaux couverts"), words(second, 5));

        Api.Reply published = agent.api().post(text + "/versions", "{\"changelog\":\"Un muret\"}");
        assertEquals(201, published.status(), published.body());
        assertEquals(5, published.json().getInt("number"));
        JsonArray version5 = agent.api().get(text).json().getJsonArray("sections");
        assertTrue(version5.getJsonObject(0).getString("body").contains("muret"), version5.toString());
        assertTrue(version5.getJsonObject(1).getString("body").contains("arceaux couverts"), version5.toString());

        // An amendment to article 2, which version 6 then removes, cannot be rewritten on nothing: its author withdraws it.
        long late = id(amendSection(ines, consultation, second, "Article 2", "Les vélos stationnent partout.", false));
        assertEquals(200, agent.api().delete(text + "/sections/" + second).status());
        assertEquals(201, agent.api().post(text + "/versions", "{\"changelog\":\"Sans article 2\"}").status());
        assertFalse(ines.api().get("/consultation/amendments/" + late).json().getBoolean("mayRebase"));
        Api.Reply rebased = ines.api().put("/consultation/amendments/" + late, """
                {"title":"Article 2","body":"Les vélos stationnent partout en ville."}""");
        assertEquals(409, rebased.status(), rebased.body());
        assertTrue(rebased.message().contains("retirée"), rebased.body());
        assertEquals(5, Database.count("SELECT base_version FROM consultation_amendment WHERE id = ?", late));
        assertEquals(200, ines.api().post("/consultation/amendments/" + late + "/withdraw", "").status());
    }

    @Test
    void aProposalsAuthorAcceptsAndRejectsAmendmentsAndARejectedOneBecomesAProposal() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-prop");
        Citizen agent = Citizens.agent("amend-prop-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, propositions amendées");
        Citizen author = Citizens.verified("amend-prop-author");
        Citizen amender = Citizens.verified("amend-prop-amender");
        Citizen critic = Citizens.verified("amend-prop-critic");
        long section = section(author, consultation);
        long proposal = id(author.api().post("/consultation/consultations/" + consultation + "/proposals", """
                {"title":"Des arceaux à vélo","body":"Des arceaux devant chaque école.","section":%d}""".formatted(section)));

        assertEquals(403, author.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des arceaux partout","body":"Des arceaux devant chaque école et chaque gymnase."}""").status());
        long better = id(amender.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des arceaux partout","body":"Des arceaux devant chaque école et chaque gymnase.","explanation":"Les sportifs aussi."}"""));
        long worse = id(critic.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des arceaux payants","body":"Des arceaux payants devant chaque école."}"""));
        assertEquals(2, author.api().get("/consultation/proposals/" + proposal).json().getInt("amendments"));
        assertEquals(2, critic.api().get("/consultation/proposals/" + proposal + "/amendments").array().size());

        // Only the proposal's author decides: not another citizen, not the directorate.
        assertEquals(403, critic.api().post("/consultation/amendments/" + better + "/accept", "").status());
        assertEquals(403, agent.api().post("/consultation/amendments/" + better + "/accept", "").status());

        Api.Reply accepted = author.api().post("/consultation/amendments/" + better + "/accept", "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(2, accepted.json().getInt("resultVersion"));
        JsonObject rewritten = critic.api().get("/consultation/proposals/" + proposal).json();
        assertEquals("Des arceaux partout", rewritten.getString("title"));
        assertTrue(rewritten.getString("body").contains("gymnase"), rewritten.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM consultation_revision WHERE proposal_id = ? AND revision = 1"
                + " AND title = 'Des arceaux à vélo' AND from_amendment = ?", proposal, better));
        // The other one, written on revision 1, is outdated; its diff is still against revision 1.
        JsonObject outdated = critic.api().get("/consultation/amendments/" + worse).json();
        assertEquals("outdated", outdated.getString("state"));
        assertEquals("payants", text(outdated.getJsonArray("bodyDiff"), "ADDED").strip());
        assertEquals(1, author.api().get("/consultation/proposals/" + proposal).json().getInt("amendments"));

        // Rebased on revision 2, then rejected — never without a reason — and promoted by its author.
        assertEquals(200, critic.api().put("/consultation/amendments/" + worse, """
                {"title":"Des arceaux payants","body":"Des arceaux payants devant chaque école et chaque gymnase."}""").status());
        assertEquals(400, author.api().post("/consultation/amendments/" + worse + "/reject", "{\"reason\":\"  \"}").status());
        assertEquals(400, author.api().post("/consultation/amendments/" + worse + "/reject", "{}").status());
        Api.Reply rejected = author.api().post("/consultation/amendments/" + worse + "/reject",
                "{\"reason\":\"Le stationnement des vélos reste gratuit.\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("rejected", rejected.json().getString("state"));
        assertEquals("Le stationnement des vélos reste gratuit.", rejected.json().getString("reason"));
        assertEquals(1, notices(critic, worse, "pas retenu"));
        assertEquals(1, notices(critic, worse, "à réécrire"));
        assertEquals(403, amender.api().post("/consultation/amendments/" + worse + "/promote", "").status());
        Api.Reply promoted = critic.api().post("/consultation/amendments/" + worse + "/promote", "");
        assertEquals(200, promoted.status(), promoted.body());
        long own = promoted.json().getJsonNumber("promotedTo").longValue();
        JsonObject newProposal = agent.api().get("/consultation/proposals/" + own).json();
        assertEquals("Des arceaux payants", newProposal.getString("title"));
        assertEquals("published", newProposal.getString("status"));
        assertEquals(section, newProposal.getJsonNumber("sectionId").longValue());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM consultation_proposal WHERE id = ? AND from_amendment = ? AND author_id = ?",
                own, worse, critic.id()));
        assertEquals(409, critic.api().post("/consultation/amendments/" + worse + "/promote", "").status());
    }

    /**
     * A withdrawn proposal's words no longer change: its amendments are neither submitted, rewritten nor accepted
     * (their authors may withdraw them).
     */
    @Test
    void aWithdrawnProposalsAmendmentsGoNoFurther() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-gone");
        Citizen agent = Citizens.agent("amend-gone-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, proposition retirée");
        Citizen author = Citizens.verified("amend-gone-author");
        Citizen amender = Citizens.verified("amend-gone-amender");
        long proposal = id(author.api().post("/consultation/consultations/" + consultation + "/proposals", """
                {"title":"Des arceaux à vélo","body":"Des arceaux devant chaque école."}"""));
        long evaluating = id(amender.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des arceaux partout","body":"Des arceaux devant chaque école et chaque gymnase."}"""));
        long drafted = id(amender.api().post("/consultation/proposals/" + proposal + "/amendments?draft=true", """
                {"title":"Des arceaux couverts","body":"Des arceaux couverts devant chaque école."}"""));
        assertEquals(200, author.api().post("/consultation/proposals/" + proposal + "/withdraw", "").status());

        Api.Reply accepted = author.api().post("/consultation/amendments/" + evaluating + "/accept", "");
        assertEquals(409, accepted.status(), accepted.body());
        assertTrue(accepted.message().contains("retirée"), accepted.body());
        assertEquals(409, amender.api().post("/consultation/amendments/" + drafted + "/submit", "").status());
        assertEquals(409, amender.api().put("/consultation/amendments/" + evaluating, """
                {"title":"Des arceaux partout","body":"Des arceaux devant chaque école, chaque gymnase et chaque piscine."}""")
                .status());
        JsonObject draft = amender.api().get("/consultation/amendments/" + drafted).json();
        assertFalse(draft.getBoolean("maySubmit") || draft.getBoolean("mayRebase"), draft.toString());
        JsonObject read = author.api().get("/consultation/proposals/" + proposal).json();
        assertEquals("Des arceaux à vélo", read.getString("title"));
        assertEquals("evaluating", amender.api().get("/consultation/amendments/" + evaluating).json().getString("state"));
        assertEquals(200, amender.api().post("/consultation/amendments/" + drafted + "/withdraw", "").status());
    }

    /**
     * Once the consultation is closed, a proposal's author neither decides its amendments (its words are those the
     * vote ended on) nor withdraws it; the directorate still decides the amendments to the text.
     */
    @Test
    void onceClosedProposalsStayAsVotedButTheDirectorateStillDecidesOnTheText() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-closed");
        Citizen agent = Citizens.agent("amend-closed-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, après la clôture");
        Citizen author = Citizens.verified("amend-closed-author");
        Citizen amender = Citizens.verified("amend-closed-amender");
        long proposal = id(author.api().post("/consultation/consultations/" + consultation + "/proposals", """
                {"title":"Des pistes éclairées","body":"Un éclairage le long des pistes."}"""));
        long onProposal = id(amender.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des pistes bien éclairées","body":"Un éclairage sobre le long des pistes."}"""));
        long onText = id(amendSection(amender, consultation, section(amender, consultation), "Article 1",
                "Les pistes cyclables sont larges et séparées de la chaussée.", false));
        ConsultationClosingIT.close(agent, consultation);

        assertFalse(author.api().get("/consultation/amendments/" + onProposal).json().getBoolean("mayDecide"));
        Api.Reply accepted = author.api().post("/consultation/amendments/" + onProposal + "/accept", "");
        assertEquals(409, accepted.status(), accepted.body());
        assertTrue(accepted.message().contains("close"), accepted.body());
        assertEquals(409, author.api().post("/consultation/amendments/" + onProposal + "/reject",
                "{\"reason\":\"Trop tard.\"}").status());
        Api.Reply withdrawn = author.api().post("/consultation/proposals/" + proposal + "/withdraw", "");
        assertEquals(409, withdrawn.status(), withdrawn.body());
        JsonObject read = amender.api().get("/consultation/proposals/" + proposal).json();
        assertEquals("Des pistes éclairées", read.getString("title"));
        assertEquals("published", read.getString("status"));

        Api.Reply decided = agent.api().post("/consultation/amendments/" + onText + "/accept", "");
        assertEquals(200, decided.status(), decided.body());
        assertEquals(2, agent.api().get("/consultation/consultations/" + consultation).json().getInt("version"));
    }

    /** Two acceptances at once on one version: one accepted, the other outdated, the text holds the accepted words. */
    @Test
    void twoAcceptancesAtOnceGiveOneAcceptedAndOneOutdated() throws Exception {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-race");
        Citizen agent = Citizens.agent("amend-race-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, en même temps");
        Citizen one = Citizens.verified("amend-race-one");
        Citizen two = Citizens.verified("amend-race-two");
        long section = section(one, consultation);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                long a = id(amendSection(one, consultation, section, "Article 1", "Version A du tour " + round + ".", false));
                long b = id(amendSection(two, consultation, section, "Article 1", "Version B du tour " + round + ".", false));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> replies = new ArrayList<>();
                for (long id : List.of(a, b)) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return agent.api().post("/consultation/amendments/" + id + "/accept", "").status();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> reply : replies) {
                    statuses.add(reply.get());
                }
                assertEquals(Set.of(200, 409), Set.copyOf(statuses), "round " + round + ": " + statuses);
                String stateA = agent.api().get("/consultation/amendments/" + a).json().getString("state");
                String stateB = agent.api().get("/consultation/amendments/" + b).json().getString("state");
                assertEquals(Set.of("accepted", "outdated"), Set.of(stateA, stateB), "round " + round);
                JsonObject text = agent.api().get("/consultation/consultations/" + consultation).json();
                assertEquals(1 + round, text.getInt("version"));
                String winner = stateA.equals("accepted") ? "Version A du tour " + round : "Version B du tour " + round;
                assertTrue(text.getJsonArray("sections").getJsonObject(0).getString("body").contains(winner), text.toString());
            }
            // The same on a proposal, whose author decides: its row is the lock.
            Citizen author = Citizens.verified("amend-race-author");
            long proposal = id(author.api().post("/consultation/consultations/" + consultation + "/proposals", """
                    {"title":"Des arceaux à vélo","body":"Des arceaux devant chaque école."}"""));
            for (int round = 1; round <= 3; round++) {
                long a = id(one.api().post("/consultation/proposals/" + proposal + "/amendments",
                        "{\"title\":\"Des arceaux A%d\",\"body\":\"Version A du tour %d.\"}".formatted(round, round)));
                long b = id(two.api().post("/consultation/proposals/" + proposal + "/amendments",
                        "{\"title\":\"Des arceaux B%d\",\"body\":\"Version B du tour %d.\"}".formatted(round, round)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> replies = new ArrayList<>();
                for (long id : List.of(a, b)) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return author.api().post("/consultation/amendments/" + id + "/accept", "").status();
                    }));
                }
                start.countDown();
                Set<Integer> statuses = new java.util.HashSet<>();
                for (Future<Integer> reply : replies) {
                    statuses.add(reply.get());
                }
                assertEquals(Set.of(200, 409), statuses, "proposal round " + round);
                String stateA = author.api().get("/consultation/amendments/" + a).json().getString("state");
                String stateB = author.api().get("/consultation/amendments/" + b).json().getString("state");
                assertEquals(Set.of("accepted", "outdated"), Set.of(stateA, stateB), "proposal round " + round);
                JsonObject read = author.api().get("/consultation/proposals/" + proposal).json();
                assertEquals("Des arceaux " + (stateA.equals("accepted") ? "A" : "B") + round, read.getString("title"));
                assertEquals(round, Database.count("SELECT COUNT(*) FROM consultation_revision WHERE proposal_id = ?", proposal));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * With the phase's visibility "own", each participant reads only their own amendments and those on their
     * proposal; moderators and the directorate read them all.
     */
    @Test
    void withVisibilityOwnEachReadsTheirOwnButModeratorsAndTheDirectorateReadAll() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-own");
        Citizen agent = Citizens.agent("amend-own-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, chacun les siens");
        long space = agent.api().get("/consultation/consultations/" + consultation).json().getJsonNumber("spaceId").longValue();
        long phase = admin.api().get("/spaces/" + space).json().getJsonArray("phases").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply set = admin.api().put("/components/" + instance + "/phases/" + phase,
                "{\"settings\":{\"amendment_visibility\":\"own\"}}");
        assertEquals(200, set.status(), set.body());

        Citizen ana = Citizens.verified("amend-own-ana");
        Citizen ben = Citizens.verified("amend-own-ben");
        Citizen proposer = Citizens.verified("amend-own-proposer");
        Citizen moderator = Citizens.moderator("amend-own-moderator");
        Citizen otherAgent = Citizens.agent("amend-own-deve", "DEVE");
        long section = section(ana, consultation);
        String marker = "Kerlouan" + System.nanoTime() % 100000;
        long anas = id(amendSection(ana, consultation, section, "Article 1", "Les pistes d'Ana " + marker + ".", false));
        long bens = id(amendSection(ben, consultation, section, "Article 1", "Les pistes de Ben " + marker + ".", false));
        long proposal = id(proposer.api().post("/consultation/consultations/" + consultation + "/proposals", """
                {"title":"Des arceaux à vélo","body":"Des arceaux devant chaque école."}"""));
        long onProposal = id(ben.api().post("/consultation/proposals/" + proposal + "/amendments", """
                {"title":"Des arceaux partout","body":"Des arceaux devant chaque école et chaque gymnase."}"""));

        String list = "/consultation/consultations/" + consultation + "/amendments";
        assertEquals(List.of(anas), ids(ana.api().get(list).array()));
        assertEquals(List.of(bens), ids(ben.api().get(list).array()));
        assertEquals(404, ana.api().get("/consultation/amendments/" + bens).status());
        assertEquals(404, ana.api().get("/consultation/amendments/" + onProposal).status());
        assertEquals(200, ana.api().get("/consultation/amendments/" + anas).status());
        assertEquals(List.of(), ids(Api.anonymous().get(list).array()));
        assertEquals(List.of(), ids(ana.api().get("/consultation/proposals/" + proposal + "/amendments").array()));
        // The proposal's author reads those on their proposal, not the others.
        assertEquals(List.of(onProposal), ids(proposer.api().get("/consultation/proposals/" + proposal + "/amendments").array()));
        assertEquals(200, proposer.api().get("/consultation/amendments/" + onProposal).status());
        assertEquals(404, proposer.api().get("/consultation/amendments/" + anas).status());
        // Moderators and the directorate read them all (Decidim #11190), another directorate does not.
        assertEquals(List.of(anas, bens), ids(moderator.api().get(list).array()));
        assertEquals(List.of(anas, bens), ids(agent.api().get(list).array()));
        assertEquals(200, moderator.api().get("/consultation/amendments/" + onProposal).status());
        assertEquals(200, agent.api().get("/consultation/amendments/" + bens).status());
        assertEquals(List.of(), ids(otherAgent.api().get(list).array()));
        // The counter counts them all, as it counts for everyone.
        assertEquals(1, ana.api().get("/consultation/proposals/" + proposal).json().getInt("amendments"));

        // Search finds what each may read, once indexed (the outbox is asynchronous).
        String search = "/search?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);
        String anaHit = "\"amendment-" + anas + "\"";
        String benHit = "\"amendment-" + bens + "\"";
        found(moderator, search, anaHit, benHit);
        found(ana, search, anaHit);
        assertFalse(ana.api().get(search).body().contains(benHit), "another participant's amendment is not found");
        assertFalse(Api.anonymous().get(search).body().contains(anaHit));

        // The open-data export, which anyone reads once closed, holds none of them while the phase keeps them private.
        String export = "/consultation/consultations/" + consultation + "/export/amendments.csv";
        Api.Reply hidden = agent.api().get(export);
        assertEquals(200, hidden.status(), hidden.body());
        assertFalse(hidden.body().contains(marker), hidden.body());
        assertFalse(agent.api().get("/consultation/consultations/" + consultation + "/export.json").body().contains(marker));
        assertEquals(200, admin.api().put("/components/" + instance + "/phases/" + phase,
                "{\"settings\":{\"amendment_visibility\":\"all\"}}").status());
        assertTrue(agent.api().get(export).body().contains(marker));
    }

    /** Waits until {@code reader}'s search finds every one of {@code hits}. */
    private static void found(Citizen reader, String search, String... hits) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            body = reader.api().get(search).body();
            String found = body;
            if (java.util.Arrays.stream(hits).allMatch(found::contains)) {
                return;
            }
            Citizens.sleep(200);
        }
        throw new AssertionError("not found " + List.of(hits) + " in " + body);
    }

    /**
     * In the portal: a citizen amends a section from the form (a refusal at its field first), the page shows the
     * diff with words for screen readers, the directorate cannot reject without a reason, then accepts.
     */
    @Test
    void aCitizenAmendsFromThePortalAndTheDirectorateDecidesThere() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-portal");
        Citizen agent = Citizens.agent("amend-portal-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, dans le portail");
        Citizen citizen = Citizens.verified("amend-portal-citizen");
        long section = section(citizen, consultation);
        PortalSession portal = PortalSession.signIn(citizen.email(), Citizens.PASSWORD);
        String form = portal.get("/components/consultation/amend.xhtml?consultation=" + consultation + "&section=" + section);
        assertTrue(form.contains("séparées de la chaussée") && form.contains("name=\"body\""), form);
        Map<String, String> fields = new java.util.HashMap<>(Map.of("amend-form", "amend-form",
                "consultation", Long.toString(consultation), "section", Long.toString(section), "proposal", "0", "rebase", "0",
                "title", "Article 1", "body", ARTICLE, "explanation", "", "amend-form:submit", "Soumettre l'amendement"));
        String refused = portal.post("/components/consultation/amend.xhtml", form, fields);
        assertTrue(refused.contains("id=\"body-error\"") && refused.contains("ne change rien"), refused);
        fields.put("body", "Les pistes cyclables sont larges et séparées de la chaussée.");
        String page = portal.post("/components/consultation/amend.xhtml", refused, fields);
        assertTrue(page.contains("En cours d'examen") || page.contains("En cours d&#39;examen"), page);
        assertTrue(page.contains("<ins><span class=\"visually-hidden\">ajouté : </span>larges et"), page);
        long id = Long.parseLong(Database.column("SELECT id FROM consultation_amendment WHERE consultation_id = ?",
                consultation).get(0));

        PortalSession directorate = PortalSession.signIn(agent.email(), Citizens.PASSWORD);
        String toDecide = directorate.get("/components/consultation/amendment.xhtml?id=" + id);
        assertTrue(toDecide.contains("id=\"reject-form\""), toDecide);
        String noReason = directorate.post("/components/consultation/amendment.xhtml", toDecide, Map.of("reject-form", "reject-form",
                "id", Long.toString(id), "reason", " ", "reject-form:reject", "Rejeter l'amendement"));
        assertTrue(noReason.contains("id=\"reason-error\"") && noReason.contains("Le motif est obligatoire"), noReason);
        String accepted = directorate.post("/components/consultation/amendment.xhtml", noReason, Map.of("accept-form", "accept-form",
                "id", Long.toString(id), "accept-form:accept", "Accepter l'amendement"));
        assertTrue(accepted.contains("id=\"amendment-result\""), accepted);
        assertEquals("accepted", agent.api().get("/consultation/amendments/" + id).json().getString("state"));
        String list = directorate.get("/components/consultation/amendments.xhtml?consultation=" + consultation + "&state=accepted");
        assertTrue(list.contains("amendment.xhtml?id=" + id) && list.contains("Accepté"), list);
        // Without a state, or with the empty one the "all" filter sends, the list shows every state.
        for (String all : List.of("", "&state=")) {
            String listed = directorate.get("/components/consultation/amendments.xhtml?consultation=" + consultation + all);
            assertTrue(listed.contains("amendment.xhtml?id=" + id) && listed.contains("Accepté"), listed);
        }
        assertFalse(citizen.api().get("/consultation/amendments/" + id).json().getBoolean("mayDecide"));
    }

    private static List<Long> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void badInputIsRefusedWithAReason() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-bad");
        Citizen agent = Citizens.agent("amend-bad-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, mauvaises saisies");
        Citizen citizen = Citizens.verified("amend-bad-citizen");
        long section = section(citizen, consultation);
        String path = "/consultation/consultations/" + consultation + "/sections/" + section + "/amendments";
        assertEquals(400, citizen.api().post(path, "{\"title\":\"Article\\u00001\",\"body\":\"Autre texte.\"}").status());
        assertEquals(400, citizen.api().post(path, "{\"title\":\" \",\"body\":\"Autre texte.\"}").status());
        assertEquals(400, citizen.api().post(path, "{\"body\":\"Autre texte.\"}").status());
        assertEquals(400, citizen.api().post(path, "{\"title\":\"Article 1\",\"body\":\"<script>alert(1)</script>\"}").status());
        assertEquals(400, citizen.api().post(path, "{\"title\":\"Article 1\",\"body\":\"Autre.\",\"explanation\":\""
                + "a".repeat(2001) + "\"}").status());
        Api.Reply unchanged = citizen.api().post(path, "{\"title\":\"Article 1\",\"body\":\"" + ARTICLE + "\"}");
        assertEquals(400, unchanged.status());
        assertTrue(unchanged.message().contains("ne change rien"), unchanged.body());
        assertTrue(citizen.api().inEnglish().post(path, "{\"title\":\"Article 1\",\"body\":\"" + ARTICLE + "\"}").message()
                .contains("changes nothing"));
        assertEquals(400, citizen.api().get("/consultation/consultations/" + consultation + "/amendments?state=perdu").status());
        assertEquals(404, citizen.api().post("/consultation/consultations/" + consultation + "/sections/1/amendments",
                "{\"title\":\"Article 1\",\"body\":\"Autre texte.\"}").status());
        assertEquals(404, citizen.api().get("/consultation/amendments/999999999").status());
        assertEquals(401, Api.anonymous().post(path, "{\"title\":\"Article 1\",\"body\":\"Autre texte.\"}").status());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM consultation_amendment WHERE consultation_id = ?", consultation));
    }
}
