package org.civitas.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per client address, against password spraying across many accounts, which the per-account
 * lock-out does not see. Only failures count: behind a city's reverse proxy or a mobile operator's NAT many
 * people share one address, and their successful logins must never lock each other out. Kept in PostgreSQL
 * ({@link SharedRateLimits}), so every node counts the same failures. The address is the person's
 * ({@link ClientAddress}), counted by its network ({@link ClientAddress#network}: an IPv6 address by its /64),
 * and exempt addresses (public terminals) are left to the per-account lock-out.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ALLOWANCE = "login-failure";

    @Inject
    SharedRateLimits limits;
    @Inject
    ClientAddress addresses;
    @Inject
    @ConfigProperty(name = "civitas.account.login.max-per-address", defaultValue = "30")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "civitas.account.login.window-minutes", defaultValue = "10")
    int windowMinutes;

    /** Refuses (429, with when to try again) an address that has used up its failed logins; counts nothing. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(String address) {
        if (counted(address)) {
            var probe = limits.bucket(ALLOWANCE, ClientAddress.network(address), maxFailures,
                    Duration.ofMinutes(windowMinutes)).estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw SharedRateLimits.refusal("account.login.throttled", probe.getNanosToWaitForRefill());
            }
        }
    }

    /** Counts a failed login (unknown address, wrong password, locked account) against {@code address}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void failed(String address) {
        if (counted(address)) {
            limits.bucket(ALLOWANCE, ClientAddress.network(address), maxFailures, Duration.ofMinutes(windowMinutes))
                    .tryConsume(1);
        }
    }

    private boolean counted(String address) {
        return address != null && !addresses.isExempt(address);
    }
}
