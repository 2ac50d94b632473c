package org.civitas.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civitas.core.Messages;
import org.civitas.spi.Languages;

/**
 * What JAX-RS reads before any of our filters, checked first so that it gets the API's usual JSON error rather
 * than a bare HTML page: an address whose escapes are not UTF-8 (such as {@code %ED%A0%80}, half a surrogate
 * pair), and an {@code Accept-Language} header that cannot be read (such as {@code en;q=abc}).
 */
@WebFilter("/*")
public class AddressEncoding extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var locale = Languages.of(request.getHeader("Accept-Language"));
        if (!readable(request.getHeader("Accept-Language"))) {
            refuse(response, locale, "request.language-header");
        } else if (decodes(request.getRequestURI()) && (request.getQueryString() == null || decodes(request.getQueryString()))) {
            chain.doFilter(request, response);
        } else {
            refuse(response, locale, "request.encoding");
        }
    }

    private static void refuse(HttpServletResponse response, Locale locale, String code) throws IOException {
        response.setStatus(400);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("error", code)
                .add("message", Messages.text(locale, code)).build().toString());
    }

    /** An absent header, or one made of language ranges with their weights between 0 and 1. */
    static boolean readable(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return true;
        }
        try {
            Locale.LanguageRange.parse(acceptLanguage);
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** True when every %-escape of {@code raw} makes well-formed UTF-8. */
    static boolean decodes(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) (c < 0x80 ? c : '?'));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
