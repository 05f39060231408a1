-- Delivery of funded projects: dated updates with text, progress, actual cost and photos.
-- A project's current progress and actual cost are those of its latest update.
CREATE TABLE budget_delivery_update (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id         uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  reported_on        date NOT NULL,
  body               text NOT NULL,
  progress           integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  actual_cost_grosze bigint CHECK (actual_cost_grosze >= 0),
  author_id          uuid REFERENCES app_user (id) ON DELETE SET NULL,
  created_at         timestamptz(3) NOT NULL DEFAULT now(),
  updated_at         timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX budget_delivery_update_project_id_reported_on_idx
  ON budget_delivery_update (project_id, reported_on);
CREATE INDEX budget_delivery_update_author_id_idx ON budget_delivery_update (author_id);

-- An update's photos, in the order given; the file is an image upload of the files module.
CREATE TABLE budget_delivery_photo (
  update_id uuid NOT NULL REFERENCES budget_delivery_update (id) ON DELETE CASCADE,
  file_id   uuid NOT NULL REFERENCES stored_file (id) ON DELETE RESTRICT,
  position  integer NOT NULL,
  PRIMARY KEY (update_id, file_id)
);
CREATE INDEX budget_delivery_photo_file_id_idx ON budget_delivery_photo (file_id);
