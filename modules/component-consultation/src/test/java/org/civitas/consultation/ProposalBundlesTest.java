package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of proposals, votes and comments exists in French and English, and reads through MessageFormat. */
class ProposalBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProposalBundlesTest.class.getResourceAsStream("/org/civitas/consultation/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void frenchAndEnglishHoldTheSameKeysAndEachFormats() throws IOException {
        for (String bundle : new String[] {"messages", "pages"}) {
            Properties fr = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            Set<String> mine = new TreeSet<>();
            for (String key : fr.stringPropertyNames()) {
                if (key.startsWith("proposal") || key.startsWith("propose") || key.startsWith("vote.")
                        || key.startsWith("argument.") || key.startsWith("comment.") || key.startsWith("notify.")
                        || key.startsWith("code.") || key.startsWith("progress.") || key.equals("sign-in")) {
                    mine.add(key);
                }
            }
            assertTrue(mine.size() > 10, bundle);
            for (String key : mine) {
                assertTrue(en.containsKey(key), bundle + ": no English for " + key);
                new MessageFormat(fr.getProperty(key), Locale.FRENCH).format(new Object[] {"x", "y"});
                new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(new Object[] {"x", "y"});
                assertEquals(-1, new MessageFormat(fr.getProperty(key)).format(new Object[] {"x", "y"}).indexOf("''"),
                        bundle + ": " + key + " shows a doubled apostrophe");
            }
        }
    }
}
