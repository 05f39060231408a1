-- Participatory budget (issue #5). Money is integer grosze (bigint), never a float.

CREATE TYPE budget_phase AS ENUM ('SUBMISSION', 'VERIFICATION', 'APPEALS', 'VOTING', 'RESULTS', 'IMPLEMENTATION');
CREATE TYPE budget_rule AS ENUM ('GREEDY', 'EQUAL_SHARES');
CREATE TYPE budget_completion AS ENUM ('ADD1', 'ADD1U');
CREATE TYPE budget_pool_kind AS ENUM ('CITYWIDE', 'AREA');
CREATE TYPE budget_project_status AS ENUM ('SUBMITTED', 'IN_VERIFICATION', 'ACCEPTED', 'REJECTED', 'APPEALED',
  'SELECTED', 'NOT_SELECTED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED');

CREATE TABLE budget_edition (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  title                 text NOT NULL CHECK (length(trim(title)) BETWEEN 3 AND 200),
  rule                  budget_rule NOT NULL DEFAULT 'GREEDY',
  completion            budget_completion,
  -- Warsaw: up to 15 projects in the chosen district pool, up to 10 city-wide.
  area_max_approvals    integer NOT NULL DEFAULT 15 CHECK (area_max_approvals >= 1),
  citywide_max_approvals integer NOT NULL DEFAULT 10 CHECK (citywide_max_approvals >= 1),
  area_min_votes        integer NOT NULL DEFAULT 100 CHECK (area_min_votes >= 0),
  citywide_min_votes    integer NOT NULL DEFAULT 50 CHECK (citywide_min_votes >= 0),
  min_age               integer NOT NULL DEFAULT 0 CHECK (min_age BETWEEN 0 AND 120),
  ballot_changeable     boolean NOT NULL DEFAULT false,
  -- Drawn once, so that a re-run tally draws the same lots; logged with the results.
  lot_seed              bigint NOT NULL DEFAULT floor(random() * 4294967296)::bigint
                          CHECK (lot_seed BETWEEN 0 AND 4294967295),
  -- META rows of an imported Pabulib file, kept for export.
  source_meta           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(source_meta) = 'object'),
  created_at            timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT budget_edition_completion_for_mes CHECK ((rule = 'EQUAL_SHARES') = (completion IS NOT NULL))
);

CREATE TABLE budget_phase_period (
  edition_id uuid NOT NULL REFERENCES budget_edition (id) ON DELETE CASCADE,
  phase      budget_phase NOT NULL,
  starts_at  timestamptz(3) NOT NULL,
  ends_at    timestamptz(3) NOT NULL,
  PRIMARY KEY (edition_id, phase),
  CONSTRAINT budget_phase_period_in_order CHECK (ends_at > starts_at)
);

CREATE TABLE budget_pool (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  edition_id    uuid NOT NULL REFERENCES budget_edition (id) ON DELETE CASCADE,
  kind          budget_pool_kind NOT NULL,
  area_id       uuid REFERENCES area (id),
  unit_id       uuid NOT NULL REFERENCES organisation_unit (id),
  name          text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  amount_grosze bigint NOT NULL CHECK (amount_grosze > 0),
  CONSTRAINT budget_pool_area_iff_area_kind CHECK ((kind = 'AREA') = (area_id IS NOT NULL)),
  CONSTRAINT budget_pool_area_unique UNIQUE (edition_id, area_id)
);
CREATE UNIQUE INDEX budget_pool_one_citywide ON budget_pool (edition_id) WHERE kind = 'CITYWIDE';
CREATE INDEX budget_pool_unit_id_idx ON budget_pool (unit_id);

