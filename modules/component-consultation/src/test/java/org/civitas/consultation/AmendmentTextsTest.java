package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The amendment pages' and refusals' texts exist in French and in English: a missing one is an error page. */
class AmendmentTextsTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/components/consultation");
    private static final Pattern KEY = Pattern.compile("consultationTexts\\['([^']+)'\\]");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AmendmentTextsTest.class.getResourceAsStream("/org/civitas/consultation/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> amendmentKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("amend")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyAmendmentTextIsInBothLanguages() throws IOException {
        assertEquals(amendmentKeys(bundle("messages")), amendmentKeys(bundle("messages_en")));
        assertEquals(amendmentKeys(bundle("pages")), amendmentKeys(bundle("pages_en")));
    }

    @Test
    void everyTextTheAmendmentPagesUseExistsAndEveryStateHasItsWords() throws IOException {
        Properties fr = bundle("pages");
        Set<String> missing = new TreeSet<>();
        for (String page : new String[] {"amend.xhtml", "amendment.xhtml", "amendments.xhtml"}) {
            Matcher m = KEY.matcher(Files.readString(PAGES.resolve(page)));
            while (m.find()) {
                if (!fr.containsKey(m.group(1))) {
                    missing.add(page + ": " + m.group(1));
                }
            }
        }
        Properties messages = bundle("messages");
        for (Amendment.State state : Amendment.State.values()) {
            String code = state.name().toLowerCase(java.util.Locale.ROOT);
            if (!fr.containsKey("amendment.state." + code)) {
                missing.add("pages: amendment.state." + code);
            }
            if (!messages.containsKey("amendment.state." + code)) {
                missing.add("messages: amendment.state." + code);
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }
}
