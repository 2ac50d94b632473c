package org.civitas.core.moderation;

/**
 * The moderators' queue filters; null means any. {@code waiting}: reported within the last day or week, or waiting
 * for more than a week.
 */
public record ModerationFilter(String component, Long spaceId, Report.Reason reason, Waiting waiting, int page) {

    public enum Waiting { LAST_DAY, LAST_WEEK, OVER_A_WEEK }

    public static final int PAGE_SIZE = 20;

    public ModerationFilter {
        component = component == null || component.isBlank() ? null : component;
        page = Math.max(0, Math.min(page, 10_000));
    }

    public static ModerationFilter all() {
        return new ModerationFilter(null, null, null, null, 0);
    }
}
