-- One comment table for every subject: a comment belongs to a consultation or to a budget
-- project, exactly one. A project's comments and their replies are text only: no place,
-- stance, topic or formal-remark details.
ALTER TABLE comment ALTER COLUMN consultation_id DROP NOT NULL;
ALTER TABLE comment ADD COLUMN project_id uuid REFERENCES budget_project (id) ON DELETE CASCADE;
ALTER TABLE comment ADD CONSTRAINT comment_one_subject
  CHECK (num_nonnulls(consultation_id, project_id) = 1);

ALTER TABLE comment DROP CONSTRAINT comment_reply_or_remark;
ALTER TABLE comment ADD CONSTRAINT comment_reply_or_remark CHECK (project_id IS NOT NULL OR
  (parent_id IS NULL) = (geometry IS NOT NULL AND stance IS NOT NULL));
ALTER TABLE comment ADD CONSTRAINT comment_project_text_only CHECK (project_id IS NULL OR
  (geometry IS NULL AND stance IS NULL AND topic_id IS NULL AND NOT formal_remark));

-- A project's comments, oldest first, paged by (created_at, id).
CREATE INDEX comment_project_id_created_at_id_idx ON comment (project_id, created_at, id);
