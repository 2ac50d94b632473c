package org.civitas.spi;

/**
 * A contribution as a report shows it to moderators: its id as the component writes it (so that "0969" and
 * "969" are one case), its title as the component holds it (never as the reporter typed it), and the portal
 * page that shows it.
 */
public record Reportable(String id, String title, String path) {
}
