package org.civitas.core;

import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** Who may run core's own back-office actions; every service method checks here, whoever calls it. */
public final class Authority {

    private Authority() {
    }

    public static CitizenRef administrator(CitizenRef actor) {
        return requireAny(actor, Role.ADMINISTRATOR);
    }

    public static CitizenRef moderator(CitizenRef actor) {
        return requireAny(actor, Role.MODERATOR, Role.ADMINISTRATOR);
    }

    private static CitizenRef requireAny(CitizenRef actor, Role... roles) {
        if (actor == null) {
            throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        for (Role role : roles) {
            if (actor.has(role)) {
                return actor;
            }
        }
        throw Messages.refusal(Refusal.Kind.FORBIDDEN, "permission.denied");
    }
}
