package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

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
}
