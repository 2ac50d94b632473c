package org.civitas.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A draft text imported from Markdown (a file or pasted text): split into sections at its top-level headings (the
 * highest level it uses), each section's words sanitised by {@link RichText#fromMarkdown}. Words before the first
 * heading make a section of their own, its title given by the caller.
 */
public final class MarkdownImport {

    /** The largest import, in characters: a section's own limit. */
    static final int MAX_CHARS = ConsultationDesk.TEXT_MAX;
    /** The most sections a draft holds. */
    static final int MAX_SECTIONS = 200;

    /** A section read from the import: its heading's words and its sanitised HTML. */
    public record Imported(String title, String body) {
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownImport() {
    }

    /** An uploaded file's text: UTF-8, at most {@link #MAX_CHARS} characters, no control characters; refused otherwise. */
    public static String read(InputStream in) {
        if (in == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.empty");
        }
        try (in) {
            // A character takes at most 4 bytes in UTF-8.
            byte[] bytes = in.readNBytes(MAX_CHARS * 4 + 1);
            if (bytes.length > MAX_CHARS * 4) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.too-long", MAX_CHARS);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of {@code markdown}, checked: not empty, not too long, no control character, titles of 200 at most. */
    public static List<Imported> split(String markdown, String preambleTitle) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if (text.isBlank()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.empty");
        }
        TextInput.check(text, true, MAX_CHARS).ifPresent(problem -> {
            throw problem == TextInput.Problem.TOO_LONG ? Texts.refusal(Refusal.Kind.BAD_INPUT, "import.too-long", MAX_CHARS)
                    : Texts.refusal(Refusal.Kind.BAD_INPUT, "import.control");
        });
        String[] lines = text.split("\n", -1);
        Node document = PARSER.parse(text);
        int top = topLevel(document);
        List<Imported> sections = new ArrayList<>();
        String title = null;
        int from = 0;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Heading h) || h.getLevel() > top) {
                continue;
            }
            int first = n.getSourceSpans().get(0).getLineIndex();
            int last = n.getSourceSpans().get(n.getSourceSpans().size() - 1).getLineIndex();
            if (h.getLevel() < top) {
                // The document's own title, above its sections: not part of any.
                Arrays.fill(lines, first, last + 1, "");
                continue;
            }
            String body = RichText.fromMarkdown(slice(lines, from, first));
            if (title != null) {
                sections.add(new Imported(title, body));
            } else if (!RichText.plain(body).isBlank()) {
                sections.add(new Imported(preambleTitle, body));
            }
            title = words(h);
            if (title.isEmpty() || title.length() > ConsultationDesk.TITLE_MAX) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.title", ConsultationDesk.TITLE_MAX);
            }
            from = last + 1;
        }
        String body = RichText.fromMarkdown(slice(lines, from, lines.length));
        if (title != null || !RichText.plain(body).isBlank()) {
            sections.add(new Imported(title == null ? preambleTitle : title, body));
        }
        if (sections.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.empty");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.too-many", MAX_SECTIONS);
        }
        return sections;
    }

    /**
     * The level sections start at: the highest used by two headings at least (a single heading above them is the
     * document's title), or the only one used.
     */
    private static int topLevel(Node document) {
        int[] count = new int[7];
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                count[h.getLevel()]++;
            }
        }
        int highest = 7;
        for (int level = 6; level >= 1; level--) {
            if (count[level] >= 2) {
                highest = level;
            }
        }
        if (highest == 7) {
            for (int level = 6; level >= 1; level--) {
                if (count[level] > 0) {
                    highest = level;
                }
            }
        }
        return highest;
    }

    private static String slice(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(Math.min(from, to), to));
    }

    /** A heading's words, without its markup. */
    private static String words(Heading heading) {
        StringBuilder words = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }
        });
        return words.toString().strip().replaceAll("\\s+", " ");
    }
}
