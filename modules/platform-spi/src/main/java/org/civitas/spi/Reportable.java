package org.civitas.spi;

/**
 * A contribution as a report shows it to moderators: its id as the component writes it (so that "0969" and
 * "969" are one case), what kind of contribution it is (an idea, a comment…), its title as the component holds it (never as the reporter typed it), the portal
 * page that shows it, a plain-text excerpt of what was reported (the moderator judges the words, not only the
 * title) and the component instance holding it (so that moderators can filter by space).
 */
public record Reportable(String id, LocalizedText kind, String title, String path, String excerpt, long instanceId) {

    /** The longest excerpt kept: enough to judge, short enough for a queue. */
    public static final int EXCERPT_LENGTH = 500;

    public Reportable {
        if (excerpt != null && excerpt.length() > EXCERPT_LENGTH) {
            excerpt = excerpt.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
        }
    }
}
