package org.civitas.consultation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two texts, word by word (java-diff-utils' Myers diff over words, spaces and punctuation):
 * what an amendment changes, what version 2 changed. Pages show removed and added words with {@code del} and
 * {@code ins} and a spoken label, never by colour alone.
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text that is the same in both, only in the older one, or only in the newer one. */
    public record Part(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private WordDiff() {
    }

    /** The older text turned into the newer: runs in reading order, neighbouring runs of a kind joined. */
    public static List<Part> between(String older, String newer) {
        List<String> before = tokens(older);
        List<String> after = tokens(newer);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            add(parts, Kind.SAME, before.subList(at, from));
            add(parts, Kind.REMOVED, delta.getSource().getLines());
            add(parts, Kind.ADDED, delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        add(parts, Kind.SAME, before.subList(at, before.size()));
        return parts;
    }

    /** Whether the two texts hold the same words. */
    public static boolean same(String older, String newer) {
        return between(older, newer).stream().allMatch(p -> p.kind() == Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            text = parts.remove(parts.size() - 1).text() + text;
        }
        parts.add(new Part(kind, text));
    }
}
