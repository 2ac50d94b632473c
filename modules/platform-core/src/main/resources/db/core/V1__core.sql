-- Core schema: accounts, districts, spaces, component instances, outbox, audit, moderation.
CREATE SEQUENCE core_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_district (
    code        VARCHAR(32) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE core_citizen (
    id                  BIGINT PRIMARY KEY,
    email               VARCHAR(320) UNIQUE,
    email_verified      BOOLEAN NOT NULL DEFAULT FALSE,
    pseudonym           VARCHAR(60) NOT NULL UNIQUE,
    password_hash       VARCHAR(200),
    roles               VARCHAR(200) NOT NULL,
    directorate         VARCHAR(200),
    birth_date          DATE,
    address             VARCHAR(500),
    district_code       VARCHAR(32) REFERENCES core_district(code),
    locale              VARCHAR(5) NOT NULL DEFAULT 'fr',
    terms_accepted_at   TIMESTAMPTZ,
    newsletter_consent  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL,
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    erased_at           TIMESTAMPTZ,
    version             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE core_api_token (
    id          BIGINT PRIMARY KEY,
    citizen_id  BIGINT NOT NULL REFERENCES core_citizen(id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE core_account_token (
    id          BIGINT PRIMARY KEY,
    citizen_id  BIGINT NOT NULL REFERENCES core_citizen(id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

CREATE TABLE core_space (
    id                BIGINT PRIMARY KEY,
    slug              VARCHAR(80) NOT NULL UNIQUE,
    title             VARCHAR(200) NOT NULL,
    description       TEXT NOT NULL,
    starts_on         DATE NOT NULL,
    ends_on           DATE,
    published         BOOLEAN NOT NULL DEFAULT FALSE,
    current_phase_id  BIGINT,
    created_at        TIMESTAMPTZ NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE core_phase (
    id          BIGINT PRIMARY KEY,
    space_id    BIGINT NOT NULL REFERENCES core_space(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT,
    starts_on   DATE,
    ends_on     DATE
);

CREATE TABLE core_component (
    id              BIGINT PRIMARY KEY,
    space_id        BIGINT NOT NULL REFERENCES core_space(id) ON DELETE CASCADE,
    manifest_id     VARCHAR(31) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    position        INTEGER NOT NULL,
    published       BOOLEAN NOT NULL DEFAULT FALSE,
    settings        TEXT NOT NULL,
    phase_settings  TEXT NOT NULL
);

CREATE TABLE core_outbox (
    id              VARCHAR(36) PRIMARY KEY,
    seq             BIGSERIAL UNIQUE,
    type            VARCHAR(300) NOT NULL,
    version         INTEGER NOT NULL,
    component       VARCHAR(31) NOT NULL,
    aggregate_id    VARCHAR(100) NOT NULL,
    payload         TEXT NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    last_error      TEXT
);
CREATE INDEX core_outbox_due ON core_outbox (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX core_outbox_aggregate ON core_outbox (component, aggregate_id, seq) WHERE delivered_at IS NULL;

CREATE TABLE core_consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    VARCHAR(36) NOT NULL,
    consumed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE core_audit (
    id              BIGINT PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    actor_id        BIGINT,
    actor_pseudonym VARCHAR(60),
    action          VARCHAR(100) NOT NULL,
    target_type     VARCHAR(100) NOT NULL,
    target_id       VARCHAR(100) NOT NULL,
    reason          TEXT,
    details         TEXT
);
-- The audit log is append-only.
CREATE FUNCTION core_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'core_audit is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER core_audit_no_change BEFORE UPDATE OR DELETE ON core_audit
    FOR EACH ROW EXECUTE FUNCTION core_audit_append_only();

CREATE TABLE core_moderation (
    id              BIGINT PRIMARY KEY,
    component       VARCHAR(31) NOT NULL,
    contribution_id VARCHAR(100) NOT NULL,
    title           VARCHAR(300),
    status          VARCHAR(20) NOT NULL,
    report_count    INTEGER NOT NULL DEFAULT 0,
    decided_at      TIMESTAMPTZ,
    decision_reason TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (component, contribution_id)
);

CREATE TABLE core_report (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES core_moderation(id) ON DELETE CASCADE,
    reporter_id     BIGINT REFERENCES core_citizen(id) ON DELETE SET NULL,
    reason          VARCHAR(30) NOT NULL,
    details         TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, reporter_id)
);

-- Paris's 20 arrondissements, the default districts (administrators edit them in the portal).
INSERT INTO core_district (code, name, position) VALUES
 ('75001', 'Paris Centre (1er)', 1), ('75002', 'Paris Centre (2e)', 2), ('75003', 'Paris Centre (3e)', 3),
 ('75004', 'Paris Centre (4e)', 4), ('75005', '5e arrondissement', 5), ('75006', '6e arrondissement', 6),
 ('75007', '7e arrondissement', 7), ('75008', '8e arrondissement', 8), ('75009', '9e arrondissement', 9),
 ('75010', '10e arrondissement', 10), ('75011', '11e arrondissement', 11), ('75012', '12e arrondissement', 12),
 ('75013', '13e arrondissement', 13), ('75014', '14e arrondissement', 14), ('75015', '15e arrondissement', 15),
 ('75016', '16e arrondissement', 16), ('75017', '17e arrondissement', 17), ('75018', '18e arrondissement', 18),
 ('75019', '19e arrondissement', 19), ('75020', '20e arrondissement', 20);
