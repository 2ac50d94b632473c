package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisposableDomainsTest {

    @TempDir
    Path dir;

    @Test
    void refusesListedDomainsAndTheirSubdomains() throws Exception {
        DisposableDomains domains = list("# comment\nyopmail.com\n\nMailinator.com\n");
        assertTrue(domains.isDisposable("someone@yopmail.com"));
        assertTrue(domains.isDisposable("someone@eu.YOPMAIL.com"));
        assertTrue(domains.isDisposable("x@mailinator.com"));
        assertFalse(domains.isDisposable("someone@paris.fr"));
        assertFalse(domains.isDisposable("someone@notyopmail.com"));
    }

    @Test
    void anEditedListAppliesWithoutRestart() throws Exception {
        DisposableDomains domains = list("yopmail.com\n");
        assertFalse(domains.isDisposable("a@trashmail.example"));
        Path file = Path.of(domains.file);
        Files.writeString(file, "yopmail.com\ntrashmail.example\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(domains.isDisposable("a@trashmail.example"));
    }

    @Test
    void theShippedListKnowsCommonDisposableProviders() throws Exception {
        Path shipped = Path.of("../../config/disposable-email-domains.txt");
        DisposableDomains domains = new DisposableDomains();
        domains.file = shipped.toString();
        assertTrue(domains.isDisposable("a@yopmail.com"));
        assertTrue(domains.isDisposable("a@mailinator.com"));
        assertFalse(domains.isDisposable("a@gmail.com"));
        assertFalse(domains.isDisposable("a@laposte.net"));
        assertFalse(domains.isDisposable("a@paris.fr"));
    }

    private DisposableDomains list(String content) throws Exception {
        Path file = dir.resolve("domains.txt");
        Files.writeString(file, content);
        DisposableDomains domains = new DisposableDomains();
        domains.file = file.toString();
        return domains;
    }
}
