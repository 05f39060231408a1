-- Residents propose projects: drafts, authors and co-authors, consent to publish, uploads.
-- A DRAFT is seen only by its authors: no list, tile, export or tally reads it.
ALTER TYPE budget_project_status ADD VALUE 'DRAFT' BEFORE 'SUBMITTED';

ALTER TABLE budget_project
  ADD COLUMN consent_to_publish boolean NOT NULL DEFAULT false,
  ADD COLUMN submitted_at timestamptz(3);

-- Otherwise only verified residents may propose.
ALTER TABLE budget_edition ADD COLUMN proposals_open_to_all boolean NOT NULL DEFAULT false;

CREATE TYPE budget_project_author_role AS ENUM ('AUTHOR', 'COAUTHOR');

-- A pending co-author has an invitation (the e-mail it went to, the hash of its token) and no
-- user yet; accepting it sets the user and accepted_at and forgets the token.
CREATE TABLE budget_project_author (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id            uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  user_id               uuid REFERENCES app_user (id) ON DELETE CASCADE,
  role                  budget_project_author_role NOT NULL,
  invitation_email      text CHECK (invitation_email = lower(invitation_email)),
  invitation_token_hash text UNIQUE,
  invited_at            timestamptz(3) NOT NULL DEFAULT now(),
  accepted_at           timestamptz(3),
  CONSTRAINT budget_project_author_accepted CHECK ((user_id IS NULL) = (accepted_at IS NULL)),
  CONSTRAINT budget_project_author_pending_invited CHECK (
    user_id IS NOT NULL OR (invitation_email IS NOT NULL AND invitation_token_hash IS NOT NULL)),
  CONSTRAINT budget_project_author_author_is_user CHECK (role = 'COAUTHOR' OR user_id IS NOT NULL)
);
CREATE UNIQUE INDEX budget_project_author_user_unique ON budget_project_author (project_id, user_id);
CREATE UNIQUE INDEX budget_project_author_one_author ON budget_project_author (project_id)
  WHERE role = 'AUTHOR';
CREATE UNIQUE INDEX budget_project_author_invitation_unique
  ON budget_project_author (project_id, invitation_email);
CREATE INDEX budget_project_author_user_idx ON budget_project_author (user_id);

CREATE TYPE budget_project_file_kind AS ENUM ('IMAGE', 'ATTACHMENT');

CREATE TABLE budget_project_file (
  project_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  file_id    uuid NOT NULL REFERENCES stored_file (id) ON DELETE RESTRICT,
  kind       budget_project_file_kind NOT NULL,
  position   int NOT NULL,
  PRIMARY KEY (project_id, file_id)
);
CREATE INDEX budget_project_file_file_idx ON budget_project_file (file_id);
