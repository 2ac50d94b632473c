package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The proposals' pages in a real headless Chromium: a citizen proposes through the form (a refusal said at its field,
 * what was typed kept), another votes with an argument, comments and replies; axe-core finds no serious or critical
 * violation on the form, the proposal's page and the list.
 */
@PlatformIT
class ConsultationPagesIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenProposesThroughTheFormAndAnotherVotesArguesAndComments() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-pages");
        long consultation = ConsultationIT.published(Citizens.agent("cons-pages-dvd", "DVD"), instance, "Plan vélo des pages");
        Citizen author = Citizens.verified("cons-pages-autrice");
        Citizen voter = Citizens.verified("cons-pages-votant");

        logIn(author);
        open("/components/consultation/propose.xhtml?consultation=" + consultation);
        // A point in Lyon: no browser check catches it; the service refuses it, at the place's fields.
        browser.findElement(By.id("title")).sendKeys("Des arceaux devant les écoles");
        browser.findElement(By.id("body")).sendKeys("Des arceaux devant chaque école.");
        browser.findElement(By.id("latitude")).sendKeys("45,76");
        browser.findElement(By.id("longitude")).sendKeys("4,83");
        browser.findElement(By.id("proposal-form:publish")).click();
        waitFor(By.id("place-error"));
        WebElement address = browser.findElement(By.id("address"));
        assertEquals("true", address.getAttribute("aria-invalid"));
        assertEquals("place-error", address.getAttribute("aria-describedby"), "the reason is tied to its field");
        assertEquals(address, browser.switchTo().activeElement(), "the field in error takes the focus");
        assertTrue(browser.findElement(By.id("latitude")).getAttribute("aria-describedby").contains("place-error"));
        assertEquals("Des arceaux devant chaque école.", browser.findElement(By.id("body")).getAttribute("value"),
                "what was typed is kept");
        assertEquals("45,76", browser.findElement(By.id("latitude")).getAttribute("value"));
        accessible("propose with an error");
        browser.findElement(By.id("latitude")).clear();
        browser.findElement(By.id("longitude")).clear();
        browser.findElement(By.id("proposal-form:publish")).click();
        waitFor(By.id("proposal-body"));
        assertTrue(browser.getCurrentUrl().contains("/components/consultation/proposal.xhtml?id="), browser.getCurrentUrl());
        String proposalUrl = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        logIn(voter);
        browser.get(proposalUrl);
        waitFor(By.id("vote-form"));
        accessible("proposal before the vote");
        browser.findElement(By.cssSelector("label[for='stance-DISAGREE']")).click();
        browser.findElement(By.id("argument")).sendKeys("Les trottoirs sont déjà encombrés.");
        browser.findElement(By.id("vote-form:cast")).click();
        waitFor(By.id("my-vote"));
        assertTrue(browser.findElement(By.id("arguments")).getText().contains("Les trottoirs sont déjà encombrés."));
        browser.findElement(By.id("comment-body")).sendKeys("Et devant les collèges ?");
        browser.findElement(By.id("comment-form:send")).click();
        waitForText("Et devant les collèges ?");
        browser.findElement(By.cssSelector(".reply-form textarea")).sendKeys("Aussi, bien sûr.");
        browser.findElement(By.cssSelector(".reply-form input[type='submit']")).click();
        waitForText("Aussi, bien sûr.");
        assertEquals(1, browser.findElements(By.cssSelector(".replies .reply")).size());
        browser.findElement(By.cssSelector(".comment details summary")).click();
        WebElement edit = browser.findElement(By.cssSelector(".comment details textarea"));
        edit.clear();
        edit.sendKeys("Et devant les collèges et les lycées ?");
        browser.findElement(By.cssSelector(".comment details input[type='submit']")).click();
        waitForText("Et devant les collèges et les lycées ?");
        accessible("proposal with arguments and comments");

        open("/components/consultation/proposals.xhtml?consultation=" + consultation + "&sort=divisive");
        waitFor(By.id("proposals"));
        assertTrue(browser.findElement(By.id("proposals")).getText().contains("Des arceaux devant les écoles"));
        accessible("proposals");
        browser.findElement(By.id("follow:toggle")).click();
        waitForText("Vous suivez la consultation");
        assertEquals("Ne plus suivre la consultation", browser.findElement(By.id("follow:toggle")).getAttribute("value"));
    }

    private static void logIn(Citizen who) {
        open("/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(who.email());
        browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private static void open(String path) {
        browser.get(PlatformServices.BASE + path);
    }

    private static void waitFor(By locator) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(locator).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(locator + " never appeared on " + browser.getCurrentUrl() + "; page text: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void waitForText(String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" never appeared on " + browser.getCurrentUrl() + "; page text: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void accessible(String page) {
        List<Rule> serious = new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), "axe-core on " + page + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; ")));
    }
}
