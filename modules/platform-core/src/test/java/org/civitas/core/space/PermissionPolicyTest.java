package org.civitas.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.core.space.PermissionPolicy.Outcome;
import org.civitas.spi.ActionSpec;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.PermissionRule;
import org.civitas.spi.Role;
import org.civitas.spi.SpaceRef;
import org.civitas.spi.Verification;
import org.junit.jupiter.api.Test;

class PermissionPolicyTest {

    private static final LocalizedText T = new LocalizedText("x", "x");
    private static final ComponentManifest BUDGET = new ComponentManifest("budget", T,
            List.of(new ActionSpec("read", T), new ActionSpec("propose", T), new ActionSpec("vote", T),
                    new ActionSpec("assess", T), new ActionSpec("publish", T)),
            List.of(), List.of(),
            List.of(new PermissionRule("read", Set.of(Role.VISITOR), Verification.NONE),
                    new PermissionRule("propose", Set.of(Role.CITIZEN), Verification.EMAIL),
                    new PermissionRule("vote", Set.of(Role.CITIZEN), Verification.RESIDENCE_IN_DISTRICT),
                    new PermissionRule("assess", Set.of(Role.AGENT), Verification.NONE)),
            List.of(), List.of(), List.of(), null, Optional.empty());

    private static final CitizenRef RESIDENT = new CitizenRef(1, "Ana", Set.of(Role.CITIZEN), true, "75011", null, null, null);
    private static final CitizenRef UNVERIFIED = new CitizenRef(2, "Bob", Set.of(Role.CITIZEN), false, "75011", null, null, null);
    private static final CitizenRef NO_DISTRICT = new CitizenRef(3, "Chloé", Set.of(Role.CITIZEN), true, null, null, null, null);
    private static final CitizenRef AGENT = new CitizenRef(4, "DEVE", Set.of(Role.CITIZEN, Role.AGENT), true, null, null, null, null);
    private static final CitizenRef ADMIN = new CitizenRef(5, "Admin", Set.of(Role.CITIZEN, Role.ADMINISTRATOR), true, null, null, null, null);

    private static ComponentRef inPhase(String openActions) {
        Map<String, String> phase = openActions == null ? Map.of() : Map.of(PermissionPolicy.ACTIONS, openActions);
        return new ComponentRef(10, "budget", "Budget", new SpaceRef(1, "bp-2027", "7"), Map.of(), phase);
    }

    private static Outcome decide(CitizenRef who, String action, String openActions, String district) {
        return PermissionPolicy.decide(BUDGET, inPhase(openActions), who, action, district);
    }

    @Test
    void visitorsReadButMustSignInToPropose() {
        assertEquals(Outcome.ALLOWED, decide(null, "read", null, null));
        assertEquals(Outcome.SIGN_IN, decide(null, "propose", null, null));
    }

    @Test
    void proposingNeedsAVerifiedEmail() {
        assertEquals(Outcome.EMAIL, decide(UNVERIFIED, "propose", null, null));
        assertEquals(Outcome.ALLOWED, decide(RESIDENT, "propose", null, null));
    }

    @Test
    void votingNeedsResidenceInTheDistrictConcerned() {
        assertEquals(Outcome.ALLOWED, decide(RESIDENT, "vote", null, "75011"));
        assertEquals(Outcome.RESIDENCE, decide(RESIDENT, "vote", null, "75020"));
        assertEquals(Outcome.ALLOWED, decide(RESIDENT, "vote", null, null));
        assertEquals(Outcome.RESIDENCE, decide(NO_DISTRICT, "vote", null, null));
        assertEquals(Outcome.EMAIL, decide(UNVERIFIED, "vote", null, "75011"));
    }

    @Test
    void thePhaseDecidesWhichActionsAreOpen() {
        assertEquals(Outcome.CLOSED, decide(RESIDENT, "vote", "read,propose", "75011"));
        assertEquals(Outcome.ALLOWED, decide(RESIDENT, "propose", "read, propose", null));
        assertEquals(Outcome.CLOSED, decide(null, "read", "", null));
    }

    @Test
    void rolesAreChecked() {
        assertEquals(Outcome.ROLE, decide(RESIDENT, "assess", null, null));
        assertEquals(Outcome.ALLOWED, decide(AGENT, "assess", null, null));
    }

    @Test
    void anActionWithoutARuleIsForAdministratorsOnly() {
        assertEquals(Outcome.ROLE, decide(AGENT, "publish", null, null));
        assertEquals(Outcome.ALLOWED, decide(ADMIN, "publish", null, null));
        assertEquals(Outcome.UNKNOWN_ACTION, decide(ADMIN, "delete_everything", null, null));
    }
}
