package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation, read from the server's own OpenAPI document, is sent a family of bad inputs (control
 * characters, unpaired surrogates, long and huge strings, nulls in lists, wrong types, overflowing numbers,
 * unknown and malformed ids, missing and malformed bodies), as anonymous and as the role it is meant for.
 * Never a 5xx, never a stack trace, always a JSON error with a short message, always under a second. The role ×
 * endpoint matrix below must match what the server does, and must list every operation: a new endpoint is fuzzed
 * without writing a test, and fails here until someone says who may call it.
 */
@PlatformIT
class EveryEndpointIT {

    enum Access { ANYONE, CITIZEN, MODERATOR, ADMINISTRATOR }

    /** Who may call each operation. Author-only actions are CITIZEN: the fixture citizen is the author. */
    private static final Map<String, Access> ACCESS = new LinkedHashMap<>();

    static {
        for (String op : List.of("GET /districts", "GET /health", "GET /components", "GET /spaces", "GET /spaces/{slugOrId}",
                "GET /search", "GET /search/similar", "GET /ideabox/ideas/{id}", "GET /ideabox/{componentId}/ideas",
                "POST /auth/register", "POST /auth/verify", "POST /auth/verify/resend", "POST /auth/login",
                "POST /auth/password-reset", "POST /auth/password-reset/confirm", "GET /budget/{componentId}/projects",
                "GET /budget/projects/{id}", "GET /budget/{componentId}/results/published",
                // 404: the fixture's project has no photo (a draft's would be 404 to all but its author).
                "GET /budget/projects/{id}/photo",
                // Open data: 404 for everyone but administrators until the results are published.
                "GET /budget/{componentId}/results/{envelope}.csv", "GET /budget/{componentId}/results/{envelope}.json",
                "GET /consultation/{componentId}/consultations", "GET /consultation/consultations/{id}",
                "GET /consultation/consultations/{id}/versions", "GET /consultation/consultations/{id}/versions/{number}",
                "GET /consultation/consultations/{id}/diff", "GET /consultation/consultations/{id}/questions",
                "GET /consultation/consultations/{id}/documents", "GET /consultation/documents/{document}",
                "GET /consultation/consultations/{id}/proposals", "GET /consultation/proposals/{id}",
                "GET /consultation/proposals/{id}/arguments", "GET /consultation/proposals/{id}/comments",
                "GET /consultation/proposals/{id}/amendments", "GET /consultation/consultations/{id}/amendments",
                "GET /consultation/amendments/{id}", "GET /consultation/proposals/{id}/answer",
                "GET /consultation/consultations/{id}/synthesis",
                // Open data: the fixture's closed consultation's.
                "GET /consultation/consultations/{id}/export.json", "GET /consultation/consultations/{id}/export.zip",
                "GET /consultation/consultations/{id}/export/{kind}.csv")) {
            ACCESS.put(op, Access.ANYONE);
        }
        for (String op : List.of("POST /auth/logout", "GET /me", "PUT /me", "DELETE /me", "GET /me/export",
                "PUT /me/password", "GET /me/notifications", "POST /me/notifications/read", "GET /me/notification-settings",
                "PUT /me/notification-settings", "POST /reports",
                "PUT /ideabox/ideas/{id}", "POST /ideabox/ideas/{id}/answer", "POST /ideabox/ideas/{id}/comments",
                "GET /ideabox/assigned",
                "POST /ideabox/ideas/{id}/withdrawal", "PUT /ideabox/comments/{commentId}", "DELETE /ideabox/comments/{commentId}",
                "PUT /ideabox/ideas/{id}/follow", "DELETE /ideabox/ideas/{id}/follow", "PUT /ideabox/ideas/{id}/support",
                "DELETE /ideabox/ideas/{id}/support", "POST /ideabox/{componentId}/ideas",
                "GET /ideabox/{componentId}/ideas/mine", "POST /budget/{componentId}/projects",
                "POST /budget/{componentId}/ballots", "GET /budget/{componentId}/ballots/mine",
                "PUT /budget/{componentId}/ballots/{envelope}", "PUT /budget/projects/{id}", "PUT /budget/projects/{id}/follow",
                "DELETE /budget/projects/{id}/follow",
                // The author's: 409 for the fixture citizen (the project is on the ballot), 403 for anyone else.
                "PUT /budget/projects/{id}/photo",
                // The amendment to the section is the citizen's (403 not-author for the moderator); the proposal amended is
                // a neighbour's: no one amends their own.
                "POST /consultation/consultations/{id}/proposals", "PUT /consultation/proposals/{id}",
                "POST /consultation/proposals/{id}/withdraw", "PUT /consultation/proposals/{id}/vote",
                "POST /consultation/arguments/{id}/support", "DELETE /consultation/arguments/{id}/support",
                "POST /consultation/proposals/{id}/comments", "PUT /consultation/comments/{id}",
                "DELETE /consultation/comments/{id}", "POST /consultation/comments/{id}/support",
                "DELETE /consultation/comments/{id}/support", "PUT /consultation/proposals/{id}/follow",
                "DELETE /consultation/proposals/{id}/follow", "PUT /consultation/consultations/{id}/follow",
                "DELETE /consultation/consultations/{id}/follow", "PUT /consultation/questions/{question}/choice",
                "POST /consultation/proposals/{id}/amendments",
                "POST /consultation/consultations/{id}/sections/{sectionId}/amendments",
                "POST /consultation/amendments/{id}/submit", "POST /consultation/amendments/{id}/withdraw",
                "PUT /consultation/amendments/{id}", "POST /consultation/amendments/{id}/promote")) {
            ACCESS.put(op, Access.CITIZEN);
        }
        for (String op : List.of("GET /moderation/queue", "POST /moderation/{id}/decision", "GET /moderation/{id}",
                "POST /moderation/decisions", "GET /ideabox/triage", "GET /ideabox/ideas/{id}/originals",
                "GET /ideabox/{componentId}/agents", "GET /ideabox/ideas/{id}/notes", "POST /ideabox/ideas/{id}/notes",
                "PUT /ideabox/ideas/{id}/assignee", "POST /ideabox/ideas/{id}/decision",
                "GET /ideabox/{componentId}/destinations", "GET /ideabox/{componentId}/reasons",
                "POST /ideabox/{componentId}/reasons", "PUT /ideabox/{componentId}/reasons/{id}",
                "GET /ideabox/{componentId}/schemes", "POST /ideabox/{componentId}/schemes",
                "PUT /ideabox/{componentId}/schemes/{id}", "GET /ideabox/{componentId}/stats",
                "GET /ideabox/{componentId}/triage", "POST /ideabox/{componentId}/triage/bulk",
                "POST /budget/{componentId}/merges")) {
            ACCESS.put(op, Access.MODERATOR);
        }
        for (String op : List.of("GET /admin/audit", "GET /admin/citizens", "PUT /admin/citizens/{id}/roles",
                "PUT /admin/citizens/{id}/roles/{role}", "DELETE /admin/citizens/{id}/roles/{role}",
                // The fixture's space holds contributions, so it is never deleted; its one phase is current, so it stays.
                "DELETE /spaces/{id}", "PUT /spaces/{id}/phases/{phaseId}", "PUT /spaces/{id}/phases/{phaseId}/position",
                "DELETE /spaces/{id}/phases/{phaseId}", "PUT /spaces/{id}/archived",
                "PUT /admin/districts/{code}", "DELETE /admin/districts/{code}", "GET /admin/search/reindex",
                "POST /admin/search/reindex", "POST /spaces", "PUT /spaces/{id}", "PUT /spaces/{id}/published",
                "POST /spaces/{id}/phases", "POST /spaces/{id}/phases/{phaseId}/activate", "POST /spaces/{id}/components",
                "PUT /components/{id}", "PUT /components/{id}/phases/{phaseId}", "PUT /budget/projects/{id}/selected",
                "GET /budget/{componentId}/results", "POST /budget/{componentId}/results/publish",
                // The study is for agents of a directorate; the fixture has none, so administrators stand for them.
                "GET /budget/{componentId}/study", "PUT /budget/projects/{id}/study", "PUT /budget/{componentId}/directorates",
                "GET /budget/{componentId}/study.csv", "POST /budget/{componentId}/study.csv",
                "PUT /budget/{componentId}/popular-areas",
                // Open data once the results are published; the fixture's budget has not published any.
                "GET /budget/{componentId}/results/{envelope}.pb", "GET /budget/{componentId}/turnout",
                "POST /budget/{componentId}/imports",
                // The fixture's idea box holds ideas, so the demo refuses it (409) and leaves it as it is.
                "POST /admin/components/{componentId}/demo",
                // A consultation's directorate writes it; administrators stand for its agents. Accepting an amendment
                // to the text is the directorate's (a proposal's amendment is its author's).
                "POST /consultation/{componentId}/consultations", "PUT /consultation/consultations/{id}",
                "POST /consultation/consultations/{id}/publish", "POST /consultation/consultations/{id}/sections",
                "PUT /consultation/consultations/{id}/sections/{section}",
                "POST /consultation/consultations/{id}/sections/{section}/move",
                "DELETE /consultation/consultations/{id}/sections/{section}",
                "POST /consultation/consultations/{id}/versions", "POST /consultation/consultations/{id}/import",
                "POST /consultation/consultations/{id}/questions", "PUT /consultation/questions/{question}",
                "POST /consultation/questions/{question}/move", "DELETE /consultation/questions/{question}",
                "POST /consultation/consultations/{id}/documents", "DELETE /consultation/documents/{document}",
                "POST /consultation/amendments/{id}/accept", "POST /consultation/amendments/{id}/reject",
                // After closing: on the fixture's closed consultation.
                "PUT /consultation/proposals/{id}/answer", "GET /consultation/consultations/{id}/answers",
                "POST /consultation/consultations/{id}/answers", "POST /consultation/consultations/{id}/answers/import",
                "PUT /consultation/consultations/{id}/synthesis", "PUT /consultation/consultations/{id}/decision")) {
            ACCESS.put(op, Access.ADMINISTRATOR);
        }
    }

