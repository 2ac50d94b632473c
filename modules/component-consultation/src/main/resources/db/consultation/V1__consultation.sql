-- Consultations: a directorate's draft text (sections, in versions) and questions put to the public; citizens'
-- proposals, argued votes, comments and amendments; the city's answers, synthesis and decision.
-- EclipseLink takes the value it gets as the last of a block of 50: the first must be at least 50.
CREATE SEQUENCE consultation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE consultation_consultation (
    id              BIGINT PRIMARY KEY,
    component_id    BIGINT NOT NULL,
    space_id        BIGINT NOT NULL,
    -- The directorate that runs it: only its agents (and administrators) edit, answer and decide.
    directorate     VARCHAR(100) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    -- Sanitised HTML.
    context         TEXT NOT NULL,
    opens_at        TIMESTAMPTZ NOT NULL,
    closes_at       TIMESTAMPTZ NOT NULL CHECK (closes_at > opens_at),
    -- DRAFT (its agents only), PUBLISHED (readable; participation between opens_at and closes_at).
    status          VARCHAR(20) NOT NULL,
    -- The text's last published version (0: none yet).
    current_version INTEGER NOT NULL DEFAULT 0,
    created_by      BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    -- After closing: the synthesis (sanitised HTML) and the final decision.
    synthesis       TEXT,
    synthesis_at    TIMESTAMPTZ,
    decision        TEXT,
    adopted_version INTEGER,
    decided_at      TIMESTAMPTZ,
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consultation_consultation_instance ON consultation_consultation (component_id, status);

-- Attached documents: PDF only (checked from the bytes), size-limited by the service.
CREATE TABLE consultation_document (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    title           VARCHAR(200) NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    size_bytes      INTEGER NOT NULL,
    content         BYTEA NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX consultation_document_of ON consultation_document (consultation_id);

-- A version of the text: the draft being written has published_at NULL; at most one draft per consultation.
CREATE TABLE consultation_text_version (
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    number          INTEGER NOT NULL CHECK (number >= 1),
    changelog       TEXT,
    published_at    TIMESTAMPTZ,
    published_by    BIGINT,
    PRIMARY KEY (consultation_id, number)
);
CREATE UNIQUE INDEX consultation_one_draft ON consultation_text_version (consultation_id) WHERE published_at IS NULL;

-- A section (article, paragraph) keeps its identity across versions, so amendments and proposals stay attached.
CREATE TABLE consultation_section (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id)
);
CREATE INDEX consultation_section_of ON consultation_section (consultation_id);

-- A section's words in one version; a section absent from a version was removed in it. Never updated once the
-- version is published: every version stays readable.
CREATE TABLE consultation_section_text (
    section_id      BIGINT NOT NULL REFERENCES consultation_section (id),
    consultation_id BIGINT NOT NULL,
    version_number  INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    title           VARCHAR(200) NOT NULL,
    -- Sanitised HTML.
    body            TEXT NOT NULL,
    -- The amendment whose acceptance wrote these words, to credit its author.
    from_amendment  BIGINT,
    PRIMARY KEY (section_id, version_number),
    FOREIGN KEY (consultation_id, version_number) REFERENCES consultation_text_version (consultation_id, number)
);
CREATE INDEX consultation_section_text_version ON consultation_section_text (consultation_id, version_number, position);

-- Questions put with the text: OPEN (answered by proposals) or CLOSED (one of its options, once per person).
CREATE TABLE consultation_question (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    position        INTEGER NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    text            VARCHAR(500) NOT NULL,
    -- A closed question's options, one per line.
    options         TEXT
);
CREATE INDEX consultation_question_of ON consultation_question (consultation_id, position);

CREATE TABLE consultation_choice (
    question_id     BIGINT NOT NULL REFERENCES consultation_question (id),
    citizen_id      BIGINT NOT NULL,
    option_index    INTEGER NOT NULL CHECK (option_index >= 0),
    -- Who took part, as the synthesis counts them (never who they are): their district and age band then.
    participant_district VARCHAR(32),
    age_band        VARCHAR(10),
    chosen_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (question_id, citizen_id)
);

-- A citizen's proposal, under a section or a question (or the consultation as a whole).
CREATE TABLE consultation_proposal (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    component_id    BIGINT NOT NULL,
    space_id        BIGINT NOT NULL,
    section_id      BIGINT REFERENCES consultation_section (id),
    question_id     BIGINT REFERENCES consultation_question (id),
    author_id       BIGINT NOT NULL,
    author          VARCHAR(60) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    -- Sanitised HTML; amendments the author accepts rewrite it (the earlier words stay in consultation_revision).
    body            TEXT NOT NULL,
    -- The proposal's words' version: 1, then one more per accepted amendment.
    revision        INTEGER NOT NULL DEFAULT 1,
    address         VARCHAR(200),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    district        VARCHAR(32),
    -- DRAFT (its author only), PUBLISHED, WITHDRAWN (by its author; stays readable).
    status          VARCHAR(20) NOT NULL,
    -- Who took part, as the synthesis counts them (never who they are): their district and age band then.
    participant_district VARCHAR(32),
    age_band        VARCHAR(10),
    created_at      TIMESTAMPTZ NOT NULL,
    published_at    TIMESTAMPTZ,
    from_idea       VARCHAR(100),
    -- A rejected amendment promoted to a proposal of its own.
    from_amendment  BIGINT,
    -- The city's answer after closing: ACCEPTED, REJECTED or CONSIDERED ("taken into account"), with its text.
    answer          VARCHAR(20),
    answer_text     TEXT,
    answered_at     TIMESTAMPTZ,
    -- Counters kept in the same transaction as what they count; hidden contributions are not counted.
    agree_count     INTEGER NOT NULL DEFAULT 0,
    mixed_count     INTEGER NOT NULL DEFAULT 0,
    disagree_count  INTEGER NOT NULL DEFAULT 0,
    argument_count  INTEGER NOT NULL DEFAULT 0,
    amendment_count INTEGER NOT NULL DEFAULT 0,
    comment_count   INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consultation_proposal_of ON consultation_proposal (consultation_id, status);
CREATE INDEX consultation_proposal_author ON consultation_proposal (author_id);

-- A proposal's earlier words, kept when an accepted amendment rewrites them.
CREATE TABLE consultation_revision (
    proposal_id     BIGINT NOT NULL REFERENCES consultation_proposal (id),
    revision        INTEGER NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            TEXT NOT NULL,
    from_amendment  BIGINT,
    written_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (proposal_id, revision)
);

-- One vote per person per proposal, changeable until close: the database refuses a second.
CREATE TABLE consultation_vote (
    id              BIGINT PRIMARY KEY,
    proposal_id     BIGINT NOT NULL REFERENCES consultation_proposal (id),
    voter_id        BIGINT NOT NULL,
    voter           VARCHAR(60) NOT NULL,
    -- AGREE, MIXED or DISAGREE.
    stance          VARCHAR(10) NOT NULL,
    -- The optional short argument, shown for or against; reportable as an argument.
    argument        VARCHAR(1000),
    support_count   INTEGER NOT NULL DEFAULT 0,
    -- Who took part, as the synthesis counts them (never who they are): their district and age band then.
    participant_district VARCHAR(32),
    age_band        VARCHAR(10),
    cast_at         TIMESTAMPTZ NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (proposal_id, voter_id)
);

-- "D'accord" with an argument, once per person.
CREATE TABLE consultation_argument_support (
    vote_id         BIGINT NOT NULL REFERENCES consultation_vote (id) ON DELETE CASCADE,
    citizen_id      BIGINT NOT NULL,
    PRIMARY KEY (vote_id, citizen_id)
);

-- Comments on a proposal, threaded one level (a reply's parent is a comment without parent).
CREATE TABLE consultation_comment (
    id              BIGINT PRIMARY KEY,
    proposal_id     BIGINT NOT NULL REFERENCES consultation_proposal (id),
    parent_id       BIGINT REFERENCES consultation_comment (id),
    author_id       BIGINT NOT NULL,
    author          VARCHAR(60) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    support_count   INTEGER NOT NULL DEFAULT 0,
    -- Who took part, as the synthesis counts them (never who they are): their district and age band then.
    participant_district VARCHAR(32),
    age_band        VARCHAR(10),
    written_at      TIMESTAMPTZ NOT NULL,
    edited_at       TIMESTAMPTZ,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX consultation_comment_of ON consultation_comment (proposal_id, written_at);

CREATE TABLE consultation_comment_support (
    comment_id      BIGINT NOT NULL REFERENCES consultation_comment (id),
    citizen_id      BIGINT NOT NULL,
    PRIMARY KEY (comment_id, citizen_id)
);

-- An amendment: new words for a proposal or a section, written on one version of them.
CREATE TABLE consultation_amendment (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    proposal_id     BIGINT REFERENCES consultation_proposal (id),
    section_id      BIGINT REFERENCES consultation_section (id),
    -- The version the words were written on: the proposal's revision, or the text's version number.
    base_version    INTEGER NOT NULL,
    author_id       BIGINT NOT NULL,
    author          VARCHAR(60) NOT NULL,
    title           VARCHAR(200) NOT NULL,
    -- The amended words (sanitised HTML), whole: the diff is computed against the base version.
    body            TEXT NOT NULL,
    explanation     VARCHAR(2000),
    -- DRAFT, EVALUATING, ACCEPTED, REJECTED, WITHDRAWN, OUTDATED (another amendment was accepted on its base).
    state           VARCHAR(20) NOT NULL,
    reason          TEXT,
    decided_by      BIGINT,
    decided_at      TIMESTAMPTZ,
    -- The version its acceptance created, and the proposal a rejected amendment became.
    result_version  INTEGER,
    promoted_to     BIGINT,
    -- Who took part, as the synthesis counts them (never who they are): their district and age band then.
    participant_district VARCHAR(32),
    age_band        VARCHAR(10),
    created_at      TIMESTAMPTZ NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    CHECK ((proposal_id IS NULL) <> (section_id IS NULL))
);
CREATE INDEX consultation_amendment_of ON consultation_amendment (consultation_id, state);
CREATE INDEX consultation_amendment_proposal ON consultation_amendment (proposal_id);
CREATE INDEX consultation_amendment_section ON consultation_amendment (section_id);

-- Who follows a consultation (proposal_id 0) or one of its proposals.
CREATE TABLE consultation_follow (
    consultation_id BIGINT NOT NULL REFERENCES consultation_consultation (id),
    proposal_id     BIGINT NOT NULL DEFAULT 0,
    citizen_id      BIGINT NOT NULL,
    since           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consultation_id, proposal_id, citizen_id)
);
CREATE INDEX consultation_follow_citizen ON consultation_follow (citizen_id);
