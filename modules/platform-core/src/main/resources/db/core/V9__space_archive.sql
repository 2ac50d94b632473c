-- An archived space is kept for the record, read-only and hidden from everyone but administrators.
ALTER TABLE core_space ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
