package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.civitas.spi.Role;
import org.junit.jupiter.api.Test;

class CitizenTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void locksAfterRepeatedFailuresThenUnlocksWhenTheLockExpires() {
        Citizen c = new Citizen("ana@paris.fr", "Ana", PasswordHash.of("good password 1".toCharArray()), "fr", now);
        for (int i = 0; i < 4; i++) {
            assertFalse(c.tryPassword("wrong".toCharArray(), 5, Duration.ofMinutes(15), now));
            assertFalse(c.isLocked(now));
        }
        assertFalse(c.tryPassword("wrong".toCharArray(), 5, Duration.ofMinutes(15), now));
        assertTrue(c.isLocked(now));
        assertTrue(c.isLocked(now.plus(Duration.ofMinutes(14))));
        assertFalse(c.isLocked(now.plus(Duration.ofMinutes(15))));
        assertTrue(c.tryPassword("good password 1".toCharArray(), 5, Duration.ofMinutes(15), now.plus(Duration.ofMinutes(16))));
    }

    @Test
    void erasureRemovesEveryPersonalField() {
        Citizen c = new Citizen("ana@paris.fr", "Ana", PasswordHash.of("good password 1".toCharArray()), "fr", now);
        c.updateProfile("Ana", LocalDate.of(1990, 1, 1), "1 rue de Rivoli", "75001", true, "fr");
        c.grant(Set.of(Role.AGENT), "DEVE");
        c.erase(now);
        assertNull(c.getEmail());
        assertNull(c.getBirthDate());
        assertNull(c.getAddress());
        assertNull(c.getDistrictCode());
        assertNull(c.getDirectorate());
        assertFalse(c.isNewsletterConsent());
        assertTrue(c.getPseudonym().startsWith("anonyme-"));
        assertEquals(Set.of(Role.CITIZEN), c.getRoles());
        assertFalse(c.tryPassword("good password 1".toCharArray(), 5, Duration.ofMinutes(15), now));
        assertTrue(c.isErased());
    }
}
