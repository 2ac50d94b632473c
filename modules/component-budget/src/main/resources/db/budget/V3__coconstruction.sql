-- Co-construction: projects merged into one (status MERGED, merged_into), their credited authors, their followers,
-- and every project's public history. V2 and V4 belong to other slices of issue 10.

-- A merged project keeps its page, pointing to the project it became part of (which may itself be merged later).
ALTER TABLE budget_project ADD COLUMN merged_into BIGINT REFERENCES budget_project (id);

-- Everyone credited with a project: its filer, and the authors of the projects merged into it.
-- (Not budget_project_author: V1 gave that name to an index.)
CREATE TABLE budget_project_credit (
    project_id      BIGINT NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
    citizen_id      BIGINT NOT NULL,
    pseudonym       VARCHAR(60) NOT NULL,
    credited_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, citizen_id)
);
CREATE INDEX budget_project_credit_citizen ON budget_project_credit (citizen_id);

CREATE TABLE budget_project_follower (
    project_id      BIGINT NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
    citizen_id      BIGINT NOT NULL,
    PRIMARY KEY (project_id, citizen_id)
);
CREATE INDEX budget_project_follower_citizen ON budget_project_follower (citizen_id);

-- A project's public history; kinds are listed in ProjectHistory. Never the moderator's name.
CREATE TABLE budget_project_event (
    id              BIGSERIAL PRIMARY KEY,
    project_id      BIGINT NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
    at              TIMESTAMPTZ NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    detail          TEXT,
    related_id      BIGINT REFERENCES budget_project (id) ON DELETE SET NULL
);
CREATE INDEX budget_project_event_project ON budget_project_event (project_id, at);

-- Projects filed before this version: their filer is their author and follows them, and their history starts at filing.
INSERT INTO budget_project_credit (project_id, citizen_id, pseudonym, credited_at)
    SELECT id, author_id, author, filed_at FROM budget_project;
INSERT INTO budget_project_follower (project_id, citizen_id)
    SELECT id, author_id FROM budget_project WHERE author <> 'anonyme';
INSERT INTO budget_project_event (project_id, at, kind)
    SELECT id, filed_at, CASE WHEN status = 'DRAFT' THEN 'drafted' ELSE 'filed' END FROM budget_project;
