-- Notices shown in the portal (the e-mail copy goes through the outbox); both languages are kept so the
-- citizen reads them in the language they use at the time.
CREATE TABLE core_notification (
    id          BIGINT PRIMARY KEY,
    citizen_id  BIGINT NOT NULL REFERENCES core_citizen(id) ON DELETE CASCADE,
    subject_fr  VARCHAR(300) NOT NULL,
    subject_en  VARCHAR(300) NOT NULL,
    body_fr     TEXT NOT NULL,
    body_en     TEXT NOT NULL,
    path        VARCHAR(500),
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX core_notification_citizen ON core_notification (citizen_id, created_at DESC);
