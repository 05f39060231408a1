-- The moderation queue starts from the open reports, the list of hidden remarks from the hidden
-- ones: both small parts of their tables, so each gets a partial index instead of a scan.
-- (Partial indexes have no Prisma form; the models are unchanged.)
CREATE INDEX comment_report_open_idx ON comment_report (comment_id, created_at)
  WHERE resolved_at IS NULL;

CREATE INDEX comment_hidden_idx ON comment (created_at, id) WHERE status = 'HIDDEN';
