package org.civitas.consultation;

import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * What people write must show: a title or a text made only of invisible characters (zero-width spaces, word joiners,
 * byte order marks, spaces) publishes a blank link, and a title with bidirectional overrides reads other than it is
 * written. Shared by proposals, comments, arguments and amendments.
 */
final class Legible {

    private Legible() {
    }

    /** Whether {@code text} holds a letter, a digit, a punctuation mark or a symbol, once format characters and spaces are set aside. */
    static boolean visible(String text) {
        return text != null && text.codePoints().anyMatch(Legible::shows);
    }

    /** Refuses a title with nothing visible, or with a bidirectional override. */
    static void requireTitle(String title) {
        if (!visible(title)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "fixp.invisible.title");
        }
        if (TextInput.hasBidiControl(title)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "fixp.bidi.title");
        }
    }

    /** Refuses a text (a body, a comment, an argument; plain, or rich text made plain) with nothing visible. */
    static void requireText(String text) {
        if (!visible(text)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "fixp.invisible.text");
        }
    }

    private static boolean shows(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || HANGUL_FILLERS.indexOf(c) >= 0) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }

    /** Letters by their category, blank on the page: the Hangul fillers, much used to fake an empty name. */
    private static final String HANGUL_FILLERS = "\u115F\u1160\u3164\uFFA0";
}
