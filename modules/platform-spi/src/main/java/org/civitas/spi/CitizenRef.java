package org.civitas.spi;

import java.util.Set;

/**
 * A person acting on the platform, as components see them: no e-mail, no address, only what
 * permissions need. {@code district} is the declared residence district code, or null.
 */
public record CitizenRef(long id, String pseudonym, Set<Role> roles, boolean emailVerified, String district) {
    public CitizenRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
