-- Reports weigh by the reporter's account age (ReportWeight): points, two for a full report.
ALTER TABLE core_moderation ADD COLUMN report_points INTEGER NOT NULL DEFAULT 0;
UPDATE core_moderation SET report_points = report_count * 2;
