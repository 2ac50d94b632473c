package org.civitas.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The theme's colours, read from the custom properties of civitas.css, against WCAG 2.1's contrast ratio: text
 * 4.5:1 (criterion 1.4.3, RGAA 3.2) on the backgrounds it is used on, focus rings and lines 3:1 (1.4.11). axe
 * checks the pages it sees; this checks every pairing the theme promises, so that a city changing a colour
 * learns at build time which one fails.
 */
class ThemeContrastTest {

    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    /** Text colour, background, minimum ratio. */
    private record Pairing(String foreground, String background, double minimum) {
    }

    private static final List<Pairing> PAIRINGS = List.of(
            new Pairing("text", "bg", 4.5), new Pairing("muted", "bg", 4.5), new Pairing("brand", "bg", 4.5),
            new Pairing("brand-dark", "bg", 4.5), new Pairing("error", "bg", 4.5), new Pairing("ok", "bg", 4.5),
            new Pairing("text", "surface", 4.5), new Pairing("muted", "surface", 4.5), new Pairing("brand", "surface", 4.5),
            new Pairing("on-brand", "brand", 4.5), new Pairing("on-brand", "brand-dark", 4.5),
            new Pairing("focus-ring", "bg", 3), new Pairing("focus-ring", "surface", 3), new Pairing("focus", "brand", 3),
            new Pairing("focus", "brand-dark", 3), new Pairing("line", "bg", 3), new Pairing("line", "surface", 3));

    @Test
    void everyTextColourOfTheThemeMeetsAaOnTheBackgroundsItIsUsedOn() throws IOException {
        Map<String, String> colours = colours();
        StringBuilder failures = new StringBuilder();
        for (Pairing p : PAIRINGS) {
            assertTrue(colours.containsKey(p.foreground()) && colours.containsKey(p.background()),
                    "civitas.css defines --" + p.foreground() + " and --" + p.background());
            double ratio = ratio(colours.get(p.foreground()), colours.get(p.background()));
            if (ratio < p.minimum()) {
                failures.append(String.format("--%s on --%s: %.2f:1 < %.1f:1%n", p.foreground(), p.background(), ratio,
                        p.minimum()));
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void theRatioIsWcagsOwn() {
        assertTrue(Math.abs(ratio("#000000", "#ffffff") - 21) < 1e-9);
        assertTrue(Math.abs(ratio("#777777", "#ffffff") - 4.48) < 0.01, "#777 on white is the classic near miss");
    }

    private static Map<String, String> colours() throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/META-INF/resources/civitas/civitas.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String root = css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root")));
            Map<String, String> colours = new HashMap<>();
            Matcher m = PROPERTY.matcher(root);
            while (m.find()) {
                colours.put(m.group(1), m.group(2));
            }
            return colours;
        }
    }

    /** WCAG 2.1 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
