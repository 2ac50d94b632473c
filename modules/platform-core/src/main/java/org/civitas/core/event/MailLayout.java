package org.civitas.core.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML version of a mail, in the portal's identity (the default theme's blue band, text colours and type),
 * made from its plain text, which stays the first alternative: paragraphs stay paragraphs, addresses become links.
 * Styles are inline and the layout a single table, as mail programs need. Pure, so it is tested alone.
 */
final class MailLayout {

    /** The default theme's colours (themes/default civitas.css): --brand, --text, --muted, --surface. */
    private static final String BRAND = "#1f3a93";
    private static final String TEXT = "#1b1b1b";
    private static final String MUTED = "#4a4a4a";
    private static final String SURFACE = "#f3f5fa";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private MailLayout() {
    }

    static String html(String language, String siteName, String subject, String text, String footer) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            body.append("<p style=\"margin:0 0 16px\">").append(linked(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + escaped(language) + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escaped(subject)
                + "</title>\n</head>\n<body style=\"margin:0;padding:0;background:" + SURFACE + ";color:" + TEXT
                + ";font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5\">\n"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:"
                + SURFACE + "\"><tr><td align=\"center\" style=\"padding:24px 12px\">\n"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;"
                + "background:#ffffff;border-radius:6px;overflow:hidden\">\n"
                + "<tr><td style=\"background:" + BRAND + ";color:#ffffff;padding:16px 24px;font-size:20px;font-weight:700\">"
                + escaped(siteName) + "</td></tr>\n"
                + "<tr><td style=\"padding:24px\">\n<h1 style=\"font-size:22px;margin:0 0 16px;color:" + TEXT + "\">"
                + escaped(subject) + "</h1>\n" + body + "</td></tr>\n"
                + "<tr><td style=\"padding:16px 24px;border-top:1px solid #d0d4e0;color:" + MUTED + ";font-size:14px\">"
                + linked(footer) + "</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n";
    }

    /** Escaped text whose web addresses are links. */
    private static String linked(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(escaped(text.substring(at, m.start())));
            String url = escaped(m.group());
            out.append("<a href=\"").append(url).append("\" style=\"color:").append(BRAND).append("\">").append(url).append("</a>");
            at = m.end();
        }
        return out.append(escaped(text.substring(at))).toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
