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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consultation's text pages in a real headless Chromium: the directorate's desk (with a refusal beside its
 * field), the list, the consultation and the differences between versions, each with no serious or critical axe-core
 * violation; and a citizen's answer to a closed question through the form.
 */
@PlatformIT
class ConsultationTextBrowserIT {

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
    void theDeskTheConsultationAndItsVersionsAreAccessibleAndACitizenAnswers() {
        Citizen admin = Citizens.admin();
        long instance = ConsultationIT.instance(admin, "cons-browser");
        Citizen agent = Citizens.agent("browser-dvd", "DVD");
        long id = ConsultationTextIT.opened(agent, instance, "Plan ombre 2027");
        String base = "/consultation/consultations/" + id;
        agent.api().post(base + "/import", "# Article 1\nDes arbres dans deux rues.\n\n# Article 2\nDes fontaines.\n", "text/markdown");
        agent.api().post(base + "/questions", "{\"kind\":\"closed\",\"text\":\"Que planter ?\",\"options\":[\"Des tilleuls\",\"Des platanes\"]}");
        agent.api().post(base + "/versions", "{\"changelog\":\"Première version\"}");
        agent.api().post(base + "/publish", "");
        long article1 = agent.api().get(base + "/versions/1").json().getJsonArray("sections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        agent.api().put(base + "/sections/" + article1, "{\"title\":\"Article 1\",\"body\":\"Des arbres dans trois rues.\"}");
        agent.api().post(base + "/versions", "{\"changelog\":\"Une rue de plus\"}");

        logIn(agent.email());
        open("/components/consultation/desk.xhtml?id=" + id);
        waitFor(By.id("section-title"));
        accessible("bureau");
        browser.findElement(By.id("question-text")).sendKeys("Où ?");
        browser.findElement(By.id("question-form:save-question")).click();
        waitFor(By.id("question-options-error"));
        assertEquals("true", browser.findElement(By.id("question-options")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("question-options")).getAttribute("aria-describedby").contains("question-options-error"));
        accessible("bureau refusé");

        browser.manage().deleteAllCookies();
        logIn(Citizens.verified("browser-reader").email());
        open("/components/consultation/index.xhtml?component=" + instance);
        waitFor(By.cssSelector(".card"));
        accessible("consultations");
        open("/components/consultation/versions.xhtml?id=" + id + "&from=1&to=2");
        waitFor(By.id("diff-legend"));
        accessible("versions");
        open("/components/consultation/consultation.xhtml?id=" + id);
        waitFor(By.id("choices"));
        accessible("consultation");
        browser.findElement(By.cssSelector("label[for$='-1'][for^='option-']")).click();
        browser.findElement(By.id("choices:choose")).click();
        waitFor(By.cssSelector(".msg-info"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Vos réponses sont enregistrées"));
        assertTrue(browser.getCurrentUrl().endsWith("#questions"), browser.getCurrentUrl());
        accessible("consultation répondue");
    }

    private static void logIn(String email) {
        open("/account/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));
    }

    private static void open(String path) {
        browser.get(PlatformServices.BASE + path);
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void accessible(String page) {
        List<Rule> serious = new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), "axe-core on " + page + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; ")));
    }
}
