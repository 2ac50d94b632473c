-- E-mails waiting to be sent. The outbox event MailQueued (version 2) carries only a row's id: the courier
-- reads the citizen's current address when it sends, issues the link's single-use token then, and deletes
-- the row. An address, a text or a token never reaches the outbox, Kafka or the logs.
CREATE TABLE core_mail (
    id          BIGINT PRIMARY KEY,
    citizen_id  BIGINT NOT NULL REFERENCES core_citizen(id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    body        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX core_mail_citizen ON core_mail (citizen_id);

-- Version 1 of MailQueued carried the address, the text and the link with its token. None is kept, delivered
-- or not: a mail still waiting at the upgrade is lost, and the person asks for a new link.
DELETE FROM core_outbox WHERE type = 'org.civitas.core.event.MailQueued';

-- The purge job deletes expired tokens.
CREATE INDEX core_account_token_expires ON core_account_token (expires_at);
CREATE INDEX core_api_token_expires ON core_api_token (expires_at);
