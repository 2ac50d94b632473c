package org.civitas.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.Optional;
import org.civitas.core.Messages;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/** Who is calling (from the bearer token) and in which language they read. */
@RequestScoped
public class Caller {

    private CitizenRef citizen;
    private String token;
    private Locale locale = Locale.FRENCH;

    void authenticated(CitizenRef citizen, String token) {
        this.citizen = citizen;
        this.token = token;
    }

    void readsIn(Locale locale) {
        this.locale = locale;
    }

    public Optional<CitizenRef> citizen() {
        return Optional.ofNullable(citizen);
    }

    /** The signed-in citizen; refuses with 401 when the call carries no valid token. */
    public CitizenRef required() {
        if (citizen == null) {
            throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        return citizen;
    }

    public String token() {
        return token;
    }

    public Locale locale() {
        return locale;
    }
}
