package org.civitas.spi;

import java.util.Set;

/**
 * The one place permissions are decided: action × role × the space's current phase × verification.
 * Components call it on every action, server-side.
 */
public interface ComponentAccess {

    /**
     * The instance as the caller may see it; refuses (404) an unpublished one to non-administrators, and an
     * instance of another component than {@code manifestId} (the caller's own id) to everyone.
     */
    ComponentRef component(String manifestId, long componentId, CitizenRef viewer);

    /**
     * Refuses with a {@link Refusal} saying why when {@code actor} (null when not signed in) may not perform
     * {@code action} on the instance; {@code district} is the district the action concerns, or null. An instance of
     * another component than {@code manifestId} is refused as not found: an action name means nothing elsewhere.
     */
    void require(String manifestId, CitizenRef actor, long componentId, String action, String district);

    /**
     * Whether {@code action} is open in the instance's current phase, whoever asks: for a component deciding
     * whether it takes redirected ideas now. False for an unpublished instance or another component's.
     */
    boolean isOpen(String manifestId, long componentId, String action);

    /**
     * The instances {@code viewer} (null when not signed in) may not open: unpublished, or in an unpublished
     * or archived space. Empty for administrators. Lists and search leave out what they hold.
     */
    Set<Long> closedTo(CitizenRef viewer);
}
