package org.civitas.portal;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civitas.spi.Languages;
import org.civitas.spi.TextInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's edge, before Faces and every page, components' included: security headers on every response,
 * and every parameter (query and form) checked once. A control character, an unpaired surrogate or an
 * over-long value gets a plain 400 page in the reader's language; it never reaches a bean or the database.
 */
public class PortalEdge extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "civitas.map.tiles", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String mapTiles;

    private String policy;

    @Override
    public void init() {
        // Scripts and styles stay inline-capable for PrimeFaces; no other origin may run code, frame the portal or
        // receive its forms. Images may come from the configured map tile server.
        policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: " + origin(mapTiles) + "; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Reset and confirmation links carry their token in the address: other sites see the origin only.
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String uri = request.getRequestURI();
        if (!uri.contains("/jakarta.faces.resource/") && !uri.startsWith(request.getContextPath() + "/webjars/")) {
            // Pages show who is signed in and what they may see: never kept by a browser or a shared cache.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Optional<TextInput.Problem> problem;
        try {
            problem = problem(request);
        } catch (RuntimeException unreadable) {
            // A form the container cannot read (an upload over its limit, a body cut off) is the sender's to fix.
            refuse(request, response);
            return;
        }
        if (problem.isPresent()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            // A stale or tampered form (its view state cannot be restored) is the sender's, not a server error.
            if (response.isCommitted() || !expired(e)) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + "/expired.xhtml");
        }
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TextInput.Problem> problem(HttpServletRequest request) {
        Optional<TextInput.Problem> path = TextInput.check(request.getServletPath() + Optional.ofNullable(
                request.getPathInfo()).orElse(""), false, TextInput.MAX_PARAMETER);
        if (path.isPresent()) {
            return path;
        }
        boolean form = "POST".equals(request.getMethod());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            Optional<TextInput.Problem> name = TextInput.check(parameter.getKey(), false, 200);
            if (name.isPresent()) {
                return name;
            }
            for (String value : parameter.getValue()) {
                Optional<TextInput.Problem> p = form ? TextInput.check(value, true, TextInput.MAX_TEXT)
                        : TextInput.check(value, false, TextInput.MAX_PARAMETER);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean english = Languages.of(request.getHeader("Accept-Language")).equals(Locale.ENGLISH);
        response.setStatus(400);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(english
                ? page("en", "Request not accepted", "What was sent holds an invisible control character or a text that is too long. "
                        + "Go back, correct it and try again.", "Back to the home page")
                : page("fr", "Demande non acceptée", "Ce qui a été envoyé contient un caractère de contrôle invisible ou un texte trop long. "
                        + "Revenez en arrière, corrigez et réessayez.", "Retour à l'accueil"));
    }

    private static String page(String lang, String title, String text, String home) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>" + title
                + " — Civitas</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">"
                + home + "</a></p></main></body></html>";
    }

    private static String origin(String tiles) {
        try {
            URI uri = URI.create(tiles.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            String host = tiles.contains("{s}.") ? "*." + uri.getHost().substring(uri.getHost().indexOf('.') + 1) : uri.getHost();
            return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }
}
