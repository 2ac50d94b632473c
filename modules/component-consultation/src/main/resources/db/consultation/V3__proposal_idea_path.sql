-- A proposal drafted from a redirected idea links back to the idea's page (from_idea keeps the idea's id, which the
-- idea box's progress events name).
ALTER TABLE consultation_proposal ADD COLUMN idea_path VARCHAR(300);
