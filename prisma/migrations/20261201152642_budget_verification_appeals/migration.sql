-- Verification of budget projects as Warsaw does it: a formal check, then a merit evaluation,
-- each a checklist with a decision and a public justification, assigned to a city unit and/or a
-- reviewer with a due date. An author appeals a negative decision once, during APPEALS.
CREATE TYPE budget_evaluation_stage AS ENUM ('FORMAL', 'MERIT');
CREATE TYPE budget_evaluation_decision AS ENUM ('POSITIVE', 'NEGATIVE');
CREATE TYPE budget_appeal_decision AS ENUM ('REINSTATED', 'DISMISSED');

CREATE TABLE budget_project_evaluation (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id    uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  stage         budget_evaluation_stage NOT NULL,
  -- The stage's items as the office ticked them: [{ "item": text, "met": boolean }].
  checklist     jsonb NOT NULL CHECK (jsonb_typeof(checklist) = 'array'),
  unit_id       uuid REFERENCES organisation_unit (id) ON DELETE SET NULL,
  reviewer_id   uuid REFERENCES app_user (id) ON DELETE SET NULL,
  due_at        timestamptz(3),
  decision      budget_evaluation_decision,
  justification text CHECK (length(justification) <= 5000),
  decided_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  decided_at    timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT budget_project_evaluation_stage_unique UNIQUE (project_id, stage),
  CONSTRAINT budget_project_evaluation_decided CHECK ((decision IS NULL) = (decided_at IS NULL)),
  CONSTRAINT budget_project_evaluation_negative_justified CHECK (
    decision IS DISTINCT FROM 'NEGATIVE' OR length(trim(justification)) > 0)
);
CREATE INDEX budget_project_evaluation_reviewer_idx ON budget_project_evaluation (reviewer_id);
CREATE INDEX budget_project_evaluation_unit_idx ON budget_project_evaluation (unit_id);

-- One appeal per negative decision.
CREATE TABLE budget_project_appeal (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  evaluation_id uuid NOT NULL UNIQUE REFERENCES budget_project_evaluation (id) ON DELETE CASCADE,
  project_id    uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  author_id     uuid REFERENCES app_user (id) ON DELETE SET NULL,
  text          text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
  decision      budget_appeal_decision,
  justification text CHECK (length(justification) <= 5000),
  decided_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  decided_at    timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT budget_project_appeal_decided CHECK (
    (decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL OR length(trim(justification)) > 0))
);
CREATE INDEX budget_project_appeal_project_idx ON budget_project_appeal (project_id);

CREATE TABLE budget_appeal_file (
  appeal_id uuid NOT NULL REFERENCES budget_project_appeal (id) ON DELETE CASCADE,
  file_id   uuid NOT NULL REFERENCES stored_file (id) ON DELETE RESTRICT,
  position  int NOT NULL,
  PRIMARY KEY (appeal_id, file_id)
);
CREATE INDEX budget_appeal_file_file_idx ON budget_appeal_file (file_id);
