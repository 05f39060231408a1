CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary lets a
-- generated column and an index use it, so "Zoliborz" finds "Żoliborz".
CREATE FUNCTION plac_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TYPE consultation_status AS ENUM ('DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'REPORTED');
CREATE TYPE document_kind AS ENUM ('PLAN_TEXT', 'PLAN_DRAWING', 'FORECAST', 'ENVIRONMENTAL_REPORT', 'ANNOUNCEMENT', 'REPORT', 'OTHER');
CREATE TYPE meeting_kind AS ENUM ('OPEN_MEETING', 'WORKSHOP', 'STUDY_WALK', 'CONSULTATION_POINT', 'SURVEY');

CREATE TABLE consultation (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title               text NOT NULL CHECK (length(trim(title)) BETWEEN 3 AND 200),
  summary             text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
  description         text NOT NULL DEFAULT '' CHECK (length(description) <= 50000),
  unit_id             uuid NOT NULL REFERENCES organisation_unit (id),
  status              consultation_status NOT NULL DEFAULT 'DRAFT',
  opens_at            timestamptz(3),
  closes_at           timestamptz(3),
  area                geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(area)),
  report_published_at timestamptz(3),
  search_text         text GENERATED ALWAYS AS (plac_fold(title || ' ' || summary)) STORED,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT consultation_dates_in_order CHECK (closes_at > opens_at),
  CONSTRAINT consultation_open_has_dates CHECK (status IN ('DRAFT') OR (opens_at IS NOT NULL AND closes_at IS NOT NULL)),
  CONSTRAINT consultation_reported_has_date CHECK ((status = 'REPORTED') = (report_published_at IS NOT NULL))
);
CREATE INDEX consultation_area_idx ON consultation USING gist (area);
CREATE INDEX consultation_unit_id_idx ON consultation (unit_id);
CREATE INDEX consultation_status_idx ON consultation (status);
CREATE INDEX consultation_search_text_idx ON consultation USING gin (search_text gin_trgm_ops);

CREATE TABLE consultation_coordinator (
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  user_id         uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (consultation_id, user_id)
);

CREATE TABLE consultation_topic (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  name            text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  CONSTRAINT consultation_topic_name_unique UNIQUE (consultation_id, name)
);

CREATE TABLE consultation_document (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  title           text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  url             text NOT NULL CHECK (url ~ '^https?://'),
  kind            document_kind NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX consultation_document_consultation_id_idx ON consultation_document (consultation_id);

CREATE TABLE meeting (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  title           text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  kind            meeting_kind NOT NULL,
  starts_at       timestamptz(3) NOT NULL,
  ends_at         timestamptz(3) NOT NULL,
  place           geometry(Point, 4326),
  address         text,
  online_url      text CHECK (online_url ~ '^https?://'),
  CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at),
  CONSTRAINT meeting_has_place_or_link CHECK (place IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX meeting_consultation_id_idx ON meeting (consultation_id);
CREATE INDEX meeting_place_idx ON meeting USING gist (place);

CREATE TYPE plan_kind AS ENUM ('LOCAL_PLAN', 'GENERAL_PLAN', 'OTHER');
CREATE TYPE plan_stage AS ENUM ('DRAFT_FOR_CONSULTATION', 'DRAFT_AFTER_CONSULTATION', 'ADOPTED');

CREATE TABLE spatial_plan (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       plan_kind NOT NULL,
  name       text NOT NULL CHECK (length(trim(name)) BETWEEN 3 AND 300),
  stage      plan_stage NOT NULL,
  version    text NOT NULL DEFAULT '1',
  boundary   geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(boundary)),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX spatial_plan_boundary_idx ON spatial_plan USING gist (boundary);

CREATE TABLE consultation_plan (
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  plan_id         uuid NOT NULL REFERENCES spatial_plan (id) ON DELETE CASCADE,
  PRIMARY KEY (consultation_id, plan_id)
);

CREATE TABLE plan_zone (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id          uuid NOT NULL REFERENCES spatial_plan (id) ON DELETE CASCADE,
  symbol           text NOT NULL CHECK (length(trim(symbol)) BETWEEN 1 AND 40),
  designation_code text NOT NULL CHECK (designation_code ~ '^[A-Z][A-Za-z0-9./-]{0,15}$'),
  designation_name text NOT NULL,
  geometry         geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geometry)),
  parameters       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(parameters) = 'array'),
  CONSTRAINT plan_zone_symbol_unique UNIQUE (plan_id, symbol)
);
CREATE INDEX plan_zone_geometry_idx ON plan_zone USING gist (geometry);
CREATE INDEX plan_zone_plan_id_idx ON plan_zone (plan_id);

