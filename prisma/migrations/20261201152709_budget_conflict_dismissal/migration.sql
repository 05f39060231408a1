-- A conflict candidate (two projects located close together) a planner looked at and found no
-- conflict in; the pair is stored once, smaller id first, and no longer offered as a candidate.
CREATE TABLE budget_project_conflict_dismissal (
  project_a_id    uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  project_b_id    uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  dismissed_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  dismissed_at    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_a_id, project_b_id),
  CONSTRAINT budget_project_conflict_dismissal_ordered CHECK (project_a_id < project_b_id)
);
CREATE INDEX budget_project_conflict_dismissal_b_idx ON budget_project_conflict_dismissal (project_b_id);
