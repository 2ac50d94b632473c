package org.civitas.core.space;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.PermissionRule;
import org.civitas.spi.Role;
import org.civitas.spi.Verification;

/**
 * Decides whether an actor may perform an action on a component instance: the action must be open in the
 * space's current phase (setting {@value #ACTIONS}, per phase, else global, else all open), the actor must
 * hold one of the rule's roles, and meet its verification requirement. Pure, so it is tested alone.
 */
public final class PermissionPolicy {

    /** The built-in setting listing the open actions, comma-separated. */
    public static final String ACTIONS = "actions";
    /** The action that only reads: the one left to administrators in an archived space. */
    public static final String READ = "read";

    public enum Outcome {
        ALLOWED("permission.allowed"),
        UNKNOWN_ACTION("permission.unknown-action"),
        CLOSED("permission.closed"),
        SIGN_IN("permission.sign-in"),
        ROLE("permission.denied"),
        EMAIL("permission.email-unverified"),
        RESIDENCE("permission.residence");

        public final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private PermissionPolicy() {
    }

    public static Outcome decide(ComponentManifest manifest, ComponentRef instance, CitizenRef actor, String action,
                                 String district) {
        if (manifest.action(action).isEmpty()) {
            return Outcome.UNKNOWN_ACTION;
        }
        if (!isOpen(instance, action)) {
            return Outcome.CLOSED;
        }
        PermissionRule rule = manifest.permission(action)
                .orElse(new PermissionRule(action, Set.of(Role.ADMINISTRATOR), Verification.NONE));
        if (!rule.roles().contains(Role.VISITOR)) {
            if (actor == null) {
                return Outcome.SIGN_IN;
            }
            if (rule.roles().stream().noneMatch(actor::has)) {
                return Outcome.ROLE;
            }
        }
        switch (rule.verification()) {
            case NONE:
                return Outcome.ALLOWED;
            case EMAIL:
                return actor == null ? Outcome.SIGN_IN : actor.emailVerified() ? Outcome.ALLOWED : Outcome.EMAIL;
            case RESIDENCE_IN_DISTRICT:
                if (actor == null) {
                    return Outcome.SIGN_IN;
                }
                if (!actor.emailVerified()) {
                    return Outcome.EMAIL;
                }
                boolean resident = actor.district() != null && (district == null || district.equals(actor.district()));
                return resident ? Outcome.ALLOWED : Outcome.RESIDENCE;
            default:
                return Outcome.ROLE;
        }
    }

    /** Whether the instance's current phase (or its global setting) opens {@code action}; every action when unset. */
    public static boolean isOpen(ComponentRef instance, String action) {
        return openActions(instance).map(open -> open.contains(action)).orElse(true);
    }

    static java.util.Optional<Set<String>> openActions(ComponentRef instance) {
        String listed = instance.phaseSettings().getOrDefault(ACTIONS, instance.settings().get(ACTIONS));
        if (listed == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }
}
