-- The participatory budget: projects filed by citizens, put to the vote per envelope, and the ballots.
-- EclipseLink takes the value it gets as the last of a block of 50: the first must be at least 50.
CREATE SEQUENCE budget_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE budget_project (
    id              BIGINT PRIMARY KEY,
    component_id    BIGINT NOT NULL,
    space_id        BIGINT NOT NULL,
    author_id       BIGINT NOT NULL,
    author          VARCHAR(60) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    description     TEXT NOT NULL,
    category        VARCHAR(100) NOT NULL,
    -- The envelope the project belongs to: a district code, or 'ville' for the city-wide envelope.
    envelope        VARCHAR(32) NOT NULL,
    cost            BIGINT NOT NULL CHECK (cost > 0),
    status          VARCHAR(20) NOT NULL,
    filed_at        TIMESTAMPTZ NOT NULL,
    from_idea       VARCHAR(100),
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX budget_project_instance ON budget_project (component_id, status);
CREATE INDEX budget_project_author ON budget_project (author_id);

-- One ballot per voter per envelope: the database refuses a second, whatever the code does.
CREATE TABLE budget_ballot (
    id              BIGINT PRIMARY KEY,
    component_id    BIGINT NOT NULL,
    envelope        VARCHAR(32) NOT NULL,
    voter_id        BIGINT NOT NULL,
    receipt         VARCHAR(40) NOT NULL,
    cast_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (component_id, envelope, voter_id)
);

CREATE TABLE budget_choice (
    ballot_id       BIGINT NOT NULL REFERENCES budget_ballot (id) ON DELETE CASCADE,
    project_id      BIGINT NOT NULL REFERENCES budget_project (id),
    PRIMARY KEY (ballot_id, project_id)
);
CREATE INDEX budget_choice_project ON budget_choice (project_id);
