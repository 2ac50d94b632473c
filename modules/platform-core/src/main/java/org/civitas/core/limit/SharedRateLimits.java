package org.civitas.core.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.civitas.core.Messages;
import org.civitas.spi.RateLimits;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Token buckets (Bucket4j) kept in PostgreSQL, so every node of a cluster counts against the same allowance.
 * Keys are stored hashed: an allowance per e-mail address keeps no address.
 */
@ApplicationScoped
public class SharedRateLimits implements RateLimits {

    @Resource(lookup = "java:jboss/datasources/CivitasDS")
    DataSource dataSource;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @PostConstruct
    void open() {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("core_rate_limit")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /**
     * "N per hour" means N per hour: the bucket refills all at once when the period ends, not a little at a
     * time (which would grant nearly twice N in the first hour). Bucket4j commits its own short transaction on the connection (SELECT … FOR UPDATE), which a JTA
     * transaction would forbid: the caller's transaction, if any, is suspended meanwhile.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void take(String name, String key, int capacity, Duration period) {
        ConsumptionProbe probe = bucket(name, key, capacity, period).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw refusal("limit.exceeded", probe.getNanosToWaitForRefill());
        }
    }

    /**
     * The shared bucket of allowance {@code name} for {@code key}. Each call on it is a short transaction of
     * Bucket4j's own, so its caller must run outside any JTA transaction ({@code NOT_SUPPORTED}).
     */
    Bucket bucket(String name, String key, int capacity, Duration period) {
        Allowance allowance = Allowance.configured(name, ConfigProvider.getConfig()
                .getOptionalValue("civitas.limit." + name, String.class), capacity, period);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(allowance.capacity())
                        .refillIntervally(allowance.capacity(), allowance.period()).build())
                .build();
        return buckets.builder().build(name + ":" + hash(key), () -> configuration);
    }

    /** 429 with when to try again, in whole minutes for people and to the second for {@code Retry-After}. */
    static Refusal refusal(String code, long nanosToWait) {
        Duration wait = Duration.ofNanos(nanosToWait);
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new Refusal(Refusal.Kind.TOO_MANY_ATTEMPTS, code, Messages.localized(code, minutes), wait.plusSeconds(1));
    }

    /** Forgets buckets that have refilled: they hold nothing a new one would not. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purgeExpired() {
        int removed = 0;
        for (int batch = buckets.removeExpired(500); batch > 0; batch = buckets.removeExpired(500)) {
            removed += batch;
        }
        return removed;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
