package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person signs up and logs in through the portal in a real headless Chromium (Debian's chromium and
 * chromium-driver), and axe-core finds no serious or critical accessibility violation on the pages visited.
 */
@PlatformIT
class PortalBrowserIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    /** Each person starts with a new session: no login or language left over from another test. */
    @BeforeEach
    void newSession() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenSignsUpConfirmsTheirAddressAndLogsIn() {
        String email = Citizens.email("navigateur");
        String pseudonym = "Marie " + (System.nanoTime() % 10000) + " D.";

        open("/");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        accessible("accueil");
        browser.findElement(By.id("nav-register")).click();
        waitFor(By.id("register:email"));
        accessible("inscription");

        browser.findElement(By.id("register:submit")).click();
        waitFor(By.id("register:pseudonym-error"));
        for (String field : List.of("email", "pseudonym", "password")) {
            assertEquals("Ce champ est obligatoire.", browser.findElement(By.id("register:" + field + "-error")).getText().strip());
        }
        assertEquals("register:email", focused(), "the first field in error takes the focus");

        // Every error at once, each beside its field, and the password typed stays in its field.
        browser.findElement(By.id("register:email")).sendKeys("quelqu.un@yopmail.com");
        browser.findElement(By.id("register:pseudonym")).sendKeys("<Marie>");
        browser.findElement(By.id("register:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        waitForText("Les adresses e-mail jetables ne sont pas acceptées");
        assertTrue(browser.findElement(By.id("register:email-error")).getText()
                .startsWith("Les adresses e-mail jetables ne sont pas acceptées"));
        assertTrue(browser.findElement(By.id("register:pseudonym-error")).getText().startsWith("Le pseudonyme doit compter"));
        assertTrue(browser.findElement(By.id("register:terms-error")).getText().contains("conditions d'utilisation"));
        assertEquals("true", browser.findElement(By.id("register:email")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("register:email")).getAttribute("aria-describedby").contains("register:email-error"));
        assertEquals(Citizens.PASSWORD, browser.findElement(By.id("register:password")).getAttribute("value"),
                "the password is not to be typed again");
        accessible("inscription refusée");

        // Once the address is right, the focus goes to the first field still in error, the pseudonym.
        browser.findElement(By.id("register:email")).clear();
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:submit")).click();
        // The page is replaced by the answer: an element read while it goes is stale, so the wait reads it again.
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("register:email-error")).getText().isBlank());
        assertEquals("register:pseudonym", focused(), "the first field still in error takes the focus");
        assertTrue(browser.findElement(By.id("register:pseudonym")).getAttribute("aria-describedby").contains("register:pseudonym-error"));

        // "Marie D." is a pseudonym, as the rule's message says; the password is still there.
        browser.findElement(By.id("register:email")).clear();
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:pseudonym")).clear();
        browser.findElement(By.id("register:pseudonym")).sendKeys(pseudonym);
        browser.findElement(By.id("register:terms")).click();
        browser.findElement(By.id("register:submit")).click();
        waitForText("Nous vous avons envoyé un e-mail");
        accessible("connexion après inscription");

        String token = Citizens.linkToken(email, "/account/verify.xhtml");
        open("/account/verify.xhtml?token=" + token);
        waitFor(By.id("verified"));
        accessible("confirmation");

        // "Se connecter" from a page comes back to that page.
        open("/search.xhtml?q=v%C3%A9lo");
        browser.findElement(By.id("nav-login")).click();
        waitFor(By.id("login:email"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitForText("Vous êtes connecté");
        assertTrue(browser.getCurrentUrl().contains("/search.xhtml?q=v%C3%A9lo"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(pseudonym), "the header names the citizen");
        open("/components/probe/index.xhtml?component=" + Spaces.openSpaceWithProbe(Citizens.admin(), "vue"));
        waitForText("Vu par " + pseudonym);
        accessible("accueil connecté");

        browser.findElement(By.partialLinkText("Mon compte")).click();
        waitFor(By.id("profile:pseudonym"));
        accessible("mon compte");

        // Notification settings: a daily summary instead of one mail per notice.
        browser.findElement(By.id("notification-settings")).click();
        waitFor(By.id("settings:digest"));
        accessible("réglages des notifications");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("settings:digest"))).selectByVisibleText("Un résumé par jour");
        browser.findElement(By.id("settings:ballot")).click();
        browser.findElement(By.id("settings:save")).click();
        waitForText("Vos réglages des notifications sont enregistrés.");
        assertEquals("DAILY", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("settings:digest")))
                .getFirstSelectedOption().getAttribute("value"));
        assertTrue(!browser.findElement(By.id("settings:ballot")).isSelected()
                && browser.findElement(By.id("settings:contribution")).isSelected());
        browser.findElement(By.partialLinkText("Mon compte")).click();
        waitFor(By.id("password:current"));

        // The password changes from the account page, with the current one.
        String newPassword = "une autre phrase de passe";
        browser.findElement(By.id("password:current")).sendKeys("pas le mot de passe actuel");
        browser.findElement(By.id("password:new")).sendKeys(newPassword);
        browser.findElement(By.id("password:submit")).click();
        waitFor(By.id("password:current-error"));
        accessible("mot de passe refusé");
        browser.findElement(By.id("password:current")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("password:new")).sendKeys(newPassword);
        browser.findElement(By.id("password:submit")).click();
        waitForText("Votre mot de passe est changé");
        assertEquals(200, Api.anonymous().post("/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(email, newPassword)).status(), "the new password opens the account");

        browser.findElement(By.id("lang:en")).click();
        waitForText("My account");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        accessible("my account");
    }

    @Test
    void anAdministratorOpensASpaceInTheBackOfficeAndCitizensSeeIt() {
        String title = "Budget participatif " + (System.nanoTime() % 100000);
        logIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        waitFor(By.id("nav-admin"));
        browser.findElement(By.id("nav-admin")).click();
        waitFor(By.id("create:title"));
        accessible("administration des espaces");

        browser.findElement(By.id("create:title")).sendKeys(title);
        browser.findElement(By.id("create:slug")).sendKeys("bp-" + System.nanoTime() % 1_000_000);
        browser.findElement(By.id("create:description")).sendKeys("Proposez des projets pour votre quartier.");
        typeDate("create:starts", "2027-01-10");
        browser.findElement(By.id("create:submit")).click();
        waitForText("L'espace est créé");
        accessible("espace créé");

        browser.findElement(By.id("phase:title")).sendKeys("Dépôt des projets");
        browser.findElement(By.id("phase:add")).click();
        waitForText("L'étape est ajoutée");
        assertEquals("", browser.findElement(By.id("phase:title")).getAttribute("value"), "the field is empty again");
        browser.findElement(By.id("phase:title")).sendKeys("Analyse par les services");
        browser.findElement(By.id("phase:add")).click();
        waitForText("Analyse par les services");
        // Each step's buttons are named with its title; after an action the focus stays with the step acted on.
        browser.findElement(By.cssSelector("input[aria-label=\"Monter l'étape « Analyse par les services »\"]")).click();
        waitForText("L'ordre des étapes est enregistré");
        assertFocusOn("Descendre l'étape « Analyse par les services »",
                "the step moved up to the top keeps the focus, on the button still there");
        browser.findElement(By.cssSelector("input[aria-label=\"Modifier l'étape « Analyse par les services »\"]")).click();
        waitFor(By.id("phaseEdit:title"));
        assertEquals("Analyse par les services", browser.findElement(By.id("phaseEdit:title")).getAttribute("value"),
                "the step moved up is first");
        assertEquals("phaseEdit:title", focused(), "the step's form takes the focus");
        assertTrue(browser.findElement(By.cssSelector("#phaseEdit legend")).getText().contains("« Analyse par les services »"));
        accessible("étape en cours de modification");
        browser.findElement(By.id("phaseEdit:cancel")).click();
        waitForAbsence(By.id("phaseEdit:title"));
        assertFocusOn("Modifier l'étape « Analyse par les services »", "back to the step edited");

        // Deleting a step asks first, beside it; keeping it brings the focus back to its button.
        browser.findElement(By.cssSelector("input[aria-label=\"Supprimer l'étape « Analyse par les services »\"]")).click();
        waitForText("Supprimer l'étape « Analyse par les services » et ses réglages");
        assertTrue(focused().endsWith(":keep"), "the answer that changes nothing takes the focus: " + focused());
        accessible("suppression d'une étape à confirmer");
        browser.findElement(By.id(focused())).click();
        waitForAbsence(By.cssSelector("input[id$=':removeForGood']"));
        assertFocusOn("Supprimer l'étape « Analyse par les services »");
        assertEquals(2, browser.findElements(By.cssSelector(".phase-list > li")).size(), "nothing deleted");
        browser.findElement(By.cssSelector("input[aria-label=\"Supprimer l'étape « Analyse par les services »\"]")).click();
        waitFor(By.cssSelector("input[id$=':removeForGood']"));
        browser.findElement(By.cssSelector("input[id$=':removeForGood']")).click();
        waitForText("L'étape est supprimée");
        assertEquals("phases-title", focused(), "the list of steps takes the focus");
        browser.findElements(By.cssSelector("input[id$=':activate']")).get(0).click();
        waitForText("L'étape est maintenant active");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("component:manifest"))).selectByValue("probe");
        browser.findElement(By.id("component:title")).sendKeys("Déposer un projet");
        browser.findElement(By.id("component:add")).click();
        waitForText("Le composant est ajouté");
        accessible("espace avec composant");
        browser.findElements(By.cssSelector("input[id$='settings:save']")).get(0).click();
        waitForText("Modifications enregistrées");
        browser.findElement(By.id("publish:publish")).click();
        waitFor(By.id("publish:unpublish"));

        for (String page : List.of("/admin/people.xhtml", "/admin/districts.xhtml", "/admin/audit.xhtml",
                "/moderation/queue.xhtml", "/moderation/queue.xhtml?waiting=LAST_WEEK", "/components/ideabox/triage.xhtml")) {
            open(page);
            waitFor(By.tagName("h1"));
            accessible(page);
        }
        open("/admin/people.xhtml?q=administrateur");
        browser.findElements(By.cssSelector("a[id$=':choose']")).get(0).click();
        waitForText("Rôles actuels");
        accessible("éditeur de rôles");

        open("/admin/search.xhtml");
        browser.findElement(By.id("reindex:start")).click();
        waitForText("La reconstruction a commencé");
        waitForText("terminée"); // the progress refreshes itself until the reindex is done
        accessible("index de recherche");

        browser.findElement(By.id("logout:submit")).click();
        waitFor(By.id("nav-login"));
        assertTrue(browser.getPageSource().contains(title), "the published space is on the home page");
        browser.findElement(By.linkText(title)).click();
        waitForText("Déposer un projet");
        assertTrue(browser.getPageSource().contains("Dépôt des projets"));
        accessible("page publique de l'espace");
        browser.findElement(By.linkText("Déposer un projet")).click();
        waitForText("Vu par un visiteur");

        open("/admin/spaces.xhtml");
        waitForText("Cette page est réservée");

        long probe = Spaces.openSpaceWithProbe(Citizens.admin(), "recherche-ui");
        Citizens.Citizen author = Citizens.verified("jardiniere");
        String marker = "Quiberon" + System.nanoTime() % 100000;
        for (String[] idea : new String[][] {{"75005", "Végétaliser la rue Gay-Lussac"}, {"75011", "Des arbres rue Oberkampf"}}) {
            assertEquals(201, author.api().post("/probe/" + probe + "/propose?district=" + idea[0] + "&text="
                    + java.net.URLEncoder.encode(idea[1] + " " + marker, java.nio.charset.StandardCharsets.UTF_8), "").status());
        }
        browser.findElement(By.id("nav-search")).click();
        waitFor(By.id("q"));
        browser.findElement(By.id("q")).sendKeys("végétalisation " + marker);
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        waitFor(By.id("results-title"));
        // Indexing follows the outbox relay: reload until both notes are in. Other tests' contributions that stem
        // alike ("végétaliser") may be found too: only the hits with this run's marker are counted.
        By ours = By.xpath("//li[contains(@class,'hit')][contains(., '" + marker + "')]");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            if (d.findElements(ours).size() == 2) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        assertTrue(browser.getPageSource().contains("<mark>"), "matches are highlighted");
        assertTrue(browser.getPageSource().contains("11e arrondissement"), "district facet shows names");
        accessible("recherche avec résultats");
        browser.findElement(By.xpath("//aside//a[starts-with(normalize-space(), '5e arrondissement')]")).click();
        waitForText("retirer ce filtre");
        assertEquals(1, browser.findElements(ours).size());
        screenshot("recherche");
    }

    @Test
    void aCitizenFilesAnIdeaAModeratorRedirectsItAndTheCitizenSeesTheNewStatus() {
        Citizens.Citizen admin = Citizens.admin();
        long box = Spaces.openSpace(admin, "boite", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        long budget = Spaces.openSpace(admin, "budget", """
                {"manifestId":"probe","title":"Dépôt des projets","settings":{"threshold":"20"},"published":true}""").get(0);
        Citizens.Citizen citizen = Citizens.verified("deposante");
        Citizens.Citizen moderator = Citizens.moderator("trieuse");
        String title = "Une fontaine à eau place Léon-Blum " + (System.nanoTime() % 10000);

        logIn(citizen.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/ideabox/index.xhtml?component=" + box);
        waitFor(By.id("file-idea"));
        accessible("boîte à idées");
        browser.findElement(By.id("file-idea")).click();
        waitFor(By.id("title"));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys("Pour boire en été près des jeux d'enfants, comme au square voisin.");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByVisibleText("Cadre de vie");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("district"))).selectByValue("75011");
        browser.findElement(By.id("address")).sendKeys("place Léon-Blum");
        // The similar-ideas panel answers while the citizen types (search module's similar API).
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElement(By.id("similar")).getText().isBlank());
        accessible("déposer une idée");
        browser.findElement(By.id("idea:file")).click();
        waitForText("Votre idée est déposée");
        assertEquals("Reçue", browser.findElement(By.cssSelector("#idea-status strong")).getText());
        String ideaPage = browser.getCurrentUrl();
        accessible("page de l'idée");

        // Another citizen reports it, through the portal's report page that every component links to.
        browser.manage().deleteAllCookies();
        logIn(Citizens.verified("vigilant").email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        browser.get(ideaPage);
        browser.findElement(By.id("actions:report")).click();
        waitFor(By.id("report:reason"));
        accessible("signaler");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report:reason"))).selectByValue("OFF_TOPIC");
        browser.findElement(By.id("report:send")).click();
        waitForText("votre signalement est transmis aux modérateurs");
        assertEquals(ideaPage, browser.getCurrentUrl(), "back on the idea's page");

        browser.manage().deleteAllCookies();
        logIn(moderator.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/ideabox/triage.xhtml?component=" + box);
        waitFor(By.linkText(title));
        accessible("tri des idées");
        assertEquals("1", browser.findElement(By.xpath("//tr[td/a[text()='" + title + "']]/td[6]")).getText(),
                "the queue shows the report");
        browser.findElement(By.id("templates-link")).click();
        waitFor(By.id("label"));
        accessible("motifs et dispositifs");
        browser.findElement(By.id("label")).sendKeys("Relève du bailleur");
        browser.findElement(By.id("text")).sendKeys("Cet espace appartient à un bailleur social : écrivez-lui directement.");
        browser.findElement(By.id("reasonForm:save")).click();
        waitForText("Enregistré.");
        assertTrue(browser.findElement(By.linkText("Relève du bailleur")).isDisplayed());
        open("/components/ideabox/triage.xhtml?component=" + box);
        browser.findElement(By.linkText(title)).click();
        waitFor(By.id("t-redirect"));
        accessible("décision");
        assertFalse(browser.findElement(By.id("componentId")).isDisplayed(), "only the chosen decision's fields show");
        browser.findElement(By.id("t-duplicate")).click();
        assertTrue(browser.findElement(By.id("duplicateQuery")).isDisplayed());
        assertFalse(browser.findElement(By.id("reasonId")).isDisplayed());
        browser.findElement(By.id("t-redirect")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("componentId"))).selectByValue(String.valueOf(budget));
        browser.findElement(By.id("message")).sendKeys("La phase de dépôt du budget participatif est ouverte : complétez-y votre projet.");
        browser.findElement(By.id("decide:submit")).click();
        waitForText("Redirigée");

        browser.manage().deleteAllCookies();
        logIn(citizen.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        browser.get(ideaPage);
        waitFor(By.id("redirect-link"));
        assertEquals("Redirigée", browser.findElement(By.cssSelector("#idea-status strong")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("La phase de dépôt du budget participatif est ouverte"));
        accessible("idée redirigée");
        browser.findElement(By.id("nav-notifications")).click();
        waitFor(By.id("notifications"));
        assertTrue(browser.findElement(By.id("notifications")).getText().contains(title));
        accessible("notifications");
    }

    @Test
    void onAPhoneTheFirstIdeasAndTheSimilarIdeasComeFirstAndAnAuthorChangesThenWithdrawsTheirIdea() {
        Citizens.Citizen admin = Citizens.admin();
        long box = Spaces.openSpace(admin, "boite-mobile", """
                {"manifestId":"ideabox","title":"Boîte à idées","published":true}""").get(0);
        Citizens.Citizen citizen = Citizens.verified("telephone");
        long idea = citizen.api().post("/ideabox/" + box + "/ideas", """
                {"title":"Des arceaux à vélos rue Oberkampf","body":"Pour garer les vélos devant les commerces.",
                 "category":"Cadre de vie","district":"75011"}""").json().getJsonNumber("id").longValue();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            // Anonymous: asked to log in to support, and told to come back to this idea.
            open("/components/ideabox/idea.xhtml?id=" + idea);
            waitFor(By.id("login-to-support"));
            assertTrue(browser.findElement(By.cssSelector("#login-to-support a")).getAttribute("href")
                    .endsWith("/account/login.xhtml?back=%2Fcomponents%2Fideabox%2Fidea.xhtml%3Fid%3D" + idea));
            accessible("idée, visiteur, téléphone");

            logIn(citizen.email(), Citizens.PASSWORD);
            waitForText("Vous êtes connecté");
            open("/components/ideabox/index.xhtml?component=" + box);
            waitFor(By.cssSelector("li.hit"));
            WebElement filters = browser.findElement(By.id("idea-filters"));
            assertTrue(browser.findElement(By.cssSelector("li.hit")).getLocation().getY() < filters.getLocation().getY(),
                    "the first idea comes before the filters");
            assertTrue(filters.getLocation().getY() < browser.findElement(By.id("mine-title")).getLocation().getY());
            assertFalse(browser.findElement(By.id("f-category")).isDisplayed(), "the filters are folded");
            browser.findElement(By.cssSelector("#idea-filters summary")).click();
            assertTrue(browser.findElement(By.id("f-category")).isDisplayed());
            accessible("boîte à idées, téléphone");

            browser.findElement(By.id("file-idea")).click();
            waitFor(By.id("title"));
            int similar = browser.findElement(By.id("similar-title")).getLocation().getY();
            assertTrue(browser.findElement(By.id("body")).getLocation().getY() < similar, "after the words that find them");
            assertTrue(similar < browser.findElement(By.id("idea:file")).getLocation().getY(),
                    "similar ideas come before the submit button");
            assertTrue(similar < browser.findElement(By.id("category")).getLocation().getY());
            accessible("déposer une idée, téléphone");

            open("/components/ideabox/idea.xhtml?id=" + idea);
            browser.findElement(By.id("edit-idea")).click();
            waitFor(By.id("title"));
            assertEquals("Modifier mon idée", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.id("title")).clear();
            browser.findElement(By.id("title")).sendKeys("Des arceaux à vélos devant les commerces rue Oberkampf");
            browser.findElement(By.id("idea:file")).click();
            waitForText("Votre idée est modifiée");
            assertEquals("Des arceaux à vélos devant les commerces rue Oberkampf", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.id("history")).getText().contains("Modifiée par son auteur"));
            browser.findElement(By.id("withdraw:withdraw")).click();
            waitForText("Votre idée est retirée");
            assertEquals("Retirée par son auteur", browser.findElement(By.cssSelector("#idea-status strong")).getText());
            accessible("idée retirée");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void aProjectIsFiledStudiedVotedForAndItsResultsPublishedInThePortal() {
        Citizens.Citizen admin = Citizens.admin();
        long budget = Spaces.openSpace(admin, "budget-navigateur", """
                {"manifestId":"budget","title":"Budget participatif","published":true,"settings":{"max_picks":"2"}}""").get(0);
        String title = "Un verger partagé rue de la Tombe-Issoire " + (System.nanoTime() % 10000);

        logIn(Citizens.verified("porteuse-navigateur").email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/budget/index.xhtml?component=" + budget);
        accessible("budget participatif");
        browser.findElement(By.linkText("Déposer un projet")).click();
        waitFor(By.id("title"));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("Des arbres fruitiers que les voisins entretiennent ensemble.");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByVisibleText("Environnement");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("envelope"))).selectByValue("75014");
        browser.findElement(By.id("cost")).sendKeys("30000");
        accessible("déposer un projet");
        browser.findElement(By.id("project:file")).click();
        waitForText("Votre projet est déposé.");
        accessible("page du projet");
        String projectPage = browser.getCurrentUrl();
        long project = Long.parseLong(projectPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));

        // The directorate that studies the category records a favourable opinion, then puts the project to the vote.
        browser.manage().deleteAllCookies();
        logIn(Citizens.agent("deve-navigateur", "DEVE").email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/budget/study.xhtml?component=" + budget);
        waitFor(By.linkText(title));
        accessible("instruction des projets");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("study:table:0:admissible"))).selectByValue("yes");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("study:table:0:feasible"))).selectByValue("yes");
        browser.findElement(By.id("study:table:0:cityCost")).sendKeys("32000");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("study:table:0:opinion"))).selectByValue("FAVOURABLE");
        browser.findElement(By.id("study:table:0:justification")).sendKeys("Terrain disponible, entretien par une association.");
        browser.findElement(By.id("study:save")).click();
        waitForText("1 projet(s) enregistré(s)");
        browser.findElement(By.id("pick-" + project)).click();
        browser.findElement(By.id("study:select")).click();
        waitForText("1 projet(s) soumis au vote");

        Citizens.Citizen resident = Citizens.verified("votante-navigateur");
        resident.api().put("/me", "{\"pseudonym\":\"" + resident.pseudonym() + "\",\"district\":\"75014\"}");
        browser.manage().deleteAllCookies();
        logIn(resident.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/budget/ballot.xhtml?component=" + budget + "&envelope=75014");
        waitFor(By.id("project-" + project));
        browser.findElement(By.id("project-" + project)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("basket")).getText().contains("1 projet(s) choisi(s) sur 2"));
        accessible("bulletin");
        browser.findElement(By.id("ballot:cast")).click();
        waitForText("Votre vote est enregistré");
        accessible("reçu");

        browser.manage().deleteAllCookies();
        logIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/budget/results.xhtml?component=" + budget);
        waitFor(By.id("results-preview"));
        accessible("résultats provisoires");
        browser.findElement(By.id("confirm")).click();
        browser.findElement(By.id("publish:publish")).click();
        waitForText("Les résultats sont publiés.");

        browser.manage().deleteAllCookies();
        open("/components/budget/results.xhtml?component=" + budget);
        waitForText(title);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Lauréat"));
        accessible("résultats publiés");
        browser.get(projectPage);
        waitForText("Avis de la Ville");
        accessible("projet lauréat");
    }

    /** A citizen amends a section of a consultation's text; the directorate reads the diff and accepts it. */
    @Test
    void aCitizenAmendsTheTextAndTheDirectorateAcceptsTheAmendment() {
        Citizens.Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "amend-browser");
        Citizens.Citizen agent = Citizens.agent("amend-browser-dvd", "DVD");
        long consultation = ConsultationIT.published(agent, instance, "Plan vélo, amendé dans le navigateur");
        long section = Api.anonymous().get("/consultation/consultations/" + consultation).json().getJsonArray("sections")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Citizens.Citizen citizen = Citizens.verified("amend-browser-citizen");
        logIn(citizen.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/consultation/amend.xhtml?consultation=" + consultation + "&section=" + section);
        waitFor(By.id("body"));
        accessible("amend");
        // The words as they are come prefilled: submitted unchanged, the refusal is said at the field.
        browser.findElement(By.id("amend-form:submit")).click();
        waitFor(By.id("body-error"));
        accessible("amend refused");
        WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Les pistes cyclables sont larges et séparées de la chaussée.");
        browser.findElement(By.id("amend-form:submit")).click();
        waitFor(By.id("diff-body"));
        assertTrue(browser.findElement(By.cssSelector("#diff-body ins")).getText().contains("larges"));
        accessible("amendment");

        browser.manage().deleteAllCookies();
        logIn(agent.email(), Citizens.PASSWORD);
        waitForText("Vous êtes connecté");
        open("/components/consultation/amendments.xhtml?consultation=" + consultation + "&state=evaluating");
        waitFor(By.id("amendments"));
        accessible("amendments");
        browser.findElement(By.cssSelector("#amendments a")).click();
        waitFor(By.id("accept-form:accept"));
        // A blank reason passes the browser's own check, not the server's.
        browser.findElement(By.id("reason")).sendKeys(" ");
        browser.findElement(By.id("reject-form:reject")).click();
        waitForText("Le motif est obligatoire");
        accessible("amendment decided");
        browser.findElement(By.id("accept-form:accept")).click();
        waitFor(By.id("amendment-result"));
        assertEquals(2, Api.anonymous().get("/consultation/consultations/" + consultation).json().getInt("version"));
    }

    @Test
    void theFooterLeadsToTheLegalPagesInBothLanguages() {
        open("/");
        browser.findElement(By.id("footer-accessibility")).click();
        waitFor(By.cssSelector("article.legal"));
        assertEquals("Déclaration d'accessibilité", browser.findElement(By.tagName("h1")).getText());
        String statement = browser.findElement(By.tagName("main")).getText();
        assertTrue(statement.contains("non conforme") && statement.contains("axe-core")
                && statement.contains("Limites connues") && statement.contains("Défenseur des droits"), statement);
        accessible("déclaration d'accessibilité");
        for (String[] page : new String[][] {{"footer-terms", "Conditions d'utilisation"},
                {"footer-privacy", "Protection des données personnelles"}, {"footer-notice", "Mentions légales"}}) {
            browser.findElement(By.id(page[0])).click();
            waitFor(By.cssSelector("article.legal"));
            assertEquals(page[1], browser.findElement(By.tagName("h1")).getText());
        }
        accessible("mentions légales");
        browser.findElement(By.id("lang:en")).click();
        waitForText("Legal notice");
        browser.findElement(By.id("footer-accessibility")).click();
        waitFor(By.cssSelector("article.legal"));
        assertEquals("Accessibility statement", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("not compliant"));
        accessible("accessibility statement");
    }

    /** The page to return to after logging in comes from the address: one outside the portal is ignored. */
    @Test
    void loggingInNeverSendsToAnotherSite() {
        Citizens.Citizen citizen = Citizens.verified("prudente");
        for (String back : List.of("//evil.example/index.xhtml", "https://evil.example/", "/\\evil.example")) {
            browser.manage().deleteAllCookies();
            open("/account/login.xhtml?back=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
            browser.findElement(By.id("login:email")).sendKeys(citizen.email());
            browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitForText("Vous êtes connecté");
            assertTrue(browser.getCurrentUrl().startsWith(PlatformServices.BASE + "/index.xhtml"), back + " → " + browser.getCurrentUrl());
        }
    }

    /**
     * The home page shows what is open now as cards (picture, current step and its dates in words, a progress line),
     * and the RGAA criteria axe cannot judge hold: keyboard order through the header, a visible focus, no
     * horizontal scroll at 200 % zoom (640 CSS pixels), and on a phone (390×844) a short header whose menu button
     * opens the navigation.
     */
    @Test
    void theHomePageShowsOpenSpacesAsCardsAndHoldsAtZoomOnAPhoneAndFromTheKeyboard() throws Exception {
        Citizens.Citizen admin = Citizens.admin();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String title = "Embellir la rue " + System.nanoTime() % 1_000_000;
        Api.Reply created = admin.api().post("/spaces", """
                {"title":"%s","description":"Des bancs, des arbres.","startsOn":"%s","endsOn":"%s"}"""
                .formatted(title, today.minusDays(10), today.plusDays(60)));
        assertEquals(201, created.status(), created.body());
        long space = created.json().getJsonNumber("id").longValue();
        String slug = created.json().getString("slug");
        long first = admin.api().post("/spaces/" + space + "/phases", """
                {"title":"Idées","startsOn":"%s","endsOn":"2027-03-31"}""".formatted(today.minusDays(10)))
                .json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        admin.api().post("/spaces/" + space + "/phases", "{\"title\":\"Vote\"}");
        assertEquals(200, admin.api().post("/spaces/" + space + "/phases/" + first + "/activate", "").status());
        assertEquals(201, admin.api().post("/spaces/" + space + "/components",
                "{\"manifestId\":\"ideabox\",\"title\":\"Idées\",\"published\":true}").status());
        assertEquals(200, admin.api().put("/spaces/" + space + "/published", "{\"published\":true}").status());

        open("/");
        waitForText(title);
        org.openqa.selenium.WebElement card = browser.findElement(By.xpath(
                "//li[contains(@class,'space-card')][.//a[normalize-space()='" + title + "']]"));
        assertTrue(card.findElement(By.cssSelector("img.card-image")).getAttribute("src").contains("ideabox.svg"));
        assertTrue(card.getText().contains("Étape en cours : Idées"), card.getText());
        assertTrue(card.getText().matches("(?s).*du \\d{1,2} \\p{L}+ \\d{4} au 31 mars 2027.*"), card.getText());
        assertTrue(!card.getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO date: " + card.getText());
        List<org.openqa.selenium.WebElement> steps = card.findElements(By.cssSelector(".progress li"));
        assertEquals(2, steps.size());
        assertEquals("step", steps.get(0).getAttribute("aria-current"));
        assertTrue(steps.get(1).getText().contains("Vote"));
        java.net.http.HttpResponse<byte[]> icon = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.findElement(
                        By.cssSelector("link[rel=icon][type='image/svg+xml']")).getAttribute("href"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        accessible("accueil en cartes");

        // Keyboard order: the skip link, the portal's name, the menu's links, then the page's own content.
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 12 && (order.isEmpty() || !order.get(order.size() - 1).startsWith("main")); i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            order.add((String) js.executeScript("var e = document.activeElement;"
                    + "return (e.closest('main') ? 'main ' : e.closest('header') ? 'header ' : 'page ') + (e.id || e.className);"));
            // Focus is visible: a ring around whatever the keyboard reached.
            String outline = (String) js.executeScript("var s = getComputedStyle(document.activeElement);"
                    + "return s.outlineStyle + ' ' + s.outlineWidth;");
            assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), order + " has no visible focus: " + outline);
        }
        assertTrue(order.get(0).contains("skip-link"), order.toString());
        assertTrue(order.get(1).contains("brand"), order.toString());
        int search = indexOf(order, "nav-search");
        int login = indexOf(order, "nav-login");
        int main = indexOf(order, "main");
        assertTrue(1 < search && search < login && login < main, "header, then menu, then content: " + order);

        try {
            // 200 % zoom of a 1280-pixel screen: 640 CSS pixels, and nothing to scroll sideways.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(640, 900));
            for (String page : List.of("/", "/spaces/space.xhtml?slug=" + slug)) {
                open(page);
                waitForText(title);
                Number overflow = (Number) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, page + " scrolls sideways by " + overflow + " px at 640 px");
            }
            // A phone: the header stays short, the menu folds behind a button that opens it.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            open("/");
            waitForText(title);
            Number header = (Number) js.executeScript("return document.querySelector('header').getBoundingClientRect().height;");
            assertTrue(header.intValue() <= 100, "the header takes " + header + " px on a phone");
            org.openqa.selenium.WebElement button = browser.findElement(By.cssSelector("summary.menu-button"));
            assertTrue(button.isDisplayed());
            assertTrue(!browser.findElement(By.id("nav-login")).isDisplayed(), "the menu starts folded on a phone");
            button.click();
            assertTrue(browser.findElement(By.id("nav-login")).isDisplayed(), "the button opens the menu");
            Number overflow = (Number) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "the phone layout scrolls sideways by " + overflow + " px");
            accessible("accueil sur téléphone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        }
    }

    private static int indexOf(List<String> order, String part) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static void logIn(String email, String password) {
        open("/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private static void typeDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    /** Kept in target/ for whoever reads the failure. */
    private static void screenshot(String page) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(Path.of("target", "axe-" + page.replace(' ', '-') + ".png"), png);
        } catch (Exception e) {
            // the assertion below says what matters
        }
    }

    private static void open(String path) {
        browser.get(PlatformServices.BASE + path);
    }

    /** Waits for the focus to land on the element named {@code label} (autofocus acts once the page is loaded). */
    private static void assertFocusOn(String label, String... why) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> label.equals(focusedLabel()));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            assertEquals(label, focusedLabel(), String.join(" ", why));
        }
    }

    /** The accessible name given to the element that has the keyboard focus. */
    private static String focusedLabel() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.activeElement.getAttribute('aria-label');");
    }

    private static void waitForAbsence(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(locator).isEmpty());
    }

    /** The id of the element that has the keyboard focus, once something has it (autofocus acts after loading). */
    private static String focused() {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(d -> !Boolean.TRUE.equals(js.executeScript("return document.activeElement === document.body;")));
        } catch (org.openqa.selenium.TimeoutException nothingFocused) {
            return "";
        }
        return (String) js.executeScript("return document.activeElement.id;");
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void waitForText(String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("attente");
            throw new AssertionError("\"" + text + "\" never appeared on " + browser.getCurrentUrl() + "; page text: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void accessible(String page) {
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if (!serious.isEmpty()) {
            screenshot(page);
        }
        assertTrue(serious.isEmpty(), "axe-core on " + page + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; ")));
    }
}
