-- Projects in a popular neighbourhood (Paris: its "quartiers populaires") may be funded from the share of the
-- budget reserved to them, before the general count.
ALTER TABLE budget_project ADD COLUMN popular BOOLEAN NOT NULL DEFAULT FALSE;
