package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;

/** Whether someone may perform an action now, for pages deciding which links and buttons to show. */
@ApplicationScoped
public class Permissions {

    @Inject
    ComponentAccess access;

    /** The same decision the action itself takes (role, phase, verification); the action still checks. */
    public boolean may(CitizenRef viewer, long componentId, String action) {
        try {
            access.require(BudgetComponent.ID, viewer, componentId, action, null);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }
}
