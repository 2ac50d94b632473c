package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void argon2idHashVerifiesOnlyTheRightPassword() {
        String encoded = PasswordHash.of("correct horse battery".toCharArray()).encoded();
        assertTrue(encoded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), encoded);
        PasswordHash parsed = PasswordHash.parse(encoded);
        assertTrue(parsed.matches("correct horse battery".toCharArray()));
        assertFalse(parsed.matches("correct horse batterie".toCharArray()));
    }

    @Test
    void samePasswordGivesDifferentHashes() {
        assertNotEquals(PasswordHash.of("pass phrase 1234".toCharArray()).encoded(),
                PasswordHash.of("pass phrase 1234".toCharArray()).encoded());
    }

    @Test
    void verifiesAReferenceHashFromAnotherImplementation() {
        // Produced by the reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        PasswordHash reference = PasswordHash.parse(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
        assertTrue(reference.matches("password".toCharArray()));
    }
}
