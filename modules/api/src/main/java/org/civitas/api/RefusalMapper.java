package org.civitas.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civitas.spi.Refusal;

/** A refused action: its status, code and message in the caller's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    /** The caller's language: what they accept, else their profile's (set by {@link BearerAuthentication}). */
    @Inject
    Caller caller;

    @Override
    public Response toResponse(Refusal refusal) {
        Response.ResponseBuilder response = Response.status(refusal.kind().status);
        refusal.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(refusal.code(), refusal.text().in(caller.locale())))
                .build();
    }
}
