package org.civitas.core.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailLayoutTest {

    private static final String TEXT = "Bonjour Léa <b>du 11e</b>,\n\nPour activer votre compte, ouvrez ce lien :\n"
            + "https://civitas.example/account/verify.xhtml?token=abc_12&x=1\n\nÀ bientôt.";

    @Test
    void theHtmlKeepsTheParagraphsAndMakesTheAddressesLinks() {
        String html = MailLayout.html("fr", "Civitas", "Confirmez votre adresse", TEXT, "Message automatique");
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h1 style=\"font-size:22px;margin:0 0 16px;color:#1b1b1b\">Confirmez votre adresse</h1>"), html);
        assertTrue(html.contains("<a href=\"https://civitas.example/account/verify.xhtml?token=abc_12&amp;x=1\""), html);
        assertTrue(html.contains("<p style=\"margin:0 0 16px\">À bientôt.</p>"), html);
        assertTrue(html.contains("Pour activer votre compte, ouvrez ce lien :<br>"), html);
    }

    @Test
    void whatPeopleWroteIsEscapedNeverMarkup() {
        String html = MailLayout.html("fr", "Civitas", "<script>x</script>", TEXT, "pied");
        assertFalse(html.contains("<b>") || html.contains("<script>"), html);
        assertTrue(html.contains("Léa &lt;b&gt;du 11e&lt;/b&gt;"), html);
    }
}
