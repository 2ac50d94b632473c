-- What an audit of the vote needs, and no more: a keyed hash of the address the ballot came from (never the
-- address) and how old the voter's account was, in days, when they voted.
ALTER TABLE budget_ballot
    ADD COLUMN address_hash     VARCHAR(64),
    ADD COLUMN account_age_days INTEGER;
