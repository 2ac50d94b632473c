package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civitas.core.Messages;

/**
 * Everything that is not a {@link org.civitas.spi.Refusal}: malformed requests become 4xx with a message
 * in the caller's language; anything else is our bug, logged with an id the person can quote.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    /** The caller's language: what they accept, else their profile's (set by {@link BearerAuthentication}). */
    @Inject
    Caller caller;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = caller.locale();
        if (failure instanceof NotFoundException && failure.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted ("abc" for a number).
            return body(400, "request.parameter", Messages.text(locale, "request.parameter"));
        }
        if (failure instanceof NotFoundException) {
            return body(404, "request.not-found", Messages.text(locale, "request.not-found"));
        }
        if (failure instanceof NotAllowedException) {
            return body(405, "request.method", Messages.text(locale, "request.method"));
        }
        if (failure instanceof jakarta.ws.rs.NotAcceptableException) {
            return body(406, "request.not-acceptable", Messages.text(locale, "request.not-acceptable"));
        }
        if (failure instanceof NotSupportedException) {
            return body(415, "request.media-type", Messages.text(locale, "request.media-type"));
        }
        if (isMalformedBody(failure)) {
            // The parser's own words would name library classes or echo the input back.
            return body(400, "request.malformed", Messages.text(locale, "request.malformed"));
        }
        if (failure instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return body(wae.getResponse().getStatus(), "request.malformed", Messages.text(locale, "request.malformed"));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + ": " + failure, failure);
        return body(500, "server.error", Messages.text(locale, "server.error") + " (" + incident + ")");
    }

    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof ProcessingException
                    || t instanceof jakarta.json.JsonException || t instanceof java.time.format.DateTimeParseException) {
                return true;
            }
        }
        return false;
    }

    private static Response body(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(code, message)).build();
    }
}
