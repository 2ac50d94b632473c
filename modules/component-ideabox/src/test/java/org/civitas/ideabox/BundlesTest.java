package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the idea box goes through MessageFormat ({@link Texts}), where a lone apostrophe disappears. */
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
}
