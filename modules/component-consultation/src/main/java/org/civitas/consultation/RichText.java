package org.civitas.consultation;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A consultation's texts as limited rich text: the draft text's sections, the context, proposals, the synthesis.
 * Paragraphs, headings (h3, h4: the page holds the higher levels), lists, quotes, bold and italic, and links to
 * http, https and mailto addresses ({@code rel="nofollow noopener"}). Everything else is dropped by the OWASP
 * sanitizer's allow-list. Stored sanitised; pages sanitise again before writing them unescaped.
 */
public final class RichText {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h3", "h4", "blockquote")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();
    private static final Pattern BLOCKS = Pattern.compile("(?i)<\\s*(p|ul|ol|h3|h4|blockquote)[\\s>]");
    private static final Pattern BREAKS = Pattern.compile("(?i)</p>|</li>|</h3>|</h4>|<br\\s*/?>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Parser MARKDOWN = Parser.builder().build();
    // Raw HTML in Markdown is escaped, not passed through: the sanitizer then has only Markdown's own markup to check.
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private RichText() {
    }

    /**
     * What a person typed, sanitised. Text without blocks of its own (typed in a plain text field) keeps its line
     * breaks: blank lines separate paragraphs, single ones break lines.
     */
    public static String clean(String typed) {
        String text = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        return POLICY.sanitize(BLOCKS.matcher(text).find() ? text : paragraphs(text));
    }

    /** Markdown (an imported draft text), as sanitised HTML; its headings move down to the levels a section holds. */
    public static String fromMarkdown(String markdown) {
        String html = MARKDOWN_HTML.render(MARKDOWN.parse(markdown == null ? "" : markdown));
        html = html.replaceAll("(?i)<(/?)h[1-3]>", "<$1h3>").replaceAll("(?i)<(/?)h[4-6]>", "<$1h4>");
        return POLICY.sanitize(html);
    }

    /** Text that is never markup (an idea's body, a CSV cell): escaped, its line breaks kept. */
    public static String fromPlain(String text) {
        String escaped = (text == null ? "" : text.strip()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return clean(escaped);
    }

    /** For the page, which writes it unescaped: sanitised again, whatever wrote the row. */
    public static String html(String stored) {
        return POLICY.sanitize(stored == null ? "" : stored);
    }

    /** The words, for search, diffs and excerpts: no tags, entities decoded, one line per block. */
    public static String plain(String stored) {
        String breaks = BREAKS.matcher(html(stored)).replaceAll("\n");
        return Encoding.decodeHtml(TAGS.matcher(breaks).replaceAll("")).strip();
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }
}
