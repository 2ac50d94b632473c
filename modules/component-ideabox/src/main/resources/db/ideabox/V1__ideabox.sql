-- The idea box: ideas, their public history, supports, followers, credited co-authors (merged duplicates),
-- comments, and the moderators' editable reason templates and external schemes.
CREATE SEQUENCE ideabox_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE ideabox_idea (
    id                     BIGINT PRIMARY KEY,
    component_id           BIGINT NOT NULL,
    space_id               BIGINT NOT NULL,
    author_id              BIGINT NOT NULL,
    author_pseudonym       VARCHAR(60) NOT NULL,
    title                  VARCHAR(150) NOT NULL,
    body                   TEXT NOT NULL,
    category               VARCHAR(100) NOT NULL,
    district               VARCHAR(32),
    address                VARCHAR(300),
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    status                 VARCHAR(30) NOT NULL,
    duplicate_of           BIGINT REFERENCES ideabox_idea(id),
    redirect_label         VARCHAR(300),
    redirect_link          VARCHAR(500),
    redirect_component_id  BIGINT,
    redirect_draft_id      VARCHAR(100),
    assignee_id            BIGINT,
    assignee_pseudonym     VARCHAR(60),
    supports               INTEGER NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL,
    submitted_at           TIMESTAMPTZ,
    first_decision_at      TIMESTAMPTZ,
    version                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ideabox_idea_queue ON ideabox_idea (component_id, status, submitted_at);
CREATE INDEX ideabox_idea_author ON ideabox_idea (author_id);

-- Public history: what a citizen sees on the idea's page. Never who decided.
CREATE TABLE ideabox_step (
    id          BIGINT PRIMARY KEY,
    idea_id     BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    status      VARCHAR(30) NOT NULL,
    message     TEXT,
    link        VARCHAR(500),
    link_label  VARCHAR(300)
);
CREATE INDEX ideabox_step_idea ON ideabox_step (idea_id, at);

CREATE TABLE ideabox_support (
    idea_id     BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    citizen_id  BIGINT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (idea_id, citizen_id)
);

CREATE TABLE ideabox_follower (
    idea_id     BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    citizen_id  BIGINT NOT NULL,
    PRIMARY KEY (idea_id, citizen_id)
);

-- Authors of duplicates merged into an idea, credited on its page.
CREATE TABLE ideabox_credit (
    idea_id     BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    citizen_id  BIGINT NOT NULL,
    pseudonym   VARCHAR(60) NOT NULL,
    PRIMARY KEY (idea_id, citizen_id)
);

CREATE TABLE ideabox_comment (
    id                BIGINT PRIMARY KEY,
    idea_id           BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    author_id         BIGINT NOT NULL,
    author_pseudonym  VARCHAR(60) NOT NULL,
    body              TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX ideabox_comment_idea ON ideabox_comment (idea_id, created_at);

CREATE TABLE ideabox_reason (
    id            BIGINT PRIMARY KEY,
    component_id  BIGINT NOT NULL,
    label         VARCHAR(150) NOT NULL,
    text          TEXT NOT NULL
);

CREATE TABLE ideabox_scheme (
    id            BIGINT PRIMARY KEY,
    component_id  BIGINT NOT NULL,
    name          VARCHAR(150) NOT NULL,
    url           VARCHAR(500) NOT NULL,
    message       TEXT NOT NULL
);
