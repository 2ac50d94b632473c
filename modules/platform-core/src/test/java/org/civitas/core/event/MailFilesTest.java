package org.civitas.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFilesTest {

    @Test
    void aMailBecomesOneFileReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("mail");
        Path file = MailFiles.write(folder, 4242, "Civitas <ne-pas-repondre@civitas.local>", "lea@exemple-ville.fr",
                "Confirmez votre adresse e-mail", "Bonjour Léa,\n\nhttp://localhost:8080/account/verify.xhtml?token=abc\n");
        assertEquals(folder.resolve("mail-4242.eml"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("From: Civitas <ne-pas-repondre@civitas.local>\r\nTo: lea@exemple-ville.fr\r\n"), text);
        assertTrue(text.contains("Subject: Confirmez votre adresse e-mail\r\n"));
        assertTrue(text.contains("\r\n\r\nBonjour Léa,\r\n\r\nhttp://localhost:8080/account/verify.xhtml?token=abc\r\n"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no partial file left");
        }
    }

    @Test
    void smtpErrorsAreMaskedBeforeTheyReachTheLogOrTheOutbox() {
        String masked = MailCourier.masked(new IllegalStateException("550 5.1.1 <lea@exemple-ville.fr>: Recipient rejected"));
        assertFalse(masked.contains("lea@"), masked);
        assertTrue(masked.contains("<address>"), masked);
    }
}
