package org.civitas.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.civitas.core.Messages;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * The API's edge: every path segment, query parameter and JSON body is checked here, once, before any
 * resource or service sees it. Refused: control characters and unpaired surrogates, over-long texts,
 * bodies over {@value #MAX_BODY} bytes, nulls inside lists, and integers beyond ±2^53 (what JSON numbers
 * hold exactly). Field-specific limits (a title's 200 characters) stay with the services that own them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class InputGuard implements ContainerRequestFilter {

    @Inject
    Caller caller;

    static final int MAX_BODY = 1_000_000;
    static final int MAX_DEPTH = 32;
    private static final BigDecimal MAX_INTEGER = BigDecimal.valueOf(1L << 53);

    @Override
    public void filter(ContainerRequestContext request) {
        // Refusals from here come before the caller is known: in the language they ask for, at least.
        caller.readsIn(Languages.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            parameter(segment.getPath());
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters(true).entrySet()) {
            parameter(param.getKey());
            param.getValue().forEach(InputGuard::parameter);
        }
        parameter(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (request.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            byte[] body = read(request);
            checkJson(body);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static void parameter(String value) {
        TextInput.check(value, false, TextInput.MAX_PARAMETER).ifPresent(InputGuard::refuse);
    }

    private static byte[] read(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-large", MAX_BODY / 1000);
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-large", MAX_BODY / 1000);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the body once with a streaming parser; malformed JSON is left for the JSON binding to report. */
    static void checkJson(byte[] body) {
        Deque<Boolean> inArray = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY -> nest(inArray, true);
                    case START_OBJECT -> nest(inArray, false);
                    case END_ARRAY, END_OBJECT -> inArray.pop();
                    case KEY_NAME -> TextInput.check(parser.getString(), false, 200).ifPresent(InputGuard::refuse);
                    case VALUE_STRING -> TextInput.check(parser.getString(), true, TextInput.MAX_TEXT)
                            .ifPresent(InputGuard::refuse);
                    case VALUE_NULL -> {
                        if (Boolean.TRUE.equals(inArray.peek())) {
                            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.null-in-list");
                        }
                    }
                    case VALUE_NUMBER -> {
                        if (parser.getBigDecimal().abs().compareTo(MAX_INTEGER) > 0) {
                            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.number-range");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonException malformed) {
            // Reported by the binding, with the same 400 as any other malformed body.
        }
    }

    /** No form of the API nests deeper than a few levels; the JSON parser itself fails at 1,000, as a server error. */
    private static void nest(Deque<Boolean> inArray, boolean array) {
        if (inArray.size() >= MAX_DEPTH) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.malformed");
        }
        inArray.push(array);
    }

    private static void refuse(TextInput.Problem problem) {
        throw problem == TextInput.Problem.TOO_LONG
                ? Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-long")
                : Messages.refusal(Refusal.Kind.BAD_INPUT, "request.control-character");
    }
}