CREATE TYPE comment_stance AS ENUM ('SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION');
CREATE TYPE comment_status AS ENUM ('VISIBLE', 'HIDDEN', 'WITHDRAWN');
CREATE TYPE property_right AS ENUM ('OWNER', 'PERPETUAL_USUFRUCT', 'NONE');

CREATE TABLE comment (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
  author_id       uuid NOT NULL REFERENCES app_user (id),
  parent_id       uuid REFERENCES comment (id) ON DELETE CASCADE,
  body            text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
  geometry        geometry(Geometry, 4326) CHECK (geometry IS NULL OR
                    (ST_GeometryType(geometry) IN ('ST_Point', 'ST_LineString', 'ST_Polygon') AND ST_IsValid(geometry))),
  zone_id         uuid REFERENCES plan_zone (id) ON DELETE SET NULL,
  stance          comment_stance,
  topic_id        uuid REFERENCES consultation_topic (id),
  status          comment_status NOT NULL DEFAULT 'VISIBLE',
  hidden_reason   text,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  edited_at       timestamptz(3),
  -- Formal remark under art. 8g of the planning act: personal data seen by the organiser only.
  formal_remark   boolean NOT NULL DEFAULT false,
  formal_name     text,
  formal_address  text,
  property_right  property_right,
  parcels         text[],
  CONSTRAINT comment_reply_or_remark CHECK ((parent_id IS NULL) = (geometry IS NOT NULL AND stance IS NOT NULL)),
  CONSTRAINT comment_hidden_has_reason CHECK ((status = 'HIDDEN') = (hidden_reason IS NOT NULL)),
  CONSTRAINT comment_formal_complete CHECK (NOT formal_remark OR
    (formal_name IS NOT NULL AND formal_address IS NOT NULL AND property_right IS NOT NULL))
);
CREATE INDEX comment_geometry_idx ON comment USING gist (geometry);
CREATE INDEX comment_consultation_id_created_at_idx ON comment (consultation_id, created_at, id);
CREATE INDEX comment_parent_id_idx ON comment (parent_id);
CREATE INDEX comment_zone_id_idx ON comment (zone_id);
CREATE INDEX comment_author_id_idx ON comment (author_id);

CREATE TABLE comment_version (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  comment_id uuid NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
  body       text NOT NULL,
  geometry   geometry(Geometry, 4326),
  stance     comment_stance,
  topic_id   uuid REFERENCES consultation_topic (id),
  written_at timestamptz(3) NOT NULL
);
CREATE INDEX comment_version_comment_id_idx ON comment_version (comment_id);

CREATE TABLE comment_support (
  comment_id uuid NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
  user_id    uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE comment_report (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  comment_id  uuid NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
  reporter_id uuid NOT NULL REFERENCES app_user (id),
  reason      text NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 1000),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  resolved_at timestamptz(3),
  CONSTRAINT comment_report_once_per_user UNIQUE (comment_id, reporter_id)
);

CREATE TYPE response_decision AS ENUM ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'NOT_APPLICABLE', 'ANSWERED');

CREATE TABLE official_response (
  comment_id    uuid PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
  responder_id  uuid NOT NULL REFERENCES app_user (id),
  decision      response_decision NOT NULL,
  justification text NOT NULL CHECK (length(trim(justification)) BETWEEN 1 AND 10000),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
);
