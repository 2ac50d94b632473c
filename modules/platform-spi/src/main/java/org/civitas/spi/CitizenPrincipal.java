package org.civitas.spi;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in citizen as the request's principal: the REST API sets it on JAX-RS's SecurityContext and the
 * portal on the servlet request, so a component reads who is acting with the standard API of either.
 */
public record CitizenPrincipal(CitizenRef citizen) implements Principal {

    @Override
    public String getName() {
        return citizen.pseudonym();
    }

    /** For {@code isUserInRole}: the role names are those of {@link Role}. */
    public boolean isInRole(String role) {
        return citizen.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    /** The citizen behind a request's principal, empty for an anonymous request. */
    public static Optional<CitizenRef> of(Principal principal) {
        return principal instanceof CitizenPrincipal p ? Optional.of(p.citizen()) : Optional.empty();
    }
}
