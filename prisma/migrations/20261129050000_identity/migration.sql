CREATE TYPE unit_kind AS ENUM ('CITY_BUREAU', 'DISTRICT_OFFICE');
CREATE TYPE role AS ENUM ('MODERATOR', 'PLANNER', 'ADMIN');

CREATE TABLE organisation_unit (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       unit_kind NOT NULL,
  name       text NOT NULL CHECK (length(trim(name)) > 0),
  slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  area_id    uuid REFERENCES area (id),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT organisation_unit_district_office_has_area
    CHECK (kind <> 'DISTRICT_OFFICE' OR area_id IS NOT NULL)
);
CREATE UNIQUE INDEX organisation_unit_slug_key ON organisation_unit (slug);

CREATE TABLE app_user (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email               text CHECK (email = lower(email) AND email LIKE '%_@_%'),
  password_hash       text,
  display_name        text CHECK (length(trim(display_name)) BETWEEN 1 AND 80),
  birth_year          integer CHECK (birth_year BETWEEN 1900 AND 2100),
  verified_at         timestamptz(3),
  verified_by_id      uuid REFERENCES app_user (id),
  verification_method text,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  deleted_at          timestamptz(3),
  CONSTRAINT app_user_verification_complete
    CHECK ((verified_at IS NULL) = (verification_method IS NULL)),
  CONSTRAINT app_user_deleted_is_empty
    CHECK (deleted_at IS NULL OR (email IS NULL AND password_hash IS NULL AND display_name IS NULL)),
  CONSTRAINT app_user_active_has_login
    CHECK (deleted_at IS NOT NULL OR (email IS NOT NULL AND password_hash IS NOT NULL))
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);

CREATE TABLE role_grant (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  role       role NOT NULL,
  unit_id    uuid REFERENCES organisation_unit (id),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT role_grant_planner_has_unit CHECK ((role = 'PLANNER') = (unit_id IS NOT NULL))
);
CREATE UNIQUE INDEX role_grant_unique ON role_grant (user_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE session (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  token_hash text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  revoked_at timestamptz(3)
);
CREATE UNIQUE INDEX session_token_hash_key ON session (token_hash);
CREATE INDEX session_user_id_idx ON session (user_id);

CREATE TABLE access_token (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name         text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  token_hash   text NOT NULL,
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  last_used_at timestamptz(3),
  revoked_at   timestamptz(3)
);
CREATE UNIQUE INDEX access_token_token_hash_key ON access_token (token_hash);
CREATE INDEX access_token_user_id_idx ON access_token (user_id);

CREATE TABLE audit_event (
  id          bigserial PRIMARY KEY,
  actor_id    uuid REFERENCES app_user (id),
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text NOT NULL,
  before      jsonb,
  after       jsonb,
  created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_target_type_target_id_idx ON audit_event (target_type, target_id);
CREATE INDEX audit_event_created_at_idx ON audit_event (created_at);
