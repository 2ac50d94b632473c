package org.civitas.spi;

import java.util.Map;

/**
 * One instance of a component in a space, with the title its administrator gave it and its settings already
 * validated against the manifest: global settings, and the settings of the space's current phase.
 */
public record ComponentRef(long id, String manifestId, String title, SpaceRef space, Map<String, String> settings,
                           Map<String, String> phaseSettings) {
    public ComponentRef {
        settings = Map.copyOf(settings);
        phaseSettings = Map.copyOf(phaseSettings);
    }
}
