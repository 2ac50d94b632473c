package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRulesTest {

    @Test
    void emailsAreNormalisedAndMalformedOnesRefusedInBothLanguages() {
        assertEquals("ana@paris.fr", Accounts.normaliseEmail("  Ana@Paris.FR "));
        Refusal r = assertThrows(Refusal.class, () -> Accounts.normaliseEmail("ana@paris"));
        assertEquals("account.email.invalid", r.code());
        assertEquals("Cette adresse e-mail n'est pas valide.", r.text().fr());
        assertEquals("This e-mail address is not valid.", r.text().en());
        assertThrows(Refusal.class, () -> Accounts.normaliseEmail("not an address"));
        assertThrows(Refusal.class, () -> Accounts.normaliseEmail("ana\u202E@paris.fr"), "a bidirectional control");
        assertThrows(Refusal.class, () -> Accounts.normaliseEmail(null));
    }

    @Test
    void passwordsNeedTwelveCharacters() {
        Refusal r = assertThrows(Refusal.class, () -> Accounts.checkPassword("short pass"));
        assertEquals("Le mot de passe doit compter entre 12 et 128 caractères.", r.text().fr());
        Accounts.checkPassword("twelve chars");
        assertEquals("account.password.common", assertThrows(Refusal.class,
                () -> Accounts.checkPassword("qwerty123456")).code());
    }

    @Test
    void pseudonymsAreShortPrintableNames() {
        assertEquals("Jean-Loup", Accounts.checkPseudonym(" Jean-Loup "));
        assertEquals("Zoé 75", Accounts.checkPseudonym("Zoé 75"));
        assertThrows(Refusal.class, () -> Accounts.checkPseudonym("<script>"));
        assertThrows(Refusal.class, () -> Accounts.checkPseudonym("ab"));
    }

    /** The message lists what the rule allows: each of its examples passes, what it rules out does not. */
    @Test
    void thePseudonymRuleAllowsWhatItsMessageSays() {
        for (String name : List.of("Marie D.", "O'Neil", "Jean-Loup", "zoé_75", "M. Dupont", "Léa du 11e", "abc",
                "a".repeat(40))) {
            assertEquals(name, Accounts.checkPseudonym(name));
        }
        for (String name : List.of(".Marie", "-abc", "'abc", "ab", "a".repeat(41), "Marie <b>", "Marie@paris", "Ma\tD")) {
            Refusal r = assertThrows(Refusal.class, () -> Accounts.checkPseudonym(name), name);
            assertEquals("Le pseudonyme doit compter de 3 à 40 caractères et commencer par une lettre ou un chiffre : "
                    + "lettres, chiffres, espaces, points, tirets, apostrophes et soulignés (_).", r.text().fr());
            assertEquals("The pseudonym must be 3 to 40 characters and start with a letter or a digit: letters, digits, "
                    + "spaces, dots, hyphens, apostrophes and underscores.", r.text().en());
        }
    }

    @Test
    void aSignUpTellsEveryProblemAtOnceByField(@TempDir Path dir) throws Exception {
        Accounts accounts = new Accounts();
        accounts.disposableDomains = new DisposableDomains();
        accounts.disposableDomains.file = Files.writeString(dir.resolve("domains.txt"), "yopmail.com\n").toString();
        var problems = accounts.problems(new Registration("quelqu.un@yopmail.com", "court", "Marie <D>", false, "fr"));
        assertEquals(List.of("email", "pseudonym", "password", "termsAccepted"), List.copyOf(problems.keySet()));
        assertEquals("account.email.disposable", problems.get("email").code());
        assertEquals("account.password.length", problems.get("password").code());
        assertEquals("account.terms.required", problems.get("termsAccepted").code());
        assertEquals(Map.of(), accounts.problems(new Registration("marie@paris.fr", "une phrase de passe solide", "Marie D.", true, "fr")));
    }
}
