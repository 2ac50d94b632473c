package org.civitas.spi;

import java.time.Instant;
import java.util.Set;

/**
 * A person acting on the platform, as components see them: no e-mail, no address, only what
 * permissions need. {@code district} is the declared residence district code, or null; {@code directorate} the
 * city directorate of an agent, or null; {@code age} the age in whole years today, or null when no birth date
 * was given (components check a minimum age without seeing the date); {@code memberSince} when the account was
 * made, which an audit of votes weighs (accounts made just before a vote).
 */
public record CitizenRef(long id, String pseudonym, Set<Role> roles, boolean emailVerified, String district,
                         String directorate, Integer age, Instant memberSince) {
    public CitizenRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
