package org.civitas.spi;

/** Something people do with a component, e.g. {@code propose}, {@code vote}, {@code sign}. */
public record ActionSpec(String id, LocalizedText label) {
    public ActionSpec {
        if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("action id must be lower-case letters, digits, underscores: " + id);
        }
    }
}
