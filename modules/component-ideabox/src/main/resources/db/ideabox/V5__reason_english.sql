-- A standard reason can be written in English too: readers of English see it in the idea's history.
ALTER TABLE ideabox_reason ADD COLUMN label_en VARCHAR(150), ADD COLUMN text_en TEXT;
