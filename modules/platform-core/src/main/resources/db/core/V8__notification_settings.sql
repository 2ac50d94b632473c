-- Each citizen's notification settings: the kinds they do not want to hear of, and how notices reach them
-- by e-mail. No row means the default: every kind, one mail per notice.
CREATE TABLE core_notification_setting (
    citizen_id  BIGINT PRIMARY KEY REFERENCES core_citizen(id) ON DELETE CASCADE,
    digest      VARCHAR(10) NOT NULL CHECK (digest IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'))
);
CREATE TABLE core_notification_muted (
    citizen_id  BIGINT NOT NULL REFERENCES core_notification_setting(citizen_id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    PRIMARY KEY (citizen_id, kind)
);

-- A notice's kind, and whether it waits for its reader's next digest.
ALTER TABLE core_notification ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'CONTRIBUTION';
ALTER TABLE core_notification ADD COLUMN digest_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX core_notification_digest ON core_notification (citizen_id, created_at) WHERE digest_pending;

-- One digest per citizen and period (a day, or a week from Monday), ever: the key makes a second node's (or a
-- second run's) insert a no-op.
CREATE TABLE core_digest (
    citizen_id    BIGINT NOT NULL REFERENCES core_citizen(id) ON DELETE CASCADE,
    period_start  TIMESTAMPTZ NOT NULL,
    period_end    TIMESTAMPTZ NOT NULL,
    sent_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (citizen_id, period_start, period_end)
);
