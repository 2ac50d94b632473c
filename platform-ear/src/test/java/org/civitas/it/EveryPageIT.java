package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Every portal page, found in the sources (the portal's and every component's), is asked for with bad values in
 * each of its view parameters. Never a 5xx, never a stack trace; every answer carries the security headers, and
 * the session cookie is HttpOnly and SameSite. A new page is covered without writing a test.
 */
@PlatformIT
class EveryPageIT {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final List<String> BAD = List.of("%00", "x".repeat(5000), "9223372036854775808", "-1", "abc",
            "%ED%A0%80", "%0A", "%E2%80%AE", "<script>alert(1)</script>");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void everyPageAnswersBadParametersWithoutAServerErrorAndWithItsSecurityHeaders() {
        Map<String, List<String>> pages = pages();
        assertTrue(pages.size() >= 20, "pages found in the sources: " + pages.keySet());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            check(failures, page.getKey());
            for (String parameter : new TreeSet<>(page.getValue())) {
                for (String bad : BAD) {
                    check(failures, page.getKey() + "?" + parameter + "=" + (bad.startsWith("<") ? encode(bad) : bad));
                }
            }
            check(failures, page.getKey() + "?unknown=%00");
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void aControlCharacterIsRefusedWithAPlainPageInTheReadersLanguage() {
        HttpResponse<String> fr = get("/search.xhtml?q=%00", "fr");
        assertEquals(400, fr.statusCode());
        assertTrue(fr.body().contains("caractère de contrôle"), fr.body());
        HttpResponse<String> en = get("/spaces/space.xhtml?slug=%00", "en");
        assertEquals(400, en.statusCode());
        assertTrue(en.body().contains("control character"), en.body());
    }

    @Test
    void aTamperedViewStateGetsAPlainPage() {
        HttpResponse<String> login = get("/account/login.xhtml", "fr");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher form = Pattern.compile("<form id=\"([^\"]+)\"").matcher(login.body());
        assertTrue(form.find(), login.body());
        String body = form.group(1) + "=" + form.group(1) + "&jakarta.faces.ViewState=" + encode("-123:456'\"<x>");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + "/account/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"), r.headers().map().toString());
    }

    @Test
    void aModeratorDecidesFromTheCasePageAndAForgottenReasonIsToldAtItsField() {
        long probe = Spaces.openSpaceWithProbe(Citizens.admin(), "file-moderation");
        String note = Citizens.verified("auteur").api().post("/probe/" + probe + "/propose?text=Un%20banc%20tagu%C3%A9", "")
                .json().getString("id");
        assertEquals(201, Citizens.verified("signale").api().post("/reports", "{\"component\":\"probe\",\"contributionId\":\""
                + note + "\",\"reason\":\"SPAM\",\"details\":\"Publicité déguisée\"}").status());

        PortalSession admin = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        String caseId = caseOf(note);
        String page = admin.get("/moderation/case.xhtml?id=" + caseId);
        assertTrue(page.contains("Un banc tagué") && page.contains("Publicité déguisée") && page.contains("Publicité ou spam"),
                "the content, the reporter's words and the reason in words: " + page);
        Matcher decide = Pattern.compile("<form id=\"([^\"]*decide)\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(decide.find(), page);
        String form = decide.group(1);
        String forgotten = admin.post("/moderation/case.xhtml", page, Map.of(form, form, "case", caseId, "id", caseId,
                "version", decide.group(2), "reason", " ", form + ":restore", "Rétablir"));
        assertTrue(forgotten.matches("(?s).*id=\"reason\"[^>]*autofocus.*role=\"alert\" id=\"reason-error\">Indiquez le motif.*"),
                "the error sits at the reason field, which takes the focus: " + forgotten);
        String answer = admin.post("/moderation/case.xhtml", page, Map.of(form, form, "case", caseId, "id", caseId,
                "version", decide.group(2), "reason", "Signalement non fondé", form + ":restore", "Rétablir"));
        assertFalse(answer.contains("Indiquez le motif"), answer);
        assertTrue(ModerationQueue.openCase(Citizens.admin().api(), "probe", note).isEmpty(), "decided, so no longer in the queue");
    }

    /** Dates as people write them: "15 janvier 2026", "January 15, 2026". */
    private static final Map<String, Pattern> READABLE_DATE = Map.of(
            "fr", Pattern.compile("\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}"),
            "en", Pattern.compile("(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}"));
    /** What people must never read: ISO dates and instants, facet months, and the codes the platform keeps. */
    private static final Pattern RAW = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\b\\d{4}-\\d{2}\\b|\\b(under_review|"
            + "information_requested|not_admissible|ideabox\\.[a-z_.]+|space\\.[a-z.]+|account\\.[a-z.]+|component\\.[a-z.]+|"
            + "VISITOR|CITIZEN|MODERATOR|AGENT|ADMINISTRATOR)\\b|\\[\\]");

    @Test
    void peopleReadWordsAndDatesInTheirLanguageNeverCodesOrInstants() {
        Citizens.Citizen admin = Citizens.admin();
        Citizens.Citizen author = Citizens.verified("lectrice");
        long box = Spaces.openSpace(admin, "mots", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        String marker = "Glycines" + System.nanoTime() % 100000;
        Api.Reply filed = author.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Végétaliser la rue %s","body":"Des jardinières le long des trottoirs.","category":"Espaces verts","district":"75011"}"""
                .formatted(marker));
        assertTrue(filed.status() == 200 || filed.status() == 201, filed.body());
        long idea = filed.json().getJsonNumber("id").longValue();
        Citizens.Citizen moderator = Citizens.moderator("trieur");
        int version = Api.anonymous().get("/ideabox/ideas/" + idea).json().getInt("version");
        assertEquals(200, moderator.api().post("/ideabox/ideas/" + idea + "/decision",
                "{\"type\":\"information\",\"version\":" + version + ",\"message\":\"Quelle rue ?\"}").status());
        assertEquals(201, Citizens.verified("signale").api().post("/reports", """
                {"component":"ideabox","contributionId":"%d","reason":"OFF_TOPIC"}""".formatted(idea)).status());
        long moderationCase = ModerationQueue.openCase(admin.api(), "ideabox", Long.toString(idea)).orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin.api().put("/components/" + box, "{\"settings\":{\"response_days\":\"45\"}}").status());
        String search = "/search.xhtml?q=" + encode("végétalisation " + marker);
        for (int i = 0; i < 100 && !Api.anonymous().get("/search?q=" + marker).body().contains("information_requested"); i++) {
            Citizens.sleep(200); // indexing goes through the outbox
        }

        for (String language : List.of("fr", "en")) {
            PortalSession administrator = inLanguage(PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD), language);
            PortalSession reader = inLanguage(PortalSession.signIn(author.email(), Citizens.PASSWORD), language);
            Map<String, String> pages = new TreeMap<>();
            pages.put("home", administrator.get("/index.xhtml"));
            pages.put("search", administrator.get(search));
            pages.put("search facets", administrator.get("/search.xhtml?component=ideabox"));
            pages.put("audit", administrator.get("/admin/audit.xhtml"));
            pages.put("people", administrator.get("/admin/people.xhtml"));
            pages.put("notifications", reader.get("/account/notifications.xhtml"));
            pages.put("idea", reader.get("/components/ideabox/idea.xhtml?id=" + idea));
            pages.put("moderation", administrator.get("/moderation/queue.xhtml?component=ideabox&reason=OFF_TOPIC&waiting=LAST_DAY"));
            pages.put("moderation case", administrator.get("/moderation/case.xhtml?id=" + moderationCase));
            pages.put("triage", administrator.get("/components/ideabox/triage.xhtml"));
            pages.forEach((name, html) -> {
                String text = visibleText(html);
                Matcher raw = RAW.matcher(text);
                assertFalse(raw.find(), language + " " + name + " shows \"" + (raw.hitEnd() ? "" : raw.group()) + "\": " + text);
            });
            for (String dated : List.of("home", "search", "audit", "notifications", "idea", "moderation", "moderation case")) {
                assertTrue(READABLE_DATE.get(language).matcher(visibleText(pages.get(dated))).find(),
                        language + " " + dated + " writes its dates in words: " + visibleText(pages.get(dated)));
            }
            String searchText = visibleText(pages.get("search"));
            boolean french = language.equals("fr");
            assertTrue(searchText.contains(french ? "Information demandée" : "Information requested"), searchText);
            assertTrue(searchText.contains("Budget participatif 2027"), "the space by its title: " + searchText);
            assertTrue(searchText.contains(french ? "Boîte à idées" : "Idea box"), searchText);
            assertTrue(pages.get("search").contains("<mark>Végétaliser</mark> la rue"), "the title's matching forms are marked");
            String audit = visibleText(pages.get("audit"));
            assertTrue(audit.contains(french ? "Espace créé" : "Space created"), audit);
            assertTrue(audit.contains((french ? "Compte " : "Account ") + moderator.pseudonym()),
                    "an account is named by its pseudonym, not its number: " + audit);
            assertTrue(audit.contains(french ? "Information demandée à l'auteur" : "Information asked of the author"), audit);
            assertTrue(audit.contains((french ? "Idée" : "Idea") + " « Végétaliser la rue " + marker + " »"),
                    "an idea is named by its title, not its number: " + audit);
            assertTrue(pages.get("audit").contains("<a href=\"/components/ideabox/idea.xhtml?id=" + idea + "\">"),
                    "and links to its page");
            assertTrue(audit.contains(french ? "Délai de réponse visé (jours) : 30 → 45" : "Target response time (days): 30 → 45"),
                    "a change of settings names the setting by its label: " + audit);
            assertFalse(audit.contains("{"), "never settings as raw text: " + audit);
            assertTrue(visibleText(pages.get("people")).contains(french ? "Citoyen ou citoyenne" : "Citizen"));
            String caseText = visibleText(pages.get("moderation case"));
            assertTrue(caseText.contains(french ? "Hors sujet" : "Off topic") && caseText.contains(french ? "Idée" : "Idea"),
                    "the reason and the kind in words: " + caseText);
            String ideaText = visibleText(pages.get("idea"));
            assertTrue(ideaText.contains(french ? "Espaces verts" : "Green spaces"), "the category in the reader's language");
            assertTrue(ideaText.contains(french ? "Information demandée" : "Information requested"),
                    "a component's page follows the language chosen in the portal: " + ideaText);
        }
    }

    /** The session switched to {@code language} with the portal's language buttons. */
    private static PortalSession inLanguage(PortalSession session, String language) {
        if (language.equals("en")) {
            String home = session.get("/index.xhtml");
            session.post("/index.xhtml", home, Map.of("lang", "lang", "lang:en", "English"));
        }
        return session;
    }

    /** What a person reads: the page without its markup, scripts, styles, attributes (and e-mail addresses, made of digits). */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\S+@\\S+", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("\\s+", " ");
    }

    private static String caseOf(String note) {
        return ModerationQueue.openCase(Citizens.admin().api(), "probe", note)
                .map(o -> o.getJsonNumber("id").toString()).orElse("none");
    }

    private static void check(List<String> failures, String url) {
        HttpResponse<String> r = get(url, "fr");
        String what = "GET " + (url.length() > 120 ? url.substring(0, 120) + "…" : url) + " → " + r.statusCode();
        if (r.statusCode() >= 500) {
            failures.add(what);
        }
        if (EveryEndpointIT.STACK_TRACE.matcher(r.body()).find()) {
            failures.add(what + " shows a stack trace");
        }
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        if (!csp.contains("frame-ancestors 'none'") || !csp.contains("object-src 'none'")) {
            failures.add(what + " without a content security policy: " + csp);
        }
        if (!"nosniff".equals(r.headers().firstValue("X-Content-Type-Options").orElse(""))
                || r.headers().firstValue("Referrer-Policy").isEmpty()
                || !"DENY".equals(r.headers().firstValue("X-Frame-Options").orElse(""))) {
            failures.add(what + " without its security headers: " + r.headers().map());
        }
        Optional<String> session = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst();
        if (session.isPresent() && !(session.get().contains("HttpOnly") && session.get().contains("SameSite=Lax"))) {
            failures.add(what + " session cookie without HttpOnly and SameSite: " + session.get());
        }
    }

    /** Page path → its view parameters, from the portal's webapp and every component's Faces views. */
    private static Map<String, List<String>> pages() {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Map<String, List<String>> pages = new TreeMap<>();
        try (Stream<Path> portal = Files.walk(root.resolve("modules/portal-web/src/main/webapp"));
             Stream<Path> components = Files.walk(root.resolve("modules"))) {
            portal.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
                    .forEach(p -> pages.put("/" + root.resolve("modules/portal-web/src/main/webapp").relativize(p), params(p)));
            components.filter(p -> p.toString().contains("src/main/resources/META-INF/resources/components/")
                            && p.toString().endsWith(".xhtml"))
                    .forEach(p -> pages.put(p.toString().substring(p.toString().indexOf("/components/")), params(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.keySet().removeIf(p -> p.contains("/templates/") || p.endsWith("nav.xhtml"));
        return pages;
    }

    private static List<String> params(Path page) {
        try {
            Matcher m = VIEW_PARAM.matcher(Files.readString(page));
            List<String> names = new ArrayList<>(List.of("id", "component"));
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path)).header("Accept-Language", language).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(HTTP, request);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
