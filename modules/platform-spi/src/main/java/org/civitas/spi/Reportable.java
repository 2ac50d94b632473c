package org.civitas.spi;

/**
 * A contribution as a report shows it to moderators: its title, as the component holds it (never as the
 * reporter typed it), and the portal page that shows it.
 */
public record Reportable(String title, String path) {
}
