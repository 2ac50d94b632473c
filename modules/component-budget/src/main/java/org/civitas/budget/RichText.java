package org.civitas.budget;

import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A project's description as limited rich text: paragraphs, line breaks, bold and italic, lists, and links to
 * http, https and mailto addresses (marked {@code rel="nofollow noopener"}). Everything else (scripts, event
 * attributes, styles, images) is dropped by the OWASP sanitizer's allow-list. Descriptions are stored sanitised;
 * the page sanitises again before writing them unescaped, and search gets their plain text.
 */
public final class RichText {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();
    private static final Pattern BLOCKS = Pattern.compile("(?i)<\\s*(p|ul|ol)[\\s>]");
    private static final Pattern BREAKS = Pattern.compile("(?i)</p>|</li>|<br\\s*/?>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private static final java.util.regex.Pattern SIMPLE = java.util.regex.Pattern.compile("</?p>|<br\\s*/?>");
    private static final java.util.regex.Pattern BREAKS_ONLY = java.util.regex.Pattern.compile("<br\\s*/?>");

    private RichText() {
    }

    /**
     * What a citizen typed, sanitised. Text without paragraphs or lists of its own (typed in a plain text field,
     * or older clients) keeps its line breaks: blank lines separate paragraphs, single ones break lines.
     */
    public static String clean(String typed) {
        String text = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        return POLICY.sanitize(BLOCKS.matcher(text).find() ? text : paragraphs(text));
    }

    /** Text that is never markup (an idea's body, an imported file): escaped, its line breaks kept. */
    static String fromPlain(String text) {
        String escaped = (text == null ? "" : text.strip()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return clean(escaped);
    }

    /** For the page, which writes it unescaped: sanitised again, whatever wrote the row. */
    public static String html(String stored) {
        return POLICY.sanitize(stored == null ? "" : stored);
    }

    /**
     * A stored description as the form shows it again to its author: plain paragraphs come back as blank-line
     * separated text (what they typed), anything richer (lists, links, bold) as its markup.
     */
    public static String editable(String stored) {
        String html = html(stored);
        if (SIMPLE.matcher(html).replaceAll("").contains("<")) {
            return html;
        }
        String text = BREAKS_ONLY.matcher(html.replace("</p><p>", "\n\n")).replaceAll("\n");
        return Encoding.decodeHtml(SIMPLE.matcher(text).replaceAll("")).strip();
    }

    /** The words of a description, for search and snippets: no tags, entities decoded, one line per block. */
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
