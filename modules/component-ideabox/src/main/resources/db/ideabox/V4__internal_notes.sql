-- Moderators' and the assigned agent's notes on an idea: never on its page, its public history or the API's idea.
CREATE TABLE ideabox_note (
    id                BIGINT PRIMARY KEY,
    idea_id           BIGINT NOT NULL REFERENCES ideabox_idea(id) ON DELETE CASCADE,
    author_id         BIGINT NOT NULL,
    author_pseudonym  VARCHAR(60) NOT NULL,
    body              TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX ideabox_note_idea ON ideabox_note (idea_id, created_at);
