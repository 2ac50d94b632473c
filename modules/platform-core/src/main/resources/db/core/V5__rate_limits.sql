-- Bucket4j's token buckets (SharedRateLimits), shared by every node; ids are "<allowance>:<SHA-256 of the key>".
CREATE TABLE core_rate_limit (
    id         VARCHAR(120) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX core_rate_limit_expiry ON core_rate_limit (expires_at);
