package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** A directorate opens a consultation, writes its text in versions and publishes it; only its own agents may. */
@PlatformIT
class ConsultationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    /** An instance of the component in a new published space. */
    static long instance(Citizen admin, String prefix) {
        return Spaces.openSpace(admin, prefix, """
                {"manifestId":"consultation","title":"Consultations","published":true}""").get(0);
    }

    /** A consultation open from yesterday for a month, its first version published with one section. */
    static long published(Citizen agent, long instance, String title) {
        Api.Reply opened = agent.api().post("/consultation/" + instance + "/consultations", """
                {"title":"%s","context":"Le plan vélo de la ville, soumis à vos avis.","opensOn":"%s","closesOn":"%s"}"""
                .formatted(title, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
        assertEquals(201, opened.status(), opened.body());
        long id = opened.json().getJsonNumber("id").longValue();
        assertEquals(201, agent.api().post("/consultation/consultations/" + id + "/sections", """
                {"title":"Article 1","body":"Les pistes cyclables sont séparées de la chaussée."}""").status());
        assertEquals(201, agent.api().post("/consultation/consultations/" + id + "/versions", "{}").status());
        assertEquals(200, agent.api().post("/consultation/consultations/" + id + "/publish", "").status());
        return id;
    }

    @Test
    void aDirectorateWritesAndPublishesItsConsultationAndNoOtherDirectorateMay() {
        Citizen admin = Citizens.admin();
        long instance = instance(admin, "cons-desk");
        Citizen agent = Citizens.agent("cons-dvd", "DVD");
        Citizen other = Citizens.agent("cons-deve", "DEVE");
        Citizen citizen = Citizens.verified("cons-reader");

        Api.Reply opened = agent.api().post("/consultation/" + instance + "/consultations", """
                {"title":"Plan vélo 2027","context":"Le plan vélo.","opensOn":"%s","closesOn":"%s"}"""
                .formatted(LocalDate.now(), LocalDate.now().plusDays(10)));
        assertEquals(201, opened.status(), opened.body());
        long id = opened.json().getJsonNumber("id").longValue();
        assertEquals("DVD", opened.json().getString("directorate"));
        assertEquals("draft", opened.json().getString("state"));

        // A draft is its directorate's alone: no one else even sees it.
        assertEquals(404, citizen.api().get("/consultation/consultations/" + id).status());
        assertEquals(404, other.api().get("/consultation/consultations/" + id).status());
        // Not published before its text has a first version.
        assertEquals(409, agent.api().post("/consultation/consultations/" + id + "/publish", "").status());

        assertEquals(201, agent.api().post("/consultation/consultations/" + id + "/sections", """
                {"title":"Article 1","body":"<p>Les pistes <script>alert(1)</script>cyclables.</p>"}""").status());
        Api.Reply version = agent.api().post("/consultation/consultations/" + id + "/versions", """
                {"changelog":"Première version"}""");
        assertEquals(201, version.status(), version.body());
        assertEquals(1, version.json().getInt("number"));
        assertEquals(200, agent.api().post("/consultation/consultations/" + id + "/publish", "").status());

        // Once public, another directorate reads it but does not write it.
        Api.Reply refused = other.api().post("/consultation/consultations/" + id + "/sections", """
                {"title":"Article 2","body":"Autre chose."}""");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("DVD"), refused.body());

        JsonObject read = citizen.api().get("/consultation/consultations/" + id).json();
        assertEquals("open", read.getString("state"));
        assertEquals(1, read.getInt("version"));
        String body = read.getJsonArray("sections").getJsonObject(0).getString("body");
        assertTrue(body.contains("cyclables") && !body.contains("script"), body);

        // The audit log names the consultation by its title, as a link, and what was done in words.
        String audit = PortalSession.signIn(Citizens.ADMIN_EMAIL, Citizens.ADMIN_PASSWORD).get("/admin/audit.xhtml");
        assertTrue(audit.contains("Consultation publiée") && audit.contains("Consultation « Plan vélo 2027 »")
                && audit.contains("/components/consultation/consultation.xhtml?id=" + id), audit);

        // A citizen proposes under the article; the proposal is theirs.
        long section = read.getJsonArray("sections").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply proposal = citizen.api().post("/consultation/consultations/" + id + "/proposals", """
                {"title":"Des pistes plus larges","body":"Deux mètres au moins.","section":%d}""".formatted(section));
        assertEquals(201, proposal.status(), proposal.body());
        assertTrue(proposal.json().getBoolean("mine"));
        assertEquals(400, citizen.api().post("/consultation/consultations/" + id + "/proposals", """
                {"title":"Ailleurs","body":"Une section d'une autre consultation.","section":1}""").status());
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsKept() {
        Citizen admin = Citizens.admin();
        long instance = instance(admin, "cons-bad");
        Citizen agent = Citizens.agent("cons-bad-dvd", "DVD");
        String days = "\"opensOn\":\"%s\",\"closesOn\":\"%s\"".formatted(LocalDate.now(), LocalDate.now().plusDays(3));
        assertEquals(400, agent.api().post("/consultation/" + instance + "/consultations",
                "{\"title\":\"Plan\\u0000vélo\",\"context\":\"x\"," + days + "}").status());
        assertEquals(400, agent.api().post("/consultation/" + instance + "/consultations",
                "{\"title\":\"Plan vélo\",\"context\":\"x\",\"opensOn\":\"2027-01-10\",\"closesOn\":\"2027-01-01\"}").status());
        assertEquals(400, agent.api().post("/consultation/" + instance + "/consultations",
                "{\"title\":\"Plan vélo\",\"context\":\"x\",\"opensOn\":\"99999-01-10\",\"closesOn\":\"2027-01-01\"}").status());
        Api.Reply tooLong = agent.api().post("/consultation/" + instance + "/consultations",
                "{\"title\":\"" + "a".repeat(201) + "\",\"context\":\"x\"," + days + "}");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.json().getString("message").contains("200"), tooLong.body());
        // An answer in a format the operation does not give is refused for what it is, not as a bad body.
        Api.Reply csv = Api.anonymous().get("/consultation/" + instance + "/consultations", "text/csv");
        assertEquals(406, csv.status(), csv.body());
        assertEquals("request.not-acceptable", csv.json().getString("error"));
        // A citizen cannot open one.
        assertEquals(403, Citizens.verified("cons-bad-citizen").api().post("/consultation/" + instance + "/consultations",
                "{\"title\":\"Plan vélo\",\"context\":\"x\"," + days + "}").status());
    }
}
