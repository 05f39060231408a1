CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TYPE area_kind AS ENUM ('CITY', 'DISTRICT');

CREATE TABLE area (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       area_kind NOT NULL,
  name       text NOT NULL CHECK (length(trim(name)) > 0),
  slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  teryt_code text CHECK (teryt_code ~ '^[0-9]{7}$'),
  geometry   geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geometry)),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX area_slug_key ON area (slug);
CREATE INDEX area_geometry_idx ON area USING gist (geometry);
CREATE INDEX area_kind_idx ON area (kind);
