package org.civitas.core.limit;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/** How many actions per period an allowance grants: the caller's default, or {@code <count>/<minutes>} from configuration. */
record Allowance(int capacity, Duration period) {

    private static final Logger LOG = Logger.getLogger(Allowance.class.getName());

    static Allowance configured(String name, Optional<String> setting, int capacity, Duration period) {
        if (setting.isPresent()) {
            String[] parts = setting.get().strip().split("/");
            try {
                if (parts.length == 2) {
                    int count = Integer.parseInt(parts[0].strip());
                    long minutes = Long.parseLong(parts[1].strip());
                    if (count > 0 && minutes > 0) {
                        return new Allowance(count, Duration.ofMinutes(minutes));
                    }
                }
            } catch (NumberFormatException ignored) {
                // Logged below; the default stays in force.
            }
            LOG.warning(() -> "civitas.limit." + name + "=" + setting.get() + " is not <count>/<minutes>; using "
                    + capacity + "/" + period.toMinutes());
        }
        return new Allowance(capacity, period);
    }
}
