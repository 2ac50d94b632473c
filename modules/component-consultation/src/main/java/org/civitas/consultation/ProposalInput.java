package org.civitas.consultation;

/**
 * A citizen's proposal: its title and words (rich text), under a section of the text or a question (or neither:
 * the consultation as a whole), with an optional place.
 */
public record ProposalInput(String title, String body, Long section, Long question, String address, Double latitude,
                            Double longitude) {
}
