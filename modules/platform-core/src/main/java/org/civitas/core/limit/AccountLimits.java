package org.civitas.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.civitas.spi.RateLimits;

/**
 * The allowances of the account pages, which anyone can call without signing in: sign-ups per client
 * address, and mails (reset, confirmation) per recipient and per address, so that no one floods an inbox.
 * REST and the portal both call these before the use case.
 */
@ApplicationScoped
public class AccountLimits {

    @Inject
    RateLimits limits;
    @Inject
    ClientAddress addresses;

    public void signUp(String clientAddress) {
        if (!addresses.isExempt(clientAddress)) {
            limits.take("sign-up", clientAddress, 10, Duration.ofHours(1));
        }
    }

    public void mail(String email, String clientAddress) {
        if (!addresses.isExempt(clientAddress)) {
            limits.take("mail-per-address", clientAddress, 20, Duration.ofHours(1));
        }
        if (email != null) {
            limits.take("mail-per-recipient", email.strip().toLowerCase(Locale.ROOT), 3, Duration.ofHours(1));
        }
    }
}
