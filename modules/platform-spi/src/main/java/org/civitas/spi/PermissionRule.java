package org.civitas.spi;

import java.util.Set;

/**
 * Who may perform an action: one of {@code roles}, with at least {@code verification}.
 * Whether the action is open at all depends on the space's current phase (the component instance's
 * phase settings); core combines the two in one place.
 */
public record PermissionRule(String action, Set<Role> roles, Verification verification) {
    public PermissionRule {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a permission rule names at least one role: " + action);
        }
    }
}
