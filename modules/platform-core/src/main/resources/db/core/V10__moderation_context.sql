-- Moderation in context: what kind of contribution, where it is (component instance, hence space), a link and an
-- excerpt of the words reported, and when reports came in (for the queue's filters and order).
ALTER TABLE core_moderation
    ADD COLUMN kind_fr VARCHAR(60),
    ADD COLUMN kind_en VARCHAR(60),
    ADD COLUMN path VARCHAR(300),
    ADD COLUMN excerpt VARCHAR(500),
    ADD COLUMN instance_id BIGINT,
    ADD COLUMN first_reported_at TIMESTAMPTZ,
    ADD COLUMN last_reported_at TIMESTAMPTZ;
UPDATE core_moderation m SET first_reported_at = r.first, last_reported_at = r.last
    FROM (SELECT case_id, MIN(created_at) AS first, MAX(created_at) AS last FROM core_report GROUP BY case_id) r
    WHERE r.case_id = m.id;
CREATE INDEX core_moderation_open ON core_moderation (status, report_count DESC, id);
CREATE INDEX core_report_reporter ON core_report (reporter_id);
