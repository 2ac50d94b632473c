package org.civitas.consultation;

/** A section of the draft text: its title and its words (rich text). */
public record SectionInput(String title, String body) {
}
