-- Replies one level deep (a reply's parent is never itself a reply), and when its author last changed a comment.
ALTER TABLE ideabox_comment ADD COLUMN parent_id BIGINT REFERENCES ideabox_comment(id) ON DELETE CASCADE;
ALTER TABLE ideabox_comment ADD COLUMN edited_at TIMESTAMPTZ;
CREATE INDEX ideabox_comment_parent ON ideabox_comment (parent_id);
