package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser (Debian's Chromium), the directorate answers ticked proposals on the answer desk, publishes the
 * synthesis and the decision, and the public reads them; axe-core finds no serious or critical violation on the
 * desk (also with a refusal shown) or on the synthesis page.
 */
@PlatformIT
class ConsultationClosingBrowserIT {

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
    void theDirectorateAnswersAndPublishesAndThePublicReadsItAccessibly() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-closing-browser");
        Citizen agent = Citizens.agent("closing-browser", "DVD");
        Citizen ana = ConsultationClosingIT.resident("closing-eva", "75011", (LocalDate.now().getYear() - 30) + "-01-01");
        Citizen ben = ConsultationClosingIT.resident("closing-fred", null, null);
        long id = ConsultationIT.published(agent, instance, "Plan vélo 2027");
        long p1 = ConsultationClosingIT.propose(ana, id, "Des arceaux à chaque carrefour", false);
        long p2 = ConsultationClosingIT.propose(ben, id, "Un atelier de réparation", false);
        ConsultationClosingIT.vote(p1, ben, "AGREE", "Bonne idée.", null, null);
        ConsultationClosingIT.close(agent, id);

        browser.get(PlatformServices.BASE + "/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(agent.email());
        browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitForText("logout:submit");

        browser.get(PlatformServices.BASE + "/components/consultation/answers.xhtml?id=" + id);
        waitForText("Des arceaux à chaque carrefour");
        accessible("bureau des réponses");

        // Blank words are refused next to the field; what was ticked stays ticked.
        browser.findElement(By.id("tick-" + p1)).click();
        browser.findElement(By.id("tick-" + p2)).click();
        new Select(browser.findElement(By.id("bulk-answer"))).selectByValue("considered");
        browser.findElement(By.id("bulk-text")).sendKeys("   ");
        browser.findElement(By.id("answer-ticked:send-ticked")).click();
        waitForText("bulk-error");
        assertTrue(browser.findElement(By.id("tick-" + p1)).isSelected());
        assertEquals("bulk-error", browser.findElement(By.id("bulk-text")).getAttribute("aria-describedby"));
        accessible("bureau des réponses, refus");

        browser.findElement(By.id("bulk-text")).sendKeys("Étudiées pour le plan 2028.");
        browser.findElement(By.id("answer-ticked:send-ticked")).click();
        waitForText("2 propositions ont reçu leur réponse");

        browser.get(PlatformServices.BASE + "/components/consultation/synthesis.xhtml?id=" + id);
        waitForText("write-synthesis");
        browser.findElement(By.id("synthesis-text")).sendKeys("Vous avez surtout demandé où garer les vélos.");
        browser.findElement(By.id("write-synthesis:publish-synthesis")).click();
        waitForText("La synthèse est publiée.");
        new Select(browser.findElement(By.id("adopted-version"))).selectByValue("1");
        browser.findElement(By.id("decision-text")).sendKeys("Le texte est adopté tel quel ; les arceaux seront étudiés.");
        browser.findElement(By.id("write-decision:publish-decision")).click();
        waitForText("La décision est publiée.");
        accessible("synthèse, direction");

        browser.manage().deleteAllCookies();
        browser.get(PlatformServices.BASE + "/components/consultation/synthesis.xhtml?id=" + id);
        waitForText("Vous avez surtout demandé où garer les vélos.");
        assertTrue(browser.getPageSource().contains("Participation par tranche d"), "figures shown");
        assertTrue(browser.getPageSource().contains("Le texte est adopté tel quel"), "decision shown");
        accessible("synthèse publique");
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