    /** Calls that would end the fixture's own sessions or accounts: sent anonymously only. */
    private static final Set<String> ENDS_SESSION = Set.of("POST /auth/logout", "DELETE /me");

    private static final List<String> BAD_PATH = List.of("%00", "9223372036854775808", "-1", "abc", "0", "x".repeat(3000),
            "%E2%80%AE", "%ED%A0%80", "%0A");
    private static final List<String> BAD_QUERY = List.of("%00", "x".repeat(5000), "2147483647", "-1",
            "9223372036854775808", "abc", "%ED%A0%80", "%C3%28", "%0A", "", "%7F");
    /** JSON texts put in place of one field at a time. */
    private static final List<String> BAD_FIELD = List.of("\"a\\u0000b\"", "\"" + "x".repeat(5000) + "\"",
            "\"" + "x".repeat(30_000) + "\"", "\"\\ud800x\"", "\"\\u202Eabc\"", "null", "123", "\"abc\"", "true",
            "[null]", "[\"a\\u0000\"]", "{\"k\":null}", "{}", "9223372036854775808", "2147483648", "-1", "1e400");
    /** Text bodies (a spreadsheet, a file) that are not what any operation expects. */
    private static final List<String> BAD_TEXT = List.of("", "a\u0000b", "\ud800", "x".repeat(1_100_000), "\"unclosed",
            "id;opinion\n1;" + "x".repeat(30_000), "\uFEFF", "{}");
    private static final String JSON = "application/json";
    /** Whole bodies that are not what any operation expects. */
    private static final List<String> BAD_BODY = List.of("", "null", "[]", "{", "\"x\"", "{\"a\":[null]}",
            "[".repeat(5000) + "]".repeat(5000));

