-- Keys the platform makes for itself on first use, the same for every node: e.g. the key of the address hashes
-- an audit keeps. Not readable through any API.
CREATE TABLE core_secret (
    name        VARCHAR(60) PRIMARY KEY,
    value       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
