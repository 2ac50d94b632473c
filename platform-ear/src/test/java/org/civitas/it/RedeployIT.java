package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Undeploying while the outbox relay is delivering must leave nothing held: the relay stops and waits, the
 * search index closes whatever happens, and the next deployment searches at once (a write lock left behind
 * used to make every search of the next deployment fail until the server restarted).
 */
@PlatformIT
class RedeployIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "platform", managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void searchWorksRightAfterARedeployUnderEventLoad() {
        deployer.deploy("platform");
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "redeploiement");
        Citizen author = Citizens.verified("redeploiement");
        String marker = "Tolbiac" + System.nanoTime() % 100000;
        for (int i = 0; i < 40; i++) {
            assertEquals(201, author.api().post("/probe/" + probe + "/propose?text=" + marker + "%20" + i, "").status());
        }
        deployer.undeploy("platform");
        deployer.deploy("platform");
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String last = "";
            while (Instant.now().isBefore(deadline)) {
                Api.Reply r = Api.anonymous().get("/search?size=50&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
                assertEquals(200, r.status(), "search after a redeploy: " + r.body());
                last = r.body();
                if (r.json().getInt("total") >= 40) {
                    return;
                }
                Citizens.sleep(250);
            }
            assertTrue(false, "not every contribution reached the index after the redeploy: " + last);
        } finally {
            deployer.undeploy("platform");
        }
    }
}
