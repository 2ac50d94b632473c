package org.civitas.spi;

import java.util.Set;

/**
 * A person acting on the platform, as components see them: no e-mail, no address, only what
 * permissions need. {@code district} is the declared residence district code, or null; {@code directorate} the
 * city directorate of an agent, or null; {@code age} the age in whole years today, or null when no birth date
 * was given (components check a minimum age without seeing the date).
 */
public record CitizenRef(long id, String pseudonym, Set<Role> roles, boolean emailVerified, String district,
                         String directorate, Integer age) {
    public CitizenRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
