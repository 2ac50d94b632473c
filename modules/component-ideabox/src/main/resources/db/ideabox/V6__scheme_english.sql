-- An external scheme's message can be written in English too: readers of English see it in the idea's history.
ALTER TABLE ideabox_scheme ADD COLUMN message_en TEXT;
