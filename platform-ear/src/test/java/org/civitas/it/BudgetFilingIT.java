package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The budget's filing form as a product: a place, a photo without its metadata, rich text kept safe, the winners' map. */
@PlatformIT
class BudgetFilingIT {

    private static final String SECRET = "GPS 48.853012N 2.349901E serial 0042";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A camera's JPEG: an APP1 "Exif" segment with a position and a serial number right after the SOI marker. */
    static byte[] jpegWithExif(int width, int height) {
        byte[] plain = image("jpeg", width, height);
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\b" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)}, 0, 4);
        out.writeBytes(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static long budget(Citizen admin, String prefix) {
        return Spaces.openSpace(admin, prefix, """
                {"manifestId":"budget","title":"Budget participatif","published":true,"settings":{"district_amount":"100000"}}""").get(0);
    }

    private static long file(Citizen author, long budget, String title, String place, boolean draft) {
        Api.Reply r = author.api().post("/budget/" + budget + "/projects" + (draft ? "?draft=true" : ""), """
                {"title":"%s","description":"Un projet pour le quartier, décrit en détail.","category":"Environnement",
                 "envelope":"75005","cost":30000%s}""".formatted(title, place));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aProjectIsFiledWithAPlaceSafeRichTextAndAPhotoWithoutItsMetadata() throws IOException {
        Citizen admin = Citizens.admin();
        long budget = budget(admin, "budget-lieu");
        Citizen author = Citizens.verified("photographe");
        String projects = "/budget/" + budget + "/projects";
        Api.Reply filed = author.api().post(projects, """
                {"title":"Un jardin square Monge","category":"Environnement","envelope":"75005","cost":20000,
                 "description":"<p onclick=\\"alert(1)\\">Un <strong>jardin</strong> partagé</p><script>alert(2)</script><ul><li>des bacs</li></ul><a href=\\"javascript:alert(3)\\">piège</a>",
                 "address":"Square Monge, 75005 Paris","latitude":48.8453,"longitude":2.3526}""");
        assertEquals(201, filed.status(), filed.body());
        JsonObject project = filed.json();
        long id = project.getJsonNumber("id").longValue();
        String description = project.getString("description");
        assertTrue(description.contains("<strong>jardin</strong>") && description.contains("<li>des bacs</li>"), description);
        assertFalse(description.contains("alert") || description.contains("onclick") || description.contains("script")
                || description.contains("javascript"), description);
        assertEquals("Square Monge, 75005 Paris", project.getString("address"));
        assertEquals(48.8453, project.getJsonNumber("latitude").doubleValue());

        long plain = file(author, budget, "Des bancs rue Mouffetard", "", false);
        Api.Reply lines = author.api().post(projects, """
                {"title":"Des fontaines place Monge","category":"Environnement","envelope":"75005","cost":20000,
                 "description":"Première ligne.\\nDeuxième ligne.\\n\\nUn autre paragraphe & 3 < 4."}""");
        assertEquals("<p>Première ligne.<br />Deuxième ligne.</p><p>Un autre paragraphe &amp; 3 &lt; 4.</p>",
                lines.json().getString("description"), "plain text keeps its paragraphs");

        Api.Reply half = author.api().post(projects, """
                {"title":"Un point à moitié","description":"Une seule coordonnée donnée.","category":"Autre","envelope":"75005",
                 "cost":1000,"latitude":48.85}""");
        assertEquals("budget.project.point.half", half.error(), half.body());
        Api.Reply swapped = author.api().inEnglish().post(projects, """
                {"title":"Un point inversé","description":"Latitude et longitude inversées.","category":"Autre","envelope":"75005",
                 "cost":1000,"latitude":2.35,"longitude":48.85}""");
        assertEquals("budget.project.point.far", swapped.error(), swapped.body());
        assertTrue(swapped.message().contains("km from the city"), swapped.message());

        // The photo: a camera's JPEG, larger than kept, with its position in the EXIF.
        String photo = "/budget/projects/" + id + "/photo";
        String alt = "?alt=" + java.net.URLEncoder.encode("Le square Monge vu de la rue", StandardCharsets.UTF_8);
        Api.Reply put = author.api().put(photo + alt, jpegWithExif(2400, 1600), "image/jpeg");
        assertEquals(200, put.status(), put.body());
        assertEquals(1600, put.json().getInt("width"));
        Api.Bytes read = Api.anonymous().getBytes(photo);
        assertEquals(200, read.status());
        assertEquals("image/jpeg", read.header("Content-Type").orElseThrow());
        assertTrue(read.header("Cache-Control").orElseThrow().contains("max-age"), read.headers().toString());
        assertFalse(contains(read.body(), SECRET) || contains(read.body(), "Exif"), "the metadata is gone");
        assertEquals(1600, ImageIO.read(new ByteArrayInputStream(read.body())).getWidth());
        assertEquals(200, author.api().put(photo + alt, image("png", 200, 100), "image/png").status(), "a PNG replaces it");
        assertEquals("image/png", Api.anonymous().getBytes(photo).header("Content-Type").orElseThrow());

        Api.Reply gif = author.api().put(photo + alt, image("gif", 20, 20), "image/gif");
        assertEquals(415, gif.status(), gif.body());
        assertEquals("budget.photo.media-type", gif.error());
        assertEquals("budget.photo.type", author.api().put(photo + alt, image("gif", 20, 20), "image/jpeg").error(),
                "a GIF sent as a JPEG is recognised by its bytes");
        assertEquals("budget.photo.type", author.api().put(photo + alt,
                "Ceci est un texte renommé photo.jpg".getBytes(StandardCharsets.UTF_8), "image/jpeg").error());
        Api.Reply big = author.api().put(photo + alt, new byte[6_000_000], "image/jpeg");
        assertEquals(400, big.status());
        assertEquals("budget.photo.too-large", big.error());
        assertEquals("budget.photo.alt", author.api().put(photo, image("png", 20, 20), "image/png").error(),
                "a photo needs its description");
        Api.Reply other = Citizens.verified("voisin-photo").api().put(photo + alt, image("png", 20, 20), "image/png");
        assertEquals(403, other.status(), other.body());
        assertEquals("budget.photo.not-author", other.error());
        assertEquals(401, Api.anonymous().put(photo + alt, image("png", 20, 20), "image/png").status());
        assertEquals(404, Api.anonymous().getBytes("/budget/projects/" + plain + "/photo").status(), "no photo yet");

        // A draft's photo is its author's alone.
        long draft = file(author, budget, "Un brouillon illustré", "", true);
        String draftPhoto = "/budget/projects/" + draft + "/photo";
        assertEquals(200, author.api().put(draftPhoto + alt, image("jpeg", 40, 30), "image/jpeg").status());
        assertEquals(404, Api.anonymous().getBytes(draftPhoto).status());
        assertEquals(404, Citizens.verified("curieuse").api().getBytes(draftPhoto).status());
        Api.Bytes mine = author.api().getBytes(draftPhoto);
        assertEquals(200, mine.status());
        assertTrue(mine.header("Cache-Control").orElseThrow().contains("no-store"), mine.headers().toString());

        String page = PortalSession.anonymous().get("/components/budget/project.xhtml?id=" + id);
        assertTrue(page.contains("<strong>jardin</strong>") && !page.contains("alert("), page);
        assertTrue(page.contains("Square Monge, 75005 Paris") && page.contains("id=\"project-map\""), page);
        assertTrue(page.contains("src=\"/api/v1/budget/projects/" + id + "/photo?v=") && page.contains("alt=\"Le square Monge vu de la rue\""), page);

        String export = author.api().get("/me/export").body();
        assertTrue(export.contains("\"mediaType\":\"image/png\"") && export.contains("Le square Monge vu de la rue"),
                "the photo is the author's personal data: " + export);
    }

    @Test
    void aCitizenFilesFromThePortalWithAPlaceAndAPhoto() {
        Citizen admin = Citizens.admin();
        long budget = budget(admin, "budget-formulaire");
        Citizen author = Citizens.verified("deposante-photo");
        PortalSession portal = PortalSession.signIn(author.email(), Citizens.PASSWORD);
        String form = portal.get("/components/budget/file.xhtml?component=" + budget);
        assertTrue(form.contains("id=\"similar\"") && form.contains("aria-live=\"polite\"") && form.contains("/api/v1/search/similar"), form);
        assertTrue(form.contains("name=\"latitude\"") && form.contains("name=\"photo\"") && form.contains("multipart/form-data"), form);
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("project", "project", "component", Long.toString(budget),
                "title", "Une fresque rue Daguerre", "description", "Une fresque peinte avec les écoles du quartier.",
                "category", "Culture et patrimoine", "envelope", "75014", "cost", "12 000", "address", "Rue Daguerre",
                "latitude", "48,8342", "longitude", "2,3265"));
        fields.put("project:file", "Déposer le projet");
        String refused = portal.postFile("/components/budget/file.xhtml", form, fields, "photo", "fresque.jpg",
                jpegWithExif(800, 600), "image/jpeg");
        assertTrue(refused.contains("Décrivez la photo"), "a photo needs its description: " + refused);
        assertTrue(refused.contains("Une fresque rue Daguerre") && refused.contains("48,8342"), "what was typed is kept: " + refused);
        assertEquals(0, Api.anonymous().get("/budget/" + budget + "/projects").json().getInt("total"), "nothing filed");

        fields.put("alt", "Le mur nu de la rue Daguerre");
        String filed = portal.postFile("/components/budget/file.xhtml", refused, fields, "photo", "fresque.jpg",
                jpegWithExif(800, 600), "image/jpeg");
        assertTrue(filed.contains("Votre projet est déposé."), filed);
        assertTrue(filed.contains("Rue Daguerre") && filed.contains("48,8342") && filed.contains("alt=\"Le mur nu de la rue Daguerre\""), filed);
        JsonObject listed = Api.anonymous().get("/budget/" + budget + "/projects").json().getJsonArray("projects").getJsonObject(0);
        assertEquals(48.8342, listed.getJsonNumber("latitude").doubleValue());
        assertEquals("image/jpeg", listed.getJsonObject("photo").getString("mediaType"));

        // Readers of English read the categories in English; the project keeps the French name.
        assertEquals("Culture et patrimoine", listed.getString("category"));
        portal.post("/index.xhtml", portal.get("/index.xhtml"), Map.of("lang", "lang", "lang:en", "English"));
        String englishForm = portal.get("/components/budget/file.xhtml?component=" + budget);
        assertTrue(englishForm.contains(">Culture and heritage</option>") && englishForm.contains(">Education and youth</option>"),
                englishForm);
        String englishPage = portal.get("/components/budget/project.xhtml?id=" + listed.getJsonNumber("id").longValue());
        assertTrue(englishPage.contains("<dd>Culture and heritage</dd>"), englishPage);
    }

    @Test
    void theWinnersAreOnTheResultsMap() {
        Citizen admin = Citizens.admin();
        long budget = budget(admin, "budget-carte");
        Citizen author = Citizens.verified("cartographe");
        long garden = file(author, budget, "Un jardin rue Lacépède", ",\"latitude\":48.8449,\"longitude\":2.3545", false);
        long benches = file(author, budget, "Des bancs sans adresse", "", false);
        for (long p : new long[] {garden, benches}) {
            BudgetIT.studyFavourably(admin, p);
            assertEquals(200, admin.api().put("/budget/projects/" + p + "/selected", "{\"selected\":true}").status());
        }
        Citizen voter = Citizens.verified("votante-carte");
        assertEquals(200, voter.api().put("/me", "{\"pseudonym\":\"" + voter.pseudonym() + "\",\"district\":\"75005\"}").status());
        voter = Citizens.login(voter.email(), Citizens.PASSWORD);
        assertEquals(201, voter.api().post("/budget/" + budget + "/ballots",
                "{\"envelope\":\"75005\",\"projects\":[" + garden + "," + benches + "]}").status());
        assertEquals(200, admin.api().post("/budget/" + budget + "/results/publish", "").status());
        String page = PortalSession.anonymous().get("/components/budget/results.xhtml?component=" + budget);
        assertTrue(page.contains("id=\"winners-map\""), page);
        String places = page.substring(page.indexOf("data-places=\""), page.indexOf("data-tiles="));
        assertTrue(places.contains("&quot;id&quot;:" + garden) && places.contains("48.8449") && places.contains("Un jardin rue Lac"),
                "the winner with a place is on the map: " + places);
        assertFalse(places.contains("Des bancs sans adresse"), "a winner without a place is only in the list");
        assertTrue(page.contains("project.xhtml?id=" + benches), "every winner stays in the text list");
    }
}
