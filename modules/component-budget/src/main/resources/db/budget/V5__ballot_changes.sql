-- A ballot can be changed until the vote closes (optimistic version), and keeps, for turnout statistics only,
-- the voter's age band and declared district at the time of the vote: never the age or the address.
ALTER TABLE budget_ballot
    ADD COLUMN version        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN changed_at     TIMESTAMPTZ,
    ADD COLUMN age_band       VARCHAR(10) NOT NULL DEFAULT 'unknown',
    ADD COLUMN voter_district VARCHAR(32);
