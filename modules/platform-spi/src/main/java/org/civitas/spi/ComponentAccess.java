package org.civitas.spi;

import java.util.Set;

/**
 * The one place permissions are decided: action × role × the space's current phase × verification.
 * Components call it on every action, server-side.
 */
public interface ComponentAccess {

    /** The instance as the caller may see it; refuses (404) an unpublished one to non-administrators. */
    ComponentRef component(long componentId, CitizenRef viewer);

    /**
     * Refuses with a {@link Refusal} saying why when {@code actor} (null when not signed in) may not perform
     * {@code action} on the instance; {@code district} is the district the action concerns, or null.
     */
    void require(CitizenRef actor, long componentId, String action, String district);

    /**
     * The instances {@code viewer} (null when not signed in) may not open: unpublished, or in an unpublished
     * space. Empty for administrators. Lists and search leave out what they hold.
     */
    Set<Long> closedTo(CitizenRef viewer);
}
