package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.civitas.spi.CodeKind;
import org.civitas.spi.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in French and English, every history kind and status has a label for people, and no
 * apostrophe is lost to MessageFormat.
 */
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

    /** Both bundles go through MessageFormat, where a lone apostrophe starts a quote and disappears. */
    @Test
    void apostrophesSurviveMessageFormat() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties", "pages.properties", "pages_en.properties"}) {
            Properties texts = load(name);
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
        BudgetComponent budget = new BudgetComponent();
        assertEquals(new LocalizedText("Lauréat", "Funded"), budget.codeName(CodeKind.STATUS, "won").orElseThrow());
        Arrays.stream(Project.Status.values()).forEach(s -> assertTrue(
                budget.codeName(CodeKind.STATUS, s.name().toLowerCase(Locale.ROOT)).isPresent(), s.name()));
        assertEquals(new LocalizedText("Projet", "Project"), budget.codeName(CodeKind.TYPE, "project").orElseThrow());
        for (String action : new String[] {"project.assigned", "project.popular", "project.not-popular", "project.studied",
                "projects.merged", "project.selected", "project.unselected", "results.published", "results.imported"}) {
            assertTrue(budget.codeName(CodeKind.AUDIT_ACTION, "budget." + action).isPresent(), action);
        }
    }
}
