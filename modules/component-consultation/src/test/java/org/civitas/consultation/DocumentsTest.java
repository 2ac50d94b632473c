package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document is a PDF by its bytes, and is downloaded under a name no header can be broken with. */
class DocumentsTest {

    @Test
    void aPdfIsKnownByItsFirstBytes() {
        assertTrue(Documents.isPdf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Documents.isPdf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}));
        assertFalse(Documents.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Documents.isPdf(new byte[0]));
    }

    @Test
    void theFileNameIsSafeAndEndsInPdf() {
        assertEquals("Plan-velo-2027.pdf", Documents.fileName("Plan vélo 2027.PDF", "x"));
        assertEquals("evil-.-x.pdf", Documents.fileName("evil\";../x", "t"));
        assertEquals("Annexe.pdf", Documents.fileName(null, "Annexe"));
        assertEquals("document.pdf", Documents.fileName("«»", "t"));
        assertFalse(Documents.fileName("a\r\nSet-Cookie: x", "t").matches(".*[\\s\";].*"));
    }
}
