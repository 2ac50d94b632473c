package org.civitas.core.space;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A space's URL id, derived from its title when the administrator leaves it empty: lower case, accents
 * stripped, words joined by hyphens, at most {@value #MAX} characters, and a number added when it is taken.
 */
public final class SpaceSlug {

    public static final int MAX = 80;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SpaceSlug() {
    }

    /** "Budget participatif 2027 : Élan !" → "budget-participatif-2027-elan"; empty when nothing is left. */
    public static String fromTitle(String title) {
        String plain = MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String slug = SEPARATORS.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        return trim(slug, MAX);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… the first that {@code taken} does not hold. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            candidate = trim(base, MAX - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String trim(String slug, int max) {
        return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
    }
}
