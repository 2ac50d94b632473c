package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The description's policy: paragraphs, bold, italic, lists and safe links only. */
class RichTextTest {

    @Test
    void allowedElementsStayAndLinksAreMarked() {
        String html = RichText.clean("<p>Un <strong>jardin</strong> <em>partagé</em> :</p><ul><li>des bacs</li></ul>"
                + "<ol><li>un</li></ol><p><a href=\"https://www.paris.fr/jardins\">le plan</a> "
                + "<a href=\"mailto:jardin@example.org\">écrire</a></p>");
        assertTrue(html.contains("<strong>jardin</strong>") && html.contains("<em>partagé</em>"), html);
        assertTrue(html.contains("<ul><li>des bacs</li></ul>") && html.contains("<ol><li>un</li></ol>"), html);
        // The sanitizer writes the two rel values in either order.
        String rel = " rel=\"(nofollow noopener|noopener nofollow)\"";
        assertTrue(html.matches(".*href=\"https://www\\.paris\\.fr/jardins\"" + rel + ">le plan.*"), html);
        assertTrue(html.matches(".*href=\"mailto:jardin&#64;example\\.org\"" + rel + ">écrire.*"), html);
    }

    @Test
    void scriptsEventsStylesAndOtherSchemesGo() {
        String html = RichText.clean("<p onclick=\"alert(1)\" style=\"color:red\">Bonjour<script>alert(2)</script></p>"
                + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">lien</a><a href=\"data:text/html,x\">d</a>"
                + "<iframe src=\"https://evil.example\"></iframe><h1>titre</h1>");
        assertFalse(html.contains("onclick") || html.contains("style") || html.contains("script") || html.contains("alert"), html);
        assertFalse(html.contains("<img") || html.contains("javascript") || html.contains("data:") || html.contains("iframe"), html);
        assertFalse(html.contains("<h1>"), html);
        assertTrue(html.contains("<p>Bonjour</p>") && html.contains("lien") && html.contains("titre"), html);
    }

    @Test
    void plainTextKeepsItsParagraphsAndLineBreaks() {
        assertEquals("<p>Premier paragraphe.<br />Suite.</p><p>Second &amp; dernier, 3 &lt; 4.</p>",
                RichText.clean("Premier paragraphe.\r\nSuite.\n\n  \nSecond & dernier, 3 < 4."));
        assertEquals("<p>&lt;script&gt;x&lt;/script&gt;</p>", RichText.fromPlain("<script>x</script>"),
                "text that is never markup is shown as typed");
    }

    @Test
    void searchGetsThePlainWordsOneBlockPerLine() {
        String html = RichText.clean("<p>Un <b>jardin</b> &amp; des bancs</p><ul><li>bacs</li><li>compost</li></ul>");
        assertEquals("Un jardin & des bancs\nbacs\ncompost", RichText.plain(html));
    }

    @Test
    void storedHtmlIsSanitisedAgainOnTheWayOut() {
        assertEquals("<p>ok</p>", RichText.html("<p onmouseover=\"x()\">ok</p><script>x()</script>"));
    }

    @Test
    void theAuthorGetsBackWhatTheyTypedNotMarkup() {
        String typed = "Un jardin partagé.\n\nOuvert aux écoles & aux voisins,\nle matin.";
        assertEquals(typed, RichText.editable(RichText.clean(typed)));
        assertEquals(RichText.clean(typed), RichText.clean(RichText.editable(RichText.clean(typed))), "saving it again changes nothing");
        String rich = RichText.clean("<p>Voir <a href=\"https://paris.fr\">le plan</a></p><ul><li>arbres</li></ul>");
        assertEquals(rich, RichText.editable(rich), "richer text keeps its markup");
    }
}
