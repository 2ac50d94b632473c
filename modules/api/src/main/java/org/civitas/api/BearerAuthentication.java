package org.civitas.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.civitas.core.Messages;
import org.civitas.core.account.Accounts;
import java.security.Principal;
import java.util.Locale;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;

/**
 * Resolves {@code Authorization: Bearer <token>} to the caller. A call without a token is anonymous;
 * a call with an invalid or expired token is refused, so a client learns its token is stale. The citizen
 * also becomes the request's {@link CitizenPrincipal}, which is how components' resources see the caller.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    @Inject
    Accounts accounts;
    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        caller.readsIn(Languages.of(accepted));
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        String token = header.substring(7).strip();
        CitizenRef citizen = accounts.authenticate(token)
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in"));
        caller.authenticated(citizen, token);
        if (accepted == null || accepted.isBlank()) {
            // No stated preference: the language of the citizen's profile, the one their e-mails are in.
            caller.readsIn(Locale.forLanguageTag(accounts.profile(citizen.id()).locale()));
        }
        boolean secure = request.getSecurityContext().isSecure();
        CitizenPrincipal principal = new CitizenPrincipal(citizen);
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.isInRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
