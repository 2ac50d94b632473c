package org.civitas.core.moderation;

import java.time.Duration;
import java.time.Instant;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Role;

/**
 * How much one report counts towards hiding a contribution before a moderator decides. A report from an
 * account younger than {@code trustedAfter} counts half, so that a few accounts opened for the purpose
 * cannot hide what they dislike; a moderator's report counts in full.
 */
public final class ReportWeight {

    /** Points of a full report; hiding needs {@code hide-after-reports} full reports' worth. */
    public static final int FULL = 2;

    private ReportWeight() {
    }

    public static int points(CitizenRef reporter, Instant accountCreated, Instant now, Duration trustedAfter) {
        if (reporter.has(Role.MODERATOR) || reporter.has(Role.ADMINISTRATOR)) {
            return FULL;
        }
        return accountCreated.plus(trustedAfter).isAfter(now) ? FULL / 2 : FULL;
    }

    public static boolean hides(int points, int hideAfterReports) {
        return points >= hideAfterReports * FULL;
    }
}
