package org.civitas.spi;

/** A participatory space, with the phase currently open (null when none is). */
public record SpaceRef(long id, String slug, String currentPhase) {
}
