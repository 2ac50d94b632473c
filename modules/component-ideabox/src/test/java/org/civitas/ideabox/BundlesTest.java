package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.civitas.spi.CodeKind;
import org.civitas.spi.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Every text of the idea box goes through MessageFormat ({@link Texts}), where a lone apostrophe disappears; every
 * code the platform shows for the idea box has a name in both languages.
 */
class BundlesTest {

    @Test
    void apostrophesSurviveMessageFormat() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_fr.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = BundlesTest.class.getResourceAsStream("/org/civitas/ideabox/" + name)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : texts.stringPropertyNames()) {
                String raw = texts.getProperty(key);
                String shown = new MessageFormat(raw, Locale.ENGLISH).format(new Object[0]);
                assertEquals(raw.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        shown.chars().filter(c -> c == '\'').count(), name + " " + key + ": write ' as ''");
            }
        }
    }

    @Test
    void everyCodeShownOnThePlatformHasAName() {
        IdeaBoxComponent box = new IdeaBoxComponent();
        assertEquals(new LocalizedText("Information demandée", "Information requested"),
                box.codeName(CodeKind.STATUS, "information_requested").orElseThrow());
        for (Status status : Status.values()) {
            assertTrue(box.codeName(CodeKind.STATUS, status.name().toLowerCase(Locale.ROOT)).isPresent(), status.name());
        }
        assertEquals(new LocalizedText("Idée", "Idea"), box.codeName(CodeKind.TYPE, "idea").orElseThrow());
        for (String decision : new String[] {"review", "admissible", "not_admissible", "information", "duplicate", "redirect",
                "external", "assigned", "released", "reason.saved", "scheme.saved"}) {
            assertTrue(box.codeName(CodeKind.AUDIT_ACTION, "ideabox." + decision).isPresent(), decision);
        }
        assertTrue(box.codeName(CodeKind.AUDIT_ACTION, "space.created").isEmpty(), "not the idea box's");
    }
}
