package org.civitas.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * An action refused for a reason the person can act on. The REST API answers it as
 * {@code {"error": code, "message": text}} with the status of its {@link Kind}, in the caller's language;
 * the portal shows the message next to the form.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        BAD_INPUT(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
        /** A body of a type the operation does not take (a GIF where a JPEG or PNG photo is expected). */
        UNSUPPORTED_MEDIA_TYPE(415),
        TOO_MANY_ATTEMPTS(429),
        /** A service the request needs is down for now (e.g. the search cluster); nothing was changed. */
        UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String code;
    private final LocalizedText text;
    private final Duration retryAfter;

    public Refusal(Kind kind, String code, LocalizedText text) {
        this(kind, code, text, null);
    }

    /** A refusal that ends by itself: {@code retryAfter} says when to try again (HTTP {@code Retry-After}). */
    public Refusal(Kind kind, String code, LocalizedText text, Duration retryAfter) {
        super(code + ": " + text.en());
        this.kind = kind;
        this.code = code;
        this.text = text;
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public LocalizedText text() {
        return text;
    }
}
