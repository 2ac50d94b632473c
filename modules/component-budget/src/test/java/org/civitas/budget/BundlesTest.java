package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in French and English, and every history kind and status has a label for people. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/civitas/budget/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(), load("messages_en.properties").stringPropertyNames());
        assertEquals(load("pages.properties").stringPropertyNames(), load("pages_en.properties").stringPropertyNames());
    }

    @Test
    void everyHistoryKindAndStatusHasALabel() throws IOException {
        Properties pages = load("pages.properties");
        for (Field f : ProjectHistory.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    String kind = (String) f.get(null);
                    assertTrue(pages.containsKey("event." + kind), "a label for event kind " + kind);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        Arrays.stream(Project.Status.values()).forEach(s -> assertTrue(pages.containsKey("status." + s.name()), "status " + s));
    }
}
