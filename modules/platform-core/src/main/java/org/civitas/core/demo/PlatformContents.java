package org.civitas.core.demo;

/**
 * What a database holds that the demo must not mix with: its spaces, and its accounts other than the first
 * administrator's (erased ones included: someone used the platform).
 */
public record PlatformContents(long spaces, long otherAccounts) {

    /** Fresh: nothing but the first administrator, so the demo may fill it. */
    public boolean isFresh() {
        return spaces == 0 && otherAccounts == 0;
    }
}
