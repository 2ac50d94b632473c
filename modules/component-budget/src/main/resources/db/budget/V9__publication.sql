-- Publication is its own recorded act, once per budget: results are public from then on and nothing that would
-- change them (ballots, the ballot's list, filings, merges) is accepted any more.
CREATE TABLE budget_publication (
    component_id  BIGINT PRIMARY KEY,
    published_at  TIMESTAMPTZ NOT NULL
);
