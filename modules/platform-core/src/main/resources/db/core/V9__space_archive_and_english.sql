-- An archived space is kept for the record, read-only and hidden from everyone but administrators.
ALTER TABLE core_space ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;

-- What administrators write is French first; the English is optional, and French is shown when it is missing.
ALTER TABLE core_space ADD COLUMN title_en VARCHAR(200);
ALTER TABLE core_space ADD COLUMN description_en TEXT;
ALTER TABLE core_phase ADD COLUMN title_en VARCHAR(200);
ALTER TABLE core_phase ADD COLUMN description_en TEXT;
ALTER TABLE core_component ADD COLUMN title_en VARCHAR(200);
