package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theShippedListHoldsTheTenThousandCommonestPasswords() {
        assertEquals(10_000, PasswordPolicy.commonCount());
    }

    @Test
    void lengthIsTwelveToOneHundredTwentyEight() {
        Refusal shortOne = assertThrows(Refusal.class, () -> PasswordPolicy.check("short pass"));
        assertEquals("account.password.length", shortOne.code());
        assertThrows(Refusal.class, () -> PasswordPolicy.check(null));
        assertThrows(Refusal.class, () -> PasswordPolicy.check("x".repeat(64) + "y".repeat(65)));
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(64) + "y".repeat(64)));
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        for (String repeated : new String[] {"aaaaaaaaaaaa", "            ", "éééééééééééééé", "😀".repeat(12)}) {
            Refusal r = assertThrows(Refusal.class, () -> PasswordPolicy.check(repeated), repeated);
            assertEquals("account.password.repeated", r.code());
            assertEquals("Le mot de passe ne peut pas être un seul caractère répété.", r.text().fr());
            assertEquals("The password cannot be one character repeated.", r.text().en());
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("aaaaaaaaaaab"));
    }

    @Test
    void commonBreachedPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "leavemealone"}) {
            Refusal r = assertThrows(Refusal.class, () -> PasswordPolicy.check(common), common);
            assertEquals("account.password.common", r.code());
            assertEquals("Ce mot de passe figure parmi les plus utilisés et les plus piratés. Choisissez-en un autre, "
                    + "par exemple une phrase de quelques mots.", r.text().fr());
        }
        assertDoesNotThrow(() -> PasswordPolicy.check("une phrase de passe solide"));
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars"));
    }
}
