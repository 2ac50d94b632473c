-- Steps the platform writes itself (a merged duplicate, what became of a redirected idea) exist in both
-- languages; a moderator's message stays in the language it was written in (message_en null).
ALTER TABLE ideabox_step ADD COLUMN message_en TEXT;
