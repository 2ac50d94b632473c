package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in French and English, every text a page names exists, and no apostrophe is lost to MessageFormat. */
class BundlesTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/components/consultation");
    private static final Pattern KEY = Pattern.compile("consultationTexts\\['([^']+)'\\]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/civitas/consultation/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(), load("messages_en.properties").stringPropertyNames());
        assertEquals(load("pages.properties").stringPropertyNames(), load("pages_en.properties").stringPropertyNames());
    }

    /** Both bundles go through MessageFormat, where a lone apostrophe starts a quote and disappears. */
    @Test
    void apostrophesSurviveMessageFormat() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties", "pages.properties", "pages_en.properties"}) {
            Properties texts = load(name);
            for (String key : texts.stringPropertyNames()) {
                String raw = texts.getProperty(key);
                // A choice shows one branch: with 0, the first, which is where these texts keep their apostrophes.
                Object first = raw.contains(",choice,") ? 0 : 1;
                String shown = new MessageFormat(raw, Locale.ENGLISH).format(new Object[] {first, 2, 3, 4});
                assertEquals(raw.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        shown.chars().filter(c -> c == '\'').count(), name + " " + key + ": write ' as ''");
            }
        }
    }

    @Test
    void everyStateAndChangeHasAWordForPeople() throws IOException {
        Properties pages = load("pages.properties");
        for (String state : new String[] {"draft", "upcoming", "open", "closed"}) {
            assertTrue(pages.containsKey("state." + state), state);
        }
        for (String change : new String[] {"added", "removed", "changed", "same"}) {
            assertTrue(pages.containsKey("diff.change." + change), change);
        }
    }

    /** A page naming a text the bundle lacks fails when rendered: each page's texts, and each amendment state's words. */
    @Test
    void everyTextThePagesNameExists() throws IOException {
        Properties pages = load("pages.properties");
        Properties messages = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!pages.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        for (Amendment.State state : Amendment.State.values()) {
            String key = "amendment.state." + state.name().toLowerCase(Locale.ROOT);
            if (!pages.containsKey(key) || !messages.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }
}
