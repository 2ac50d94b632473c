package org.civitas.spi;

import java.util.Optional;

/**
 * The characters no one types: what every edge (REST bodies and parameters, portal fields) refuses before
 * a text reaches a service or the database. PostgreSQL rejects U+0000 only after holding a connection, and
 * control or unpaired surrogate characters corrupt what people later read.
 */
public final class TextInput {

    /** Longer than any field a person fills in; fields have their own, smaller limits in their services. */
    public static final int MAX_TEXT = 20_000;
    /** A query or path parameter: a search, a filter, an id. */
    public static final int MAX_PARAMETER = 2_000;

    public enum Problem { CONTROL_CHARACTER, TOO_LONG }

    private TextInput() {
    }

    /**
     * What is wrong with {@code text}, if anything. {@code multiline} texts may hold tabs and line breaks;
     * a single-line value (parameter, e-mail, name) may not.
     */
    public static Optional<Problem> check(String text, boolean multiline, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
            if (Character.isLowSurrogate(c) || forbidden(c, multiline)) {
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** True for an identifier-like text (e-mail, pseudonym, code) holding a bidirectional formatting character. */
    public static boolean hasBidiControl(String text) {
        return text != null && text.chars().anyMatch(TextInput::isBidiControl);
    }

    private static boolean forbidden(char c, boolean multiline) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiline;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
