-- Issue 10, the filing form: a project's place (an address, a map point), its photo, and rich text descriptions.

ALTER TABLE budget_project
    ADD COLUMN address   VARCHAR(300),
    ADD COLUMN latitude  DOUBLE PRECISION,
    ADD COLUMN longitude DOUBLE PRECISION,
    ADD CONSTRAINT budget_project_point CHECK ((latitude IS NULL) = (longitude IS NULL)
        AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)));

-- One photo per project, re-encoded by the server (no EXIF, no GPS), gone with its project.
CREATE TABLE budget_project_photo (
    project_id   BIGINT PRIMARY KEY REFERENCES budget_project (id) ON DELETE CASCADE,
    media_type   VARCHAR(20) NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    bytes        BYTEA NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    alt          VARCHAR(300) NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);

-- Descriptions are now stored as sanitised HTML. The older ones were plain text: escaped, blank lines make
-- paragraphs and single line breaks stay breaks, as RichText.fromPlain writes them.
UPDATE budget_project SET description = '<p>' || regexp_replace(regexp_replace(regexp_replace(
        replace(replace(replace(btrim(replace(description, E'\r\n', E'\n')), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
        E'\n[ \t]*\n\\s*', '</p><p>', 'g'), E'\n', '<br />', 'g'), '<p></p>', '', 'g') || '</p>';
