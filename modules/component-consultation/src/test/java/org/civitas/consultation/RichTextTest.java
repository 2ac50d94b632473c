package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the directorate writes or imports is kept as limited, safe HTML; its plain words feed the diffs. */
class RichTextTest {

    @Test
    void markdownHeadingsMoveDownToTheLevelsASectionHolds() {
        String html = RichText.fromMarkdown("# Un\n## Deux\n### Trois\n#### Quatre\n###### Six");
        assertEquals("<h3>Un</h3><h3>Deux</h3><h3>Trois</h3><h4>Quatre</h4><h4>Six</h4>", html.replace("\n", ""));
    }

    @Test
    void rawHtmlAndScriptsInMarkdownAreNeverMarkup() {
        String html = RichText.fromMarkdown("Texte <script>alert(1)</script> et <b onclick=\"x()\">gras</b>\n\n[x](javascript:alert(1))");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("Texte"), html);
    }

    @Test
    void linksKeepTheirAddressAndGetNofollow() {
        String html = RichText.fromMarkdown("[Paris](https://www.paris.fr)");
        assertTrue(html.contains("href=\"https://www.paris.fr\"") && html.contains("nofollow"), html);
    }

    @Test
    void plainWordsHaveOneLinePerBlockAndEntitiesDecoded() {
        assertEquals("Pistes & arceaux\nDeux mètres", RichText.plain("<p>Pistes &amp; arceaux</p><p>Deux <em>mètres</em></p>"));
        assertEquals("<p>Une ligne<br />deux</p>", RichText.clean("Une ligne\ndeux"));
    }
}