    static final Pattern STACK_TRACE = Pattern.compile(
            "Caused by:|\\tat |\\.java:\\d+\\)|org\\.postgresql|eclipse\\.persistence|SQLState|Exception: ");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String NOBODY = Citizens.email("personne");
    private static Map<Access, String> tokens;
    private static Map<String, String> ids;
    private static int requests;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @BeforeAll
    static void fixture() {
        Citizen admin = Citizens.admin();
        Citizen citizen = Citizens.verified("essai");
        Citizen moderator = Citizens.moderator("essai");
        tokens = Map.of(Access.CITIZEN, citizen.token(), Access.MODERATOR, moderator.token(),
                Access.ADMINISTRATOR, admin.token());
        List<Long> components = Spaces.openSpace(admin, "toutes-routes", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""", """
                {"manifestId":"budget","title":"Budget participatif","published":true}""", """
                {"manifestId":"consultation","title":"Consultations","published":true}""");
        long box = components.get(0);
        long budget = components.get(1);
        Map<String, String> consultation = consultation(admin, citizen, components.get(2));
        Api.Reply filed = citizen.api().post("/budget/" + budget + "/projects", "{\"title\":\"Des arbres rue Mouffetard\","
                + "\"description\":\"Planter dix arbres le long de la rue.\",\"category\":\"Environnement\",\"envelope\":\"ville\","
                + "\"cost\":50000}");
        assertEquals(201, filed.status(), filed.body());
        long project = filed.json().getJsonNumber("id").longValue();
        BudgetIT.studyFavourably(admin, project);
        assertEquals(200, admin.api().put("/budget/projects/" + project + "/selected", "{\"selected\":true}").status());
        JsonObject space = admin.api().get("/spaces").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getJsonNumber("id").longValue() == box)).findFirst().orElseThrow();
        long idea = citizen.api().post("/ideabox/" + box + "/ideas",
                "{\"title\":\"Un banc rue Mouffetard\",\"body\":\"Pour s'asseoir.\",\"category\":\"Autre\"}")
                .json().getJsonNumber("id").longValue();
        long reason = moderator.api().get("/ideabox/" + box + "/reasons").array().getJsonObject(0).getJsonNumber("id").longValue();
        long scheme = moderator.api().get("/ideabox/" + box + "/schemes").array().getJsonObject(0).getJsonNumber("id").longValue();
        // Archived and restored by the fuzz: a space of its own, so the fixture's stays open to the other calls.
        String spare = admin.api().post("/spaces", "{\"title\":\"Espace d'essai\",\"description\":\"d\","
                + "\"startsOn\":\"2027-01-01\"}").json().getJsonNumber("id").toString();
        ids = new HashMap<>(Map.ofEntries(Map.entry("space", space.getJsonNumber("id").toString()), Map.entry("spare", spare),
                Map.entry("phase", space.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").toString()),
                Map.entry("box", Long.toString(box)), Map.entry("idea", Long.toString(idea)),
                Map.entry("reason", Long.toString(reason)), Map.entry("budget", Long.toString(budget)),
                Map.entry("project", Long.toString(project)), Map.entry("scheme", Long.toString(scheme)),
                Map.entry("citizen", Long.toString(Citizens.verified("cobaye").id())),
                Map.entry("district", "ZZ" + System.nanoTime() % 1000)));
        ids.putAll(consultation);
    }

    /**
     * An open consultation of the administrator's (standing for its directorate) with a published version, a section,
     * a closed question and a PDF; the citizen's proposal with their vote, argument and comment; a neighbour's
     * proposal; the citizen's amendment to the section, being evaluated.
     */
    private static Map<String, String> consultation(Citizen admin, Citizen citizen, long instance) {
        Api.Reply opened = admin.api().post("/consultation/" + instance + "/consultations", consultationBody());
        assertEquals(201, opened.status(), opened.body());
        String id = opened.json().getJsonNumber("id").toString();
        String base = "/consultation/consultations/" + id;
        Api.Reply section = admin.api().post(base + "/sections", "{\"title\":\"Article 1\",\"body\":\"Les trottoirs sont élargis.\"}");
        assertEquals(201, section.status(), section.body());
        Api.Reply question = admin.api().post(base + "/questions",
                "{\"kind\":\"closed\",\"text\":\"Où s'asseoir ?\",\"options\":[\"Sur un banc\",\"Sur une chaise\"]}");
        assertEquals(201, question.status(), question.body());
        assertEquals(201, admin.api().post(base + "/versions", "{\"changelog\":\"Première version\"}").status());
        Api.Reply document = admin.api().post(base + "/documents?title=Plan&name=plan.pdf", PDF, "application/pdf");
        assertEquals(201, document.status(), document.body());
        assertEquals(200, admin.api().post(base + "/publish", "").status());
        Map<String, String> ids = new LinkedHashMap<>(Map.of("instance", Long.toString(instance), "consultation", id,
                "section", section.json().getJsonNumber("id").toString(),
                "question", question.json().getJsonNumber("id").toString(),
                "document", document.json().getJsonNumber("id").toString()));
        Api.Reply proposal = citizen.api().post(base + "/proposals", "{\"title\":\"Des bancs place Monge\","
                + "\"body\":\"Pour se reposer.\",\"section\":" + ids.get("section") + "}");
        assertEquals(201, proposal.status(), proposal.body());
        String proposalId = proposal.json().getJsonNumber("id").toString();
        ids.put("proposal", proposalId);
        Api.Reply vote = citizen.api().put("/consultation/proposals/" + proposalId + "/vote",
                "{\"stance\":\"agree\",\"argument\":\"On en manque.\"}");
        assertEquals(200, vote.status(), vote.body());
        ids.put("argument", citizen.api().get("/consultation/proposals/" + proposalId + "/arguments").json()
                .getJsonArray("agree").getJsonObject(0).getJsonNumber("id").toString());
        Api.Reply comment = citizen.api().post("/consultation/proposals/" + proposalId + "/comments", "{\"body\":\"Et de l'ombre.\"}");
        assertEquals(201, comment.status(), comment.body());
        ids.put("comment", comment.json().getJsonNumber("id").toString());
        // Someone else's proposal, for the citizen to amend: no one amends their own.
        Api.Reply neighbours = Citizens.verified("voisin").api().post(base + "/proposals", "{\"title\":\"Des fontaines\","
                + "\"body\":\"Pour boire en été.\"}");
        assertEquals(201, neighbours.status(), neighbours.body());
        ids.put("neighbours", neighbours.json().getJsonNumber("id").toString());
        Api.Reply amendment = citizen.api().post(base + "/sections/" + ids.get("section") + "/amendments", AMENDMENT);
        assertEquals(201, amendment.status(), amendment.body());
        assertEquals("evaluating", amendment.json().getString("state"), amendment.body());
        ids.put("amendment", amendment.json().getJsonNumber("id").toString());
        // The after-closing operations work on a consultation closed yesterday, with a proposal and its vote to answer.
        Api.Reply closing = admin.api().post("/consultation/" + instance + "/consultations", consultationBody());
        assertEquals(201, closing.status(), closing.body());
        String closed = closing.json().getJsonNumber("id").toString();
        assertEquals(201, admin.api().post("/consultation/consultations/" + closed + "/sections",
                "{\"title\":\"Article 1\",\"body\":\"Les places sont ombragées.\"}").status());
        assertEquals(201, admin.api().post("/consultation/consultations/" + closed + "/versions", "{}").status());
        assertEquals(200, admin.api().post("/consultation/consultations/" + closed + "/publish", "").status());
        Api.Reply late = citizen.api().post("/consultation/consultations/" + closed + "/proposals",
                "{\"title\":\"Des arbres place Monge\",\"body\":\"Pour l'ombre.\"}");
        assertEquals(201, late.status(), late.body());
        String lateId = late.json().getJsonNumber("id").toString();
        assertEquals(200, citizen.api().put("/consultation/proposals/" + lateId + "/vote",
                "{\"stance\":\"mixed\",\"argument\":\"Et de l'eau.\"}").status());
        Api.Reply closedNow = admin.api().put("/consultation/consultations/" + closed, "{\"directorate\":\"DVD\","
                + "\"title\":\"Places ombragées\",\"context\":\"Les places.\",\"opensOn\":\"" + LocalDate.now().minusDays(10)
                + "\",\"closesOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
        assertEquals("closed", closedNow.json().getString("state"), closedNow.body());
        ids.put("closed", closed);
        ids.put("closedProposal", lateId);
        return ids;
    }

    /** The operations that need a closed consultation: answers, synthesis, decision, open data. */
    private static boolean afterClosing(String template) {
        return template.equals("/consultation/proposals/{id}/answer")
                || template.matches("/consultation/consultations/\\{id}/(answers.*|synthesis|decision|export.*)");
    }

    /** The fixture consultation's description: open since yesterday, for a month. */
    private static String consultationBody() {
        return "{\"directorate\":\"DVD\",\"title\":\"Plan piéton\",\"context\":\"Le plan piéton, soumis à vos avis.\","
                + "\"opensOn\":\"" + LocalDate.now().minusDays(1) + "\",\"closesOn\":\""
                + LocalDate.now().plusDays(30) + "\"}";
    }

    private static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    private static final String AMENDMENT = "{\"title\":\"Des trottoirs plus larges\",\"body\":\"Les trottoirs sont élargis "
            + "et plantés.\",\"explanation\":\"De l'ombre en été.\"}";

    /** Bad path values that are well-formed district codes ("abc", "0") made districts: the other tests share them. */
    @AfterAll
    static void removeDistrictsTheFuzzMade() throws IOException {
        for (String code : BAD_PATH) {
            call("DELETE", "/admin/districts/" + code, null, tokens.get(Access.ADMINISTRATOR));
        }
        call("DELETE", "/admin/districts/" + ids.get("district"), null, tokens.get(Access.ADMINISTRATOR));
    }

    @Test
    void everyOperationIsListedInTheRoleMatrixAndTheMatrixHolds() throws IOException {
        Map<String, JsonObject> operations = operations();
        assertEquals(new TreeSet<>(ACCESS.keySet()), new TreeSet<>(operations.keySet()),
                "the role × endpoint matrix must list exactly the operations of /openapi");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonObject> op : operations.entrySet()) {
            String key = op.getKey();
            Access access = ACCESS.get(key);
            String method = key.substring(0, key.indexOf(' '));
            String path = realPath(key);
            String body = sample(key);
            String type = contentType(op.getValue());
            Reply anonymous = call(method, path, body, null, type);
            boolean asksToSignIn = anonymous.status == 401 && anonymous.body.contains("sign-in\"");
            if (asksToSignIn != (access != Access.ANYONE)) {
                wrong.add(key + " anonymous: " + anonymous.status + " " + anonymous.body);
            }
            if (ENDS_SESSION.contains(key)) {
                continue;
            }
            for (Access role : List.of(Access.CITIZEN, Access.MODERATOR)) {
                Reply r = call(method, path, body, tokens.get(role), type);
                // Refused for the role, not for a verification the fixture lacks (a declared district, say), nor, for
                // the moderator, for not being the author of the fixture citizen's own contribution.
                boolean forbidden = r.status == 403 && !r.body.contains("permission.residence")
                        && !r.body.contains("permission.email-unverified")
                        && !(role == Access.MODERATOR && r.body.contains(".not-author\""));
                if (forbidden != (access.ordinal() > role.ordinal())) {
                    wrong.add(key + " " + role + ": " + r.status + " " + r.body);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "the matrix does not hold:\n" + String.join("\n", wrong));
    }

    @Test
    void badInputGetsA4xxWithAShortMessageNeverA5xxOrAStackTraceAndQuickly() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonObject> op : operations().entrySet()) {
            String key = op.getKey();
            String method = key.substring(0, key.indexOf(' '));
            String type = contentType(op.getValue());
            List<String> callers = new ArrayList<>();
            callers.add(null);
            if (!ENDS_SESSION.contains(key) && ACCESS.get(key) != Access.ANYONE) {
                callers.add(tokens.get(ACCESS.get(key) == Access.CITIZEN ? Access.CITIZEN : ACCESS.get(key)));
            } else if (!ENDS_SESSION.contains(key)) {
                callers.add(tokens.get(Access.CITIZEN));
            }
            for (String token : callers) {
                String body = sample(key);
                for (JsonValue p : op.getValue().getJsonArray("parameters") == null ? List.<JsonValue>of()
                        : op.getValue().getJsonArray("parameters")) {
                    JsonObject parameter = p.asJsonObject();
                    String name = parameter.getString("name");
                    if ("path".equals(parameter.getString("in"))) {
                        for (String bad : BAD_PATH) {
                            check(failures, method, path(key, name, bad), body, token, type);
                        }
                    } else if ("query".equals(parameter.getString("in"))) {
                        for (String bad : BAD_QUERY) {
                            check(failures, method, realPath(key) + "?" + name + "=" + bad, body, token, type);
                        }
                    }
                }
                if (op.getValue().containsKey("requestBody") && !type.equals(JSON)) {
                    for (String bad : BAD_TEXT) {
                        check(failures, method, realPath(key), bad, token, type);
                    }
                } else if (op.getValue().containsKey("requestBody")) {
                    JsonObject sample = Json.createReader(new StringReader(body)).readObject();
                    for (String field : sample.keySet()) {
                        for (String bad : BAD_FIELD) {
                            check(failures, method, realPath(key), withField(sample, field, bad), token, type);
                        }
                    }
                    for (String bad : BAD_BODY) {
                        check(failures, method, realPath(key), bad, token, type);
                    }
                    check(failures, method, realPath(key), "{\"x\":\"" + "y".repeat(1_100_000) + "\"}", token, type);
                } else {
                    check(failures, method, realPath(key), null, token, type);
                }
            }
        }
        assertTrue(requests > 1000, "a thousand requests at least: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures.subList(0,
                Math.min(40, failures.size()))));
    }

    @Test
    void aNulByteNeverReachesTheDatabaseWhereverItIsSent() throws IOException {
        Reply reset = call("POST", "/auth/password-reset", "{\"email\":\"a\\u0000b@example.org\"}", null);
        assertEquals(400, reset.status, reset.body);
        assertEquals("request.control-character", Json.createReader(new StringReader(reset.body)).readObject().getString("error"));
        assertEquals(400, call("GET", "/spaces/%00", null, null).status);
        assertEquals(400, call("GET", "/search?q=%00", null, null).status);
        assertEquals(400, call("PUT", "/me", "{\"pseudonym\":\"a\\u0000\"}", tokens.get(Access.CITIZEN)).status);
        assertEquals(400, call("PUT", "/admin/citizens/" + ids.get("citizen") + "/roles", "{\"roles\":[null]}",
                tokens.get(Access.ADMINISTRATOR)).status);
        assertEquals(400, call("PUT", "/spaces/" + ids.get("space") + "/published", "{}", tokens.get(Access.ADMINISTRATOR)).status,
                "a missing boolean does not unpublish");
    }

    private static void check(List<String> failures, String method, String path, String body, String token) {
        check(failures, method, path, body, token, JSON);
    }

    private static void check(List<String> failures, String method, String path, String body, String token, String type) {
        Reply r;
        try {
            r = call(method, path, body, token, type);
            if (r.millis > 1000) {
                // One slow answer may be the machine; a stall (a held database connection) is slow every time.
                r = call(method, path, body, token, type);
            }
        } catch (IOException e) {
            if (body != null && body.length() > 1_000_000) {
                return; // refused before the client finished sending: the server closed the connection.
            }
            failures.add(method + " " + brief(path) + " " + brief(body) + ": " + e);
            return;
        }
        String what = method + " " + brief(path) + " " + brief(body) + (token == null ? " (anonymous)" : "") + " → " + r.status;
        if (r.status >= 500) {
            failures.add(what + " " + brief(r.body));
        } else if (STACK_TRACE.matcher(r.body).find()) {
            failures.add(what + " shows a stack trace: " + brief(r.body));
        } else if (r.millis > 1000) {
            failures.add(what + " took " + r.millis + " ms twice");
        } else if (r.status >= 400 && !isErrorBody(r.body)) {
            failures.add(what + " without {error, message}: " + brief(r.body));
        }
    }

    private static boolean isErrorBody(String body) {
        try {
            JsonObject error = Json.createReader(new StringReader(body)).readObject();
            return error.containsKey("error") && error.getString("message", "").length() < 500;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private record Reply(int status, String body, long millis) {
    }

    private static Reply call(String method, String path, String body, String token) throws IOException {
        return call(method, path, body, token, JSON);
    }

    /** The media type an operation's body is sent in: JSON, or the one it declares (a spreadsheet, say). */
    private static String contentType(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || body.getJsonObject("content") == null || body.getJsonObject("content").containsKey(JSON)) {
            return JSON;
        }
        return body.getJsonObject("content").keySet().iterator().next();
    }

    private static Reply call(String method, String path, String body, String token, String type) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PlatformServices.BASE + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", type);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            return new Reply(r.statusCode(), r.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** "METHOD /path" of every operation, without the /api/v1 prefix; the test component's are left out. */
    private static Map<String, JsonObject> operations() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformServices.BASE + "/openapi?format=JSON")).build();
        JsonObject spec;
        try {
            spec = Json.createReader(new StringReader(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())).readObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Map<String, JsonObject> operations = new LinkedHashMap<>();
        spec.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method) && !path.startsWith("/api/v1/probe")) {
                operations.put(method.toUpperCase() + " " + path.substring("/api/v1".length()), operation.asJsonObject());
            }
        }));
        return operations;
    }

    /** The operation's path with the fixture's real ids, so that each call gets past "not found". */
    private static String realPath(String key) {
        return path(key, null, null);
    }

    /** The operation's path with {@code value} for parameter {@code param} and real ids for the others. */
    private static String path(String key, String param, String value) {
        String template = key.substring(key.indexOf(' ') + 1);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(m.group(1).equals(param) ? value : real(template, m.group(1))));
        }
        return m.appendTail(path).toString();
    }

    private static String real(String template, String parameter) {
        return switch (parameter) {
            case "slugOrId" -> ids.get("space");
            case "code" -> ids.get("district");
            case "envelope" -> "ville";
            case "componentId" -> template.startsWith("/budget/") ? ids.get("budget")
                    : template.startsWith("/consultation/") ? ids.get("instance") : ids.get("box");
            case "section", "sectionId" -> ids.get("section");
            case "question" -> ids.get("question");
            case "document" -> ids.get("document");
            case "number" -> "1";
            case "kind" -> "proposals";
            case "phaseId" -> ids.get("phase");
            case "role" -> "MODERATOR";
            default -> template.equals("/spaces/{id}/archived") ? ids.get("spare")
                    : template.startsWith("/spaces/") ? ids.get("space")
                    : template.startsWith("/components/") ? ids.get("box")
                    : template.startsWith("/ideabox/ideas/") ? ids.get("idea")
                    : template.startsWith("/budget/projects/") ? ids.get("project")
                    : template.startsWith("/admin/citizens/") ? ids.get("citizen")
                    : template.contains("/reasons/") ? ids.get("reason")
                    : template.contains("/schemes/") ? ids.get("scheme")
                    : template.equals("/consultation/proposals/{id}/answer") ? ids.get("closedProposal")
                    : afterClosing(template) ? ids.get("closed")
                    : template.startsWith("/consultation/consultations/") ? ids.get("consultation")
                    : template.equals("/consultation/proposals/{id}/amendments") ? ids.get("neighbours")
                    : template.startsWith("/consultation/proposals/") ? ids.get("proposal")
                    : template.startsWith("/consultation/amendments/") ? ids.get("amendment")
                    : template.startsWith("/consultation/comments/") ? ids.get("comment")
                    : template.startsWith("/consultation/arguments/") ? ids.get("argument")
                    : "999999999";
        };
    }

    /** A well-formed body for each operation that takes one; mutations replace one field at a time. */
    private static String sample(String key) {
        return switch (key) {
            case "PUT /admin/citizens/{id}/roles" -> "{\"roles\":[\"CITIZEN\"],\"reason\":\"essai\"}";
            case "PUT /admin/citizens/{id}/roles/{role}" -> "{\"directorate\":null,\"reason\":\"essai\"}";
            case "PUT /admin/districts/{code}" -> "{\"name\":\"Quartier d'essai\",\"position\":99}";
            // An address of this run's own: other test classes share the database and its allowances.
            case "POST /auth/login" -> "{\"email\":\"" + NOBODY + "\",\"password\":\"pas le bon\"}";
            case "POST /auth/password-reset", "POST /auth/verify/resend" -> "{\"email\":\"" + NOBODY + "\"}";
            case "POST /auth/password-reset/confirm" -> "{\"token\":\"inconnu\",\"password\":\"une autre phrase solide\"}";
            case "POST /auth/register" -> "{\"email\":\"" + Citizens.email("essai") + "\",\"password\":\"une phrase de passe solide\","
                    + "\"pseudonym\":\"essai" + System.nanoTime() % 100_000_000 + "\",\"acceptTerms\":true,\"locale\":\"fr\"}";
            case "POST /auth/verify" -> "{\"token\":\"inconnu\"}";
            case "PUT /components/{id}" -> "{\"published\":true}";
            case "PUT /components/{id}/phases/{phaseId}" -> "{\"settings\":{}}";
            case "PUT /ideabox/ideas/{id}" -> "{\"title\":\"Un banc rue Mouffetard\",\"body\":\"Pour s'asseoir.\",\"category\":\"Autre\"}";
            case "POST /ideabox/ideas/{id}/answer", "POST /ideabox/ideas/{id}/comments", "PUT /ideabox/comments/{commentId}" ->
                    "{\"text\":\"Une précision utile\"}";
            // A version the fixture's idea never has: refused as a conflict, so the idea stays for the other calls.
            case "POST /ideabox/ideas/{id}/withdrawal" -> "{\"version\":999}";
            case "PUT /ideabox/ideas/{id}/assignee" -> "{\"me\":true}";
            case "POST /ideabox/ideas/{id}/notes" -> "{\"text\":\"À voir avec la DEVE\"}";
            case "POST /ideabox/ideas/{id}/decision" -> "{\"version\":999,\"type\":\"review\"}";
            case "POST /ideabox/{componentId}/ideas" -> "{\"title\":\"Un arbre place Monge\",\"body\":\"De l'ombre.\",\"category\":\"Autre\"}";
            case "POST /ideabox/{componentId}/reasons", "PUT /ideabox/{componentId}/reasons/{id}" ->
                    "{\"label\":\"Hors compétence\",\"text\":\"La Ville n'est pas compétente.\"}";
            case "POST /ideabox/{componentId}/schemes", "PUT /ideabox/{componentId}/schemes/{id}" ->
                    "{\"name\":\"Permis de végétaliser\",\"url\":\"https://www.paris.fr/\",\"message\":\"Voyez ce dispositif.\"}";
            case "POST /ideabox/{componentId}/triage/bulk" -> "{\"ideas\":[{\"id\":999999999,\"version\":0}],\"decision\":{\"type\":\"review\"}}";
            case "PUT /budget/projects/{id}" -> "{\"title\":\"Des arbres rue Mouffetard\",\"description\":"
                    + "\"Planter dix arbres le long de la rue.\",\"category\":\"Environnement\",\"envelope\":\"ville\",\"cost\":50000}";
            case "POST /budget/{componentId}/projects" -> "{\"title\":\"Un composteur square Monge\",\"description\":"
                    + "\"Un composteur partagé pour le quartier.\",\"category\":\"Environnement\",\"envelope\":\"ville\",\"cost\":8000}";
            case "PUT /budget/projects/{id}/selected" -> "{\"selected\":true}";
            // Sent as image/jpeg (the first type /openapi gives); who may put a photo is decided before its bytes are looked at.
            case "PUT /budget/projects/{id}/photo" -> "pas une photo";
            case "PUT /budget/projects/{id}/study" -> "{\"admissible\":true,\"feasible\":true,\"cityCost\":50000,"
                    + "\"opinion\":\"favourable\",\"justification\":\"Utile au quartier.\",\"version\":999}";
            case "PUT /budget/{componentId}/directorates" -> "{\"projects\":[999999999],\"directorate\":\"DEVE\"}";
            case "PUT /budget/{componentId}/popular-areas" -> "{\"projects\":[999999999],\"popular\":true}";
            case "POST /budget/{componentId}/study.csv" -> "id;opinion\n999999999;\n";
            case "POST /budget/{componentId}/ballots", "PUT /budget/{componentId}/ballots/{envelope}" ->
                    "{\"envelope\":\"ville\",\"projects\":[999999999]}";
            // Unknown projects: the fixture's own project stays as it is for the other operations.
            case "POST /budget/{componentId}/merges" -> "{\"projects\":[999999998,999999999],\"title\":\"Un jardin partagé\","
                    + "\"description\":\"Deux projets réunis en un seul.\",\"category\":\"Environnement\",\"cost\":9000}";
            case "PUT /me" -> "{\"pseudonym\":\"essai" + System.nanoTime() % 100_000_000 + "\",\"birthDate\":\"1990-05-01\","
                    + "\"address\":\"1 place de l'Hôtel de Ville\",\"district\":\"75004\",\"newsletterConsent\":false,\"locale\":\"fr\"}";
            case "PUT /me/password" -> "{\"currentPassword\":\"pas le bon\",\"newPassword\":\"une autre phrase solide\"}";
            case "PUT /me/notification-settings" -> "{\"kinds\":[\"CONTRIBUTION\",\"FOLLOWED\",\"BALLOT\"],\"digest\":\"IMMEDIATE\"}";
            case "POST /moderation/{id}/decision" -> "{\"version\":0,\"decision\":\"RESTORE\",\"reason\":\"essai\"}";
            case "POST /reports" -> "{\"component\":\"ideabox\",\"contributionId\":\"999999999\",\"reason\":\"SPAM\"}";
            case "POST /spaces" -> "{\"slug\":\"essai-" + System.nanoTime() % 100_000_000 + "\",\"title\":\"Essai\","
                    + "\"description\":\"Un espace d'essai\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-12-31\"}";
            case "PUT /spaces/{id}" -> "{\"title\":\"Budget participatif 2027\",\"description\":\"Proposez, votez.\"}";
            case "PUT /spaces/{id}/published" -> "{\"published\":true}";
            case "PUT /spaces/{id}/archived" -> "{\"archived\":false}";
            case "PUT /spaces/{id}/phases/{phaseId}" -> "{\"title\":\"Dépôt des projets\",\"startsOn\":\"2027-01-10\","
                    + "\"endsOn\":\"2027-03-31\"}";
            case "PUT /spaces/{id}/phases/{phaseId}/position" -> "{\"position\":1}";
            case "POST /spaces/{id}/phases" -> "{\"title\":\"Vote\",\"description\":\"On vote.\"}";
            case "POST /spaces/{id}/components" -> "{\"manifestId\":\"ideabox\",\"title\":\"Une boîte\",\"settings\":{},\"published\":false}";
            case "POST /consultation/{componentId}/consultations" -> "{\"directorate\":\"DVD\",\"title\":\"Plan vélo\","
                    + "\"context\":\"Le plan vélo.\",\"opensOn\":\"2027-01-01\",\"closesOn\":\"2027-02-01\"}";
            case "PUT /consultation/consultations/{id}" -> consultationBody();
            case "POST /consultation/consultations/{id}/sections", "PUT /consultation/consultations/{id}/sections/{section}" ->
                    "{\"title\":\"Article 1\",\"body\":\"Les trottoirs sont élargis.\"}";
            case "POST /consultation/consultations/{id}/versions" -> "{\"changelog\":\"Deuxième version\"}";
            case "POST /consultation/consultations/{id}/import" -> "# Article 2\n\nDes bancs tous les cent mètres.\n";
            case "POST /consultation/consultations/{id}/questions", "PUT /consultation/questions/{question}" ->
                    "{\"kind\":\"closed\",\"text\":\"Où s'asseoir ?\",\"options\":[\"Sur un banc\",\"Sur une chaise\"]}";
            case "PUT /consultation/questions/{question}/choice" -> "{\"option\":0}";
            case "POST /consultation/consultations/{id}/documents" -> PDF;
            case "POST /consultation/consultations/{id}/proposals", "PUT /consultation/proposals/{id}" ->
                    "{\"title\":\"Des bancs place Monge\",\"body\":\"Pour se reposer.\",\"section\":" + ids.get("section")
                    + ",\"question\":null,\"address\":\"Place Monge\",\"latitude\":48.8427,\"longitude\":2.3522}";
            case "PUT /consultation/proposals/{id}/vote" -> "{\"stance\":\"agree\",\"argument\":\"On en manque.\"}";
            case "POST /consultation/proposals/{id}/comments", "PUT /consultation/comments/{id}" ->
                    "{\"body\":\"Et de l'ombre.\",\"parent\":null}";
            case "POST /consultation/proposals/{id}/amendments", "POST /consultation/consultations/{id}/sections/{sectionId}/amendments",
                    "PUT /consultation/amendments/{id}" -> AMENDMENT;
            case "POST /consultation/amendments/{id}/reject" -> "{\"reason\":\"Trop coûteux.\"}";
            case "PUT /consultation/proposals/{id}/answer" -> "{\"answer\":\"accepted\",\"text\":\"Nous le ferons.\"}";
            case "POST /consultation/consultations/{id}/answers" ->
                    "{\"proposals\":[" + ids.get("closedProposal") + "],\"answer\":\"considered\","
                    + "\"text\":\"Nous y veillerons.\"}";
            case "POST /consultation/consultations/{id}/answers/import" ->
                    "proposal_id;answer;text\n" + ids.get("closedProposal") + ";accepted;Oui\n";
            case "PUT /consultation/consultations/{id}/synthesis" -> "{\"text\":\"Merci de vos avis.\"}";
            case "PUT /consultation/consultations/{id}/decision" -> "{\"adoptedVersion\":1,\"text\":\"Le plan est adopté.\"}";
            default -> "{}";
        };
    }

    private static String withField(JsonObject sample, String field, String value) {
        StringBuilder json = new StringBuilder("{");
        for (String key : sample.keySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":").append(key.equals(field) ? value : sample.get(key).toString());
        }
        return json.append('}').toString();
    }

    private static String brief(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }
}