CREATE TABLE budget_project (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pool_id          uuid NOT NULL REFERENCES budget_pool (id) ON DELETE CASCADE,
  -- The project_id of an imported Pabulib file.
  external_id      text,
  title            text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 50000),
  categories       text[] NOT NULL DEFAULT '{}',
  target_groups    text[] NOT NULL DEFAULT '{}',
  cost_grosze      bigint NOT NULL CHECK (cost_grosze > 0),
  -- Itemised cost: [{ "item": text, "grosze": "digits" }]; the total stays in cost_grosze.
  cost_lines       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(cost_lines) = 'array'),
  status           budget_project_status NOT NULL DEFAULT 'SUBMITTED',
  rejection_reason text,
  source_fields    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(source_fields) = 'object'),
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT budget_project_rejected_has_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
  CONSTRAINT budget_project_external_id_unique UNIQUE (pool_id, external_id)
);
CREATE INDEX budget_project_pool_created_idx ON budget_project (pool_id, created_at, id);
CREATE INDEX budget_project_categories_idx ON budget_project USING gin (categories);

CREATE TABLE budget_project_location (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id   uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  geometry     geometry(Geometry, 4326) NOT NULL CHECK (
                 ST_GeometryType(geometry) IN ('ST_Point', 'ST_LineString', 'ST_Polygon') AND ST_IsValid(geometry)),
  -- Generated for demo data, not where the project really is.
  illustrative boolean NOT NULL DEFAULT false
);
CREATE INDEX budget_project_location_geometry_idx ON budget_project_location USING gist (geometry);
CREATE INDEX budget_project_location_project_id_idx ON budget_project_location (project_id);

-- Mutually exclusive projects; the pair is stored once, smaller id first.
CREATE TABLE budget_project_conflict (
  project_a_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  project_b_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  PRIMARY KEY (project_a_id, project_b_id),
  CONSTRAINT budget_project_conflict_ordered CHECK (project_a_id < project_b_id)
);
CREATE INDEX budget_project_conflict_b_idx ON budget_project_conflict (project_b_id);

-- One ballot per voter per edition, enforced here so that concurrent requests cannot double-vote.
-- voter_id becomes null when the account is erased; the approvals still count.
CREATE TABLE budget_ballot (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  edition_id        uuid NOT NULL REFERENCES budget_edition (id) ON DELETE CASCADE,
  voter_id          uuid REFERENCES app_user (id) ON DELETE SET NULL,
  district_pool_id  uuid REFERENCES budget_pool (id),
  cast_at           timestamptz(3) NOT NULL DEFAULT now(),
  paper             boolean NOT NULL DEFAULT false,
  entered_by_id     uuid REFERENCES app_user (id) ON DELETE SET NULL,
  -- The voter_id and other columns of an imported Pabulib ballot (anonymised by Pabulib).
  external_voter_id text,
  source_fields     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(source_fields) = 'object'),
  CONSTRAINT budget_ballot_one_per_voter UNIQUE (edition_id, voter_id),
  CONSTRAINT budget_ballot_external_voter_unique UNIQUE (edition_id, external_voter_id)
);

CREATE TABLE budget_ballot_approval (
  ballot_id  uuid NOT NULL REFERENCES budget_ballot (id) ON DELETE CASCADE,
  project_id uuid NOT NULL REFERENCES budget_project (id) ON DELETE CASCADE,
  PRIMARY KEY (ballot_id, project_id)
);
CREATE INDEX budget_ballot_approval_project_id_idx ON budget_ballot_approval (project_id);

-- A pool's tally, frozen as JSON (rule, selected projects with cost and votes, leftover, lot log).
CREATE TABLE budget_pool_result (
  pool_id      uuid PRIMARY KEY REFERENCES budget_pool (id) ON DELETE CASCADE,
  edition_id   uuid NOT NULL REFERENCES budget_edition (id) ON DELETE CASCADE,
  result       jsonb NOT NULL CHECK (jsonb_typeof(result) = 'object'),
  tallied_at   timestamptz(3) NOT NULL DEFAULT now(),
  published_at timestamptz(3)
);
CREATE INDEX budget_pool_result_edition_id_idx ON budget_pool_result (edition_id);
