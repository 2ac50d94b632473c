package org.civitas.ideabox;

/**
 * What a citizen writes when filing an idea. The place is optional: an address, a map point, or both.
 *
 * @param district a district code (see {@code Territory}), or null for the whole city
 */
public record IdeaInput(String title, String body, String category, String district, String address,
                        Double latitude, Double longitude) {
}
