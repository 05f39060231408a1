-- Uploaded files: the bytes live in the file store (a folder or an S3 bucket) under storage_key.
CREATE TABLE stored_file (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  media_type     text NOT NULL CHECK (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes     bigint NOT NULL CHECK (size_bytes > 0),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key    text NOT NULL UNIQUE,
  uploaded_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_uploaded_by_id_idx ON stored_file (uploaded_by_id);

-- A document is a link or an uploaded file, never both.
ALTER TABLE consultation_document ALTER COLUMN url DROP NOT NULL;
ALTER TABLE consultation_document
  ADD COLUMN file_id uuid REFERENCES stored_file (id) ON DELETE RESTRICT,
  ADD CONSTRAINT consultation_document_link_or_file CHECK ((url IS NULL) <> (file_id IS NULL));
CREATE INDEX consultation_document_file_id_idx ON consultation_document (file_id);

-- A meeting in a place may be given by its address alone, without a point on the map.
ALTER TABLE meeting DROP CONSTRAINT meeting_has_place_or_link;
ALTER TABLE meeting
  ADD CONSTRAINT meeting_has_place_address_or_link
    CHECK (place IS NOT NULL OR address IS NOT NULL OR online_url IS NOT NULL);

-- Plan versions: a new import replaces the plan it names; the earlier one is kept, unlinked.
ALTER TABLE spatial_plan
  ADD COLUMN previous_version_id uuid REFERENCES spatial_plan (id) ON DELETE SET NULL,
  ADD COLUMN replaced_at timestamptz(3);
CREATE UNIQUE INDEX spatial_plan_previous_version_id_key ON spatial_plan (previous_version_id);

CREATE TYPE plan_reassignment_status AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- Re-deriving the zone of every remark once a plan is linked, in batches; `after_comment_id`
-- is the last remark done, so that a step interrupted by a restart goes on where it stopped.
CREATE TABLE plan_reassignment (
  plan_id          uuid PRIMARY KEY REFERENCES spatial_plan (id) ON DELETE CASCADE,
  consultation_id  uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  status           plan_reassignment_status NOT NULL DEFAULT 'RUNNING',
  total            integer NOT NULL CHECK (total >= 0),
  done             integer NOT NULL DEFAULT 0 CHECK (done >= 0),
  moved            integer NOT NULL DEFAULT 0 CHECK (moved >= 0),
  after_comment_id uuid,
  started_at       timestamptz(3) NOT NULL DEFAULT now(),
  finished_at      timestamptz(3)
);
CREATE INDEX plan_reassignment_consultation_id_idx ON plan_reassignment (consultation_id);
